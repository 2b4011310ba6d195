import KashDashGame

/// Text measured with the very fonts, shaping and line spacing the renderer draws with (not
/// the game's estimate): what `kashdash levels check --lang` uses to prove a translation fits.
public struct RendererTextMetrics: TextMeasuring {
    private let texts: TextCache
    private let scale: Double

    init(texts: TextCache, scale: Double) {
        self.texts = texts
        self.scale = scale
    }

    private func key(size: Double, bold: Bool, font: FontFamily) -> FontLibrary.Key {
        FontLibrary.Key(family: font, bold: bold, pixelSize: max(1, Int((size * scale).rounded())), outline: 0)
    }

    public func width(of string: String, size: Double, bold: Bool, font: FontFamily) -> Double {
        Double(texts.measure(string, font: key(size: size, bold: bold, font: font), rightToLeft: font == .nastaliq)) / scale
    }

    public func lineHeight(size: Double, font: FontFamily) -> Double {
        Double(texts.lineSkip(font: key(size: size, bold: false, font: font))) / scale
    }
}

extension DrawListRenderer {
    /// Measures text exactly as this renderer lays it out.
    public var textMetrics: RendererTextMetrics { RendererTextMetrics(texts: texts, scale: textScale) }
}
