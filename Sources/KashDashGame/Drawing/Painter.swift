import KashDashContract

/// Builds one frame's draw list with the game's look: panels, buttons and text that follow
/// the player's settings (font, text size, high contrast).
struct Painter {
    var list = DrawList()
    let settings: GameSettings
    let palette: Palette
    /// The app's tick count, for gentle animation (never used when motion is reduced).
    let tick: Int
    let metrics: any TextMeasuring

    init(settings: GameSettings, tick: Int, metrics: any TextMeasuring = EstimatedTextMetrics()) {
        self.settings = settings
        self.palette = Palette(highContrast: settings.highContrast)
        self.tick = tick
        self.metrics = metrics
    }

    /// Body text never goes below this, at 1280x720.
    static let bodySize = 30.0
    static let titleSize = 60.0

    // MARK: Text

    /// Text in the player's font, scaled by the text-size setting.
    /// - Parameter language: the language `string` is in when it is not the game's own (a
    ///   language's name on the picker), for its font and direction.
    mutating func text(
        _ string: String, in box: Rect, size: Double = Painter.bodySize, color: Color? = nil, bold: Bool = false,
        alignment: TextAlignment = .center, vertical: VerticalAlignment = .center, wraps: Bool = true,
        outline: Color? = nil, scales: Bool = true, language: Language? = nil
    ) {
        let language = language ?? settings.language
        list.text(
            TextCommand(
                string, box: box, size: scales ? (size * settings.textScale).rounded() : size,
                color: color ?? palette.text,
                bold: bold, font: settings.fontFamily(for: language), alignment: alignment, verticalAlignment: vertical,
                wraps: wraps, outline: settings.highContrast ? nil : outline, rightToLeft: language.isRightToLeft))
    }

    /// Text that shrinks (not below `minimum`) until it fits its box, for words that come
    /// from level scripts and may be long.
    mutating func fittedText(
        _ string: String, in box: Rect, size: Double = Painter.bodySize, minimum: Double = 26, color: Color? = nil,
        bold: Bool = false, alignment: TextAlignment = .center, vertical: VerticalAlignment = .center,
        outline: Color? = nil
    ) {
        let wanted = (size * settings.textScale).rounded()
        let fitted = metrics.fittingSize(
            string, in: box, size: wanted, minimum: min(wanted, minimum), bold: bold,
            font: settings.fontFamily)
        text(
            string, in: box, size: fitted, color: color, bold: bold, alignment: alignment, vertical: vertical,
            outline: outline, scales: false)
    }

    /// A screen title: big, bold, outlined so it reads over the sky.
    mutating func title(_ string: String, y: Double = 28, height: Double = 90) {
        let box = Rect(x: 40, y: y, width: 1200, height: height)
        if settings.highContrast {
            list.fillRect(box.insetBy(-4), .white, cornerRadius: 16)
            text(string, in: box, size: Painter.titleSize, color: .black, bold: true, scales: false)
        } else {
            text(
                string, in: box, size: Painter.titleSize, color: .white, bold: true, outline: palette.outline,
                scales: false)
        }
    }

    // MARK: Panels and buttons

    /// A white panel: the artist's nine-slice, or a plain white box with a black border in high contrast.
    mutating func panel(_ rect: Rect, image: String = "panel") {
        if settings.highContrast {
            list.fillRect(rect, .white, cornerRadius: 20)
            list.strokeRect(rect, .black, lineWidth: 4, cornerRadius: 20)
        } else {
            list.fillRect(rect.offsetBy(dx: 0, dy: 6), Color(r: 20, g: 30, b: 60, a: 60), cornerRadius: 24)
            list.nineSlice(image, rect)
        }
    }

    /// A big button. The focused one gets a thick ring and a side bar, so focus shows by shape,
    /// not only by colour. `badge` (e.g. "1") is drawn in a circle at the start of the line:
    /// the left, or the right in a right-to-left language, where the eye starts reading.
    mutating func button(
        _ item: MenuItem, focused: Bool, badge: String? = nil, size: Double = Painter.bodySize,
        alignment: TextAlignment = .center
    ) {
        let rect = item.rect
        if settings.highContrast {
            list.fillRect(rect, .white, cornerRadius: 18)
            list.strokeRect(rect, .black, lineWidth: focused ? 8 : 3, cornerRadius: 18)
        } else {
            list.nineSlice(focused ? "button-focus" : "button", rect, alpha: item.enabled ? 1 : 0.55)
        }
        let mirrored = settings.language.isRightToLeft
        if focused {
            let ring = rect.insetBy(-7)
            list.strokeRect(ring, palette.focusRing, lineWidth: 6, cornerRadius: 24)
            list.fillRect(
                Rect(x: mirrored ? rect.maxX + 14 : rect.x - 26, y: rect.midY - 22, width: 12, height: 44),
                palette.focusRing, cornerRadius: 6)
        }
        var textBox = rect.insetBy(12)
        if let badge {
            let circle = Rect(x: mirrored ? rect.maxX - 66 : rect.x + 14, y: rect.midY - 26, width: 52, height: 52)
            list.fillRect(circle, settings.highContrast ? .black : palette.police, cornerRadius: 26)
            text(badge, in: circle, size: 32, color: .white, bold: true, wraps: false, scales: false)
            textBox = mirrored
                ? Rect(x: rect.x + 24, y: rect.y + 8, width: circle.minX - 12 - rect.x - 24, height: rect.height - 16)
                : Rect(x: circle.maxX + 12, y: rect.y + 8, width: rect.maxX - circle.maxX - 24, height: rect.height - 16)
        }
        fittedText(
            item.label, in: textBox, size: size, minimum: 24,
            color: item.enabled ? palette.buttonText : palette.disabledText, bold: true,
            alignment: badge == nil ? alignment : .leading)
    }

    /// A hint line at the bottom of the screen telling how to move on.
    mutating func hint(_ string: String, y: Double = 660, x: Double = 140, width: Double = 1000) {
        let box = Rect(x: x, y: y, width: width, height: 48)
        list.fillRect(box, settings.highContrast ? .white : Color(r: 255, g: 255, b: 255, a: 210), cornerRadius: 24)
        if settings.highContrast { list.strokeRect(box, .black, lineWidth: 3, cornerRadius: 24) }
        // One line: a longer translation shrinks a little rather than spilling out of the pill.
        let natural = metrics.width(of: string, size: 26, bold: false, font: settings.fontFamily)
        let size = natural > box.width - 40 ? max(16, (26 * (box.width - 40) / natural).rounded(.down)) : 26
        text(string, in: box, size: size, color: palette.text, wraps: false, scales: false)
    }

    // MARK: Backgrounds

    /// The sky, clouds, hills and ground, scrolled by `scroll` pixels of world travel.
    /// In high contrast only plain sky and ground are drawn, so nothing busy sits behind text.
    mutating func scenery(scroll: Double, showGround: Bool = true) {
        list.clear(palette.sky)
        if settings.highContrast {
            if showGround { list.fillRect(Rect(x: 0, y: 640, width: 1280, height: 80), Color(hex: 0x3A6B35)) }
            return
        }
        list.sprite("bg-sky", .screen)
        list.tiled(
            TiledSpriteCommand(
                name: "clouds", dest: Rect(x: 0, y: 30, width: 1280, height: 200),
                offsetX: scroll * 0.1 + Double(tick) * 0.15))
        list.tiled(
            TiledSpriteCommand(
                name: "bg-far", dest: Rect(x: 0, y: 320, width: 1280, height: 320), offsetX: scroll * 0.25))
        list.tiled(
            TiledSpriteCommand(
                name: "bg-near", dest: Rect(x: 0, y: 420, width: 1280, height: 220), offsetX: scroll * 0.5))
        if showGround {
            list.tiled(
                TiledSpriteCommand(name: "ground", dest: Rect(x: 0, y: 640, width: 1280, height: 80), offsetX: scroll))
        }
    }

    /// A translucent layer that quietens the picture behind a panel.
    mutating func dim() { list.fillRect(.screen, palette.dim) }
}
