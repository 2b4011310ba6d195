/// Measures text so screens can fit long lines into their boxes (shrinking a prompt a little
/// rather than letting it spill out of its panel).
///
/// The default estimate needs no font files, so draw lists stay the same with or without a
/// window; a backend may pass real measurements from its fonts instead.
public protocol TextMeasuring {
    /// Width in logical pixels of `string` on one line.
    func width(of string: String, size: Double, bold: Bool, font: FontFamily) -> Double
    /// Distance from one line's top to the next line's top.
    func lineHeight(size: Double, font: FontFamily) -> Double
}

/// Character-count estimates tuned on Andika (generous line spacing), OpenDyslexic (wider)
/// and Noto Nastaliq Urdu (narrow joined letters, lines set 1.9 sizes apart by the backend).
public struct EstimatedTextMetrics: TextMeasuring {
    public init() {}

    public func width(of string: String, size: Double, bold: Bool, font: FontFamily) -> Double {
        let perCharacter: Double = switch font {
        case .andika: 0.52
        case .openDyslexic: 0.62
        case .nastaliq: 0.5
        }
        return Double(string.count) * size * (perCharacter + (bold ? 0.03 : 0))
    }

    public func lineHeight(size: Double, font: FontFamily) -> Double {
        switch font {
        case .andika: size * 1.62
        case .openDyslexic: size * 1.75
        case .nastaliq: size * 1.9
        }
    }
}

extension TextMeasuring {
    /// How many lines `string` takes when wrapped at spaces to `width`.
    func lineCount(_ string: String, size: Double, bold: Bool, font: FontFamily, width: Double) -> Int {
        var lines = 0
        for paragraph in string.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            lines += 1
            for word in WrapWords.pieces(of: paragraph) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if !current.isEmpty, self.width(of: candidate, size: size, bold: bold, font: font) > width {
                    lines += 1
                    current = String(word)
                } else {
                    current = candidate
                }
            }
        }
        return max(1, lines)
    }

    /// The largest size from `size` down to `minimum` at which `string` fits in `box`.
    func fittingSize(
        _ string: String, in box: Rect, size: Double, minimum: Double, bold: Bool, font: FontFamily
    ) -> Double {
        var candidate = size
        while candidate > minimum {
            let lines = lineCount(string, size: candidate, bold: bold, font: font, width: box.width)
            // A word longer than the line cannot wrap: it must fit by shrinking.
            let longestWord =
                string.split(separator: "\n").flatMap { WrapWords.pieces(of: $0) }
                .map { width(of: $0, size: candidate, bold: bold, font: font) }.max() ?? 0
            if Double(lines) * lineHeight(size: candidate, font: font) <= box.height + 1, longestWord <= box.width {
                return candidate
            }
            candidate -= 2
        }
        return minimum
    }
}
