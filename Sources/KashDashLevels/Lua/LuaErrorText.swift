/// Splits Lua's "chunk:line: message" error text into its line and message.
enum LuaErrorText {
    /// `chunk` is the file name the chunk was loaded under (without the leading "=").
    static func split(_ text: String, chunk: String) -> (line: Int?, message: String) {
        let prefix = chunk + ":"
        guard text.hasPrefix(prefix) else { return (nil, withoutSandboxPosition(text)) }
        let rest = text.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let line = Int(digits) else { return (nil, text) }
        var message = rest.dropFirst(digits.count)
        if message.hasPrefix(":") { message = message.dropFirst() }
        if message.hasPrefix(" ") { message = message.dropFirst() }
        return (line, withoutSandboxPosition(String(message)))
    }

    /// Errors raised inside the sandbox prelude carry its position ("sandbox:54: "), which
    /// means nothing to a level author; the level's own line is found separately.
    static func withoutSandboxPosition(_ text: String) -> String {
        guard text.hasPrefix("sandbox:") else { return text }
        let rest = text.dropFirst("sandbox:".count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return text }
        var message = rest.dropFirst(digits.count)
        if message.hasPrefix(": ") { message = message.dropFirst(2) }
        return String(message)
    }
}
