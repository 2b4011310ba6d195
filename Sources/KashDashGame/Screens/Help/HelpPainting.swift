/// The help box: a trusted adult, Childline and 999, drawn the same wherever it appears,
/// whatever else is on the screen, so no number of advice links can push it off.
extension Painter {
    /// `strings` gives the lines' language.
    mutating func helpBox(_ box: Rect, strings: StringCatalogue, portrait: String? = nil) {
        list.fillRect(box, settings.highContrast ? .white : Color(hex: 0xFFF6D6), cornerRadius: 20)
        list.strokeRect(box, palette.police, lineWidth: 4, cornerRadius: 20)
        var textX = box.x + 24
        if let portrait {
            let side = min(box.height - 16, 120)
            list.sprite(portrait, Rect(x: box.x + 12, y: box.midY - side / 2, width: side, height: side))
            textX = box.x + side + 28
        }
        let lines = HelpLines.all(strings)
        let rowHeight = (box.height - 12) / Double(lines.count)
        for (index, line) in lines.enumerated() {
            fittedText(
                line, in: Rect(x: textX, y: box.y + 6 + Double(index) * rowHeight, width: box.maxX - textX - 20,
                               height: rowHeight),
                size: 32, minimum: 22, color: palette.text, bold: true, alignment: .leading)
        }
    }
}
