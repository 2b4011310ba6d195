/// Splits Lua's "chunk:line: message" error text into its line and message.
enum LuaErrorText {
    /// `chunk` is the file name the chunk was loaded under (without the leading "=").
    static func split(_ text: String, chunk: String) -> (line: Int?, message: String) {
        let prefix = chunk + ":"
        guard text.hasPrefix(prefix) else { return (nil, text) }
        let rest = text.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let line = Int(digits) else { return (nil, text) }
        var message = rest.dropFirst(digits.count)
        if message.hasPrefix(":") { message = message.dropFirst() }
        if message.hasPrefix(" ") { message = message.dropFirst() }
        // Errors raised again by the sandbox can carry a second position; keep the first.
        return (line, String(message))
    }
}
