/// Splits Lua's "chunk:line: message" error text into its line and message.
enum LuaErrorText {
    /// `chunk` is the file name the chunk was loaded under (without the leading "=").
    static func split(_ text: String, chunk: String) -> (line: Int?, message: String) {
        guard let (line, message) = position(text, chunk: chunk) else { return (nil, withoutSandboxPosition(text)) }
        return (line, withoutSandboxPosition(message))
    }

    /// Errors raised inside the sandbox prelude carry its position ("sandbox:54: "), which
    /// means nothing to a level author; the level's own line is found separately.
    static func withoutSandboxPosition(_ text: String) -> String {
        position(text, chunk: "sandbox")?.message ?? text
    }

    /// "chunk:line: message" as its line and message; nil if `text` does not start so.
    private static func position(_ text: String, chunk: String) -> (line: Int, message: String)? {
        let prefix = chunk + ":"
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let line = Int(digits) else { return nil }
        var message = rest.dropFirst(digits.count)
        if message.hasPrefix(":") { message = message.dropFirst() }
        if message.hasPrefix(" ") { message = message.dropFirst() }
        return (line, String(message))
    }
}
