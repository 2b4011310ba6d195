extension JSONValue {
    /// The document as text: objects one member per line (indented by two spaces), arrays of
    /// plain values on one line, so a generated file reads well in a diff.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return Self.quoted(text)
        case .array(let items):
            return "[" + items.map { $0.rendered(indent: indent) }.joined(separator: ", ") + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let inner = String(repeating: " ", count: indent + 2)
            let lines = members.map { inner + Self.quoted($0.key) + ": " + $0.value.rendered(indent: indent + 2) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
