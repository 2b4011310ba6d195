/// Finds text that does not fit its box once laid out the way the renderer lays it out:
/// wrapped at spaces, lines `lineHeight` apart. With a backend's real font measurements this
/// is what a child would see cut off or spilling out of a panel.
public enum TextFit {
    public struct Overflow: Hashable, Sendable, CustomStringConvertible {
        public var text: String
        public var box: Rect
        /// How much too wide or too tall, in logical pixels.
        public var excessWidth: Double
        public var excessHeight: Double

        public var description: String {
            var parts: [String] = []
            if excessWidth > 0 { parts.append("\(Int(excessWidth.rounded(.up))) px too wide") }
            if excessHeight > 0 { parts.append("\(Int(excessHeight.rounded(.up))) px too tall") }
            return "\"\(text)\" (\(parts.joined(separator: ", ")) for its \(Int(box.width))×\(Int(box.height)) box)"
        }
    }

    /// Slack for rounding: the renderer places lines at whole pixels.
    static let tolerance = 2.0

    /// Every text command in `list` that is wider or taller than its box.
    public static func overflows(in list: DrawList, metrics: any TextMeasuring) -> [Overflow] {
        list.commands.compactMap { command in
            guard case .text(let text) = command, !text.string.isEmpty else { return nil }
            return overflow(of: text, metrics: metrics)
        }
    }

    static func overflow(of text: TextCommand, metrics: any TextMeasuring) -> Overflow? {
        let lines = wrappedLines(text, metrics: metrics)
        let widest = lines.map { metrics.width(of: $0, size: text.size, bold: text.bold, font: text.font) }.max() ?? 0
        let height = Double(lines.count) * metrics.lineHeight(size: text.size, font: text.font)
        let excessWidth = widest - text.box.width
        let excessHeight = height - text.box.height
        // One line taller than its box is centred on it and its letters still show (Nastaliq's
        // line is tall for its letters); only a wrapped block taller than its box spills.
        let spills = excessHeight > tolerance && lines.count > 1
        guard excessWidth > tolerance || spills else { return nil }
        return Overflow(
            text: text.string, box: text.box, excessWidth: max(0, excessWidth), excessHeight: spills ? excessHeight : 0)
    }

    static func wrappedLines(_ text: TextCommand, metrics: any TextMeasuring) -> [String] {
        var lines: [String] = []
        for paragraph in text.string.split(separator: "\n", omittingEmptySubsequences: false) {
            guard text.wraps else {
                lines.append(String(paragraph))
                continue
            }
            var current = ""
            for word in WrapWords.pieces(of: paragraph) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if current.isEmpty || metrics.width(of: candidate, size: text.size, bold: text.bold, font: text.font) <= text.box.width {
                    current = candidate
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }
}
