/// The game's colours, normal and high contrast.
///
/// Bright and friendly by default; in high contrast, dark text on white panels with thick
/// black outlines and no art behind text.
struct Palette {
    var highContrast: Bool

    var sky: Color { highContrast ? .white : Color(hex: 0x8ED8FF) }
    var text: Color { highContrast ? .black : Color(hex: 0x1E2A4A) }
    var mutedText: Color { highContrast ? .black : Color(hex: 0x4A587A) }
    var title: Color { highContrast ? .black : Color(hex: 0x1F4FA8) }
    var buttonFill: Color { highContrast ? .white : Color(hex: 0xFFD23F) }
    var buttonText: Color { highContrast ? .black : Color(hex: 0x1E2A4A) }
    var focusRing: Color { highContrast ? .black : Color(hex: 0xE8590C) }
    var good: Color { highContrast ? .black : Color(hex: 0x1E8E3E) }
    var tryAgain: Color { highContrast ? .black : Color(hex: 0xC2410C) }
    var dim: Color { highContrast ? Color(r: 0, g: 0, b: 0, a: 200) : Color(r: 20, g: 30, b: 60, a: 140) }
    var disabledText: Color { highContrast ? Color(hex: 0x333333) : Color(hex: 0x7A8499) }
    var outline: Color { Color(hex: 0x10183A) }
    var police: Color { Color(hex: 0x1F4FA8) }
}
