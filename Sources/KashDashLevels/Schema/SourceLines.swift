/// Finds the line of each field of the table a level file returns, so schema problems can
/// name the line of the offending field ("messages[2].choices[1].feedback" -> 31).
///
/// A small Lua tokenizer: it knows strings, long brackets, comments and which keywords open
/// and close blocks, enough to walk table constructors. When it cannot find a field (for
/// example a table built in code), callers fall back to the nearest parent, then the line of
/// the final `return`.
struct SourceLines: Sendable {
    /// Field path ("links[2]", "physics.gravity") to line.
    private(set) var lines: [String: Int] = [:]
    /// Line of the `return` that hands back the level table, if found.
    private(set) var returnLine: Int?

    init(source: String) {
        let tokens = LuaTokenizer.tokens(of: source)
        guard let start = SourceLines.returnedConstructor(in: tokens) else { return }
        returnLine = start.returnLine
        var index = start.brace
        walkConstructor(tokens, at: &index, path: "")
    }

    /// The line for `path`, else for its nearest parent, else the `return` line.
    func line(for path: String) -> Int? {
        var current = path
        while !current.isEmpty {
            if let line = lines[current] { return line }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = String(current[..<cut])
        }
        return returnLine
    }

    private static func returnedConstructor(in tokens: [LuaToken]) -> (returnLine: Int, brace: Int)? {
        // The last top-level `return`: either `return {` or `return name` with `name = {` earlier.
        var depth = 0
        var lastReturn: Int?
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "function", "do", "then", "repeat": if token.kind == .name { depth += 1 }
            case "end", "until": if token.kind == .name { depth -= 1 }
            case "return" where token.kind == .name && depth == 0: lastReturn = index
            default: break
            }
            if token.text == "elseif", token.kind == .name { depth -= 1 }  // `elseif ... then` re-opens
        }
        guard let at = lastReturn, at + 1 < tokens.count else { return nil }
        let next = tokens[at + 1]
        if next.text == "{" { return (tokens[at].line, at + 1) }
        guard next.kind == .name else { return nil }
        var found: Int?
        for index in 0..<at where tokens[index].text == next.text && tokens[index].kind == .name {
            if index + 2 < at, tokens[index + 1].text == "=", tokens[index + 2].text == "{" { found = index + 2 }
        }
        return found.map { (tokens[at].line, $0) }
    }

    /// Walks the constructor whose `{` is at `index`; leaves `index` after its `}`.
    private mutating func walkConstructor(_ tokens: [LuaToken], at index: inout Int, path: String) {
        index += 1  // past `{`
        var position = 1
        while index < tokens.count, tokens[index].text != "}" {
            let fieldStart = tokens[index]
            var fieldPath: String
            if fieldStart.kind == .name, index + 1 < tokens.count, tokens[index + 1].text == "=" {
                fieldPath = path.isEmpty ? fieldStart.text : path + "." + fieldStart.text
                index += 2
            } else if fieldStart.text == "[" {
                skipBalanced(tokens, at: &index)  // `[expr]`
                if index < tokens.count, tokens[index].text == "=" { index += 1 }
                fieldPath = path + "[?]"
            } else {
                fieldPath = path + "[\(position)]"
                position += 1
            }
            if lines[fieldPath] == nil { lines[fieldPath] = fieldStart.line }
            skipExpression(tokens, at: &index, path: fieldPath)
            if index < tokens.count, tokens[index].text == "," || tokens[index].text == ";" { index += 1 }
        }
        index += 1  // past `}`
    }

    /// Skips one expression up to a `,` `;` or `}` at this level, recording nested constructors.
    private mutating func skipExpression(_ tokens: [LuaToken], at index: inout Int, path: String) {
        var first = true
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .symbol, token.text == "," || token.text == ";" || token.text == "}" { return }
            if token.text == "{" && token.kind == .symbol {
                if first {
                    walkConstructor(tokens, at: &index, path: path)
                } else {
                    skipBalanced(tokens, at: &index)
                }
            } else if token.text == "(" || token.text == "[" {
                skipBalanced(tokens, at: &index)
            } else if token.kind == .name, token.text == "function" {
                skipBlock(tokens, at: &index)
            } else {
                index += 1
            }
            first = false
        }
    }

    /// Skips a bracketed group starting at `index` (`(`, `[` or `{`), including nested ones.
    private func skipBalanced(_ tokens: [LuaToken], at index: inout Int) {
        var depth = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.kind == .symbol else {
                if token.kind == .name, token.text == "function" {
                    index -= 1
                    skipBlock(tokens, at: &index)
                }
                continue
            }
            switch token.text {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth <= 0 { return }
            default: break
            }
        }
    }

    /// Skips `function ... end`, counting the blocks opened inside it.
    private func skipBlock(_ tokens: [LuaToken], at index: inout Int) {
        var depth = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.kind == .name else { continue }
            switch token.text {
            case "function", "do", "then", "repeat": depth += 1
            case "elseif": depth -= 1
            case "end", "until":
                depth -= 1
                if depth <= 0 { return }
            default: break
            }
        }
    }
}

struct LuaToken: Sendable {
    enum Kind: Sendable { case name, symbol, literal }
    var kind: Kind
    var text: String
    var line: Int
}

/// Splits Lua source into names, symbols and literals (strings and numbers collapsed), with lines.
enum LuaTokenizer {
    static func tokens(of source: String) -> [LuaToken] {
        let bytes = Array(source.utf8)
        var tokens: [LuaToken] = []
        var index = 0
        var line = 1
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95 || byte >= 128
        }
        /// Length of `[==[` at `at` (the level count + 2), or nil.
        func longBracket(_ at: Int) -> Int? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "[") else { return nil }
            var cursor = at + 1
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") { cursor += 1 }
            return cursor < bytes.count && bytes[cursor] == UInt8(ascii: "[") ? cursor - at + 1 : nil
        }
        func skipLong(opening: Int) {
            let level = opening - 2
            index += opening
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                if bytes[index] == UInt8(ascii: "]") {
                    var cursor = index + 1
                    var equals = 0
                    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") { equals += 1; cursor += 1 }
                    if equals == level, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "]") {
                        index = cursor + 1
                        return
                    }
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1; index += 1; continue }
            if byte == 32 || byte == 9 || byte == 13 || byte == 11 || byte == 12 { index += 1; continue }
            if byte == UInt8(ascii: "-"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "-") {
                index += 2
                if let opening = longBracket(index) { skipLong(opening: opening); continue }
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            let startLine = line
            if let opening = longBracket(index) {
                skipLong(opening: opening)
                tokens.append(LuaToken(kind: .literal, text: "<string>", line: startLine))
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                index += 1
                while index < bytes.count, bytes[index] != byte {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { line += 1 }
                    index += 1
                }
                index += 1
                tokens.append(LuaToken(kind: .literal, text: "<string>", line: startLine))
                continue
            }
            if isNameByte(byte) {
                let start = index
                let isNumber = byte >= 48 && byte <= 57
                while index < bytes.count, isNameByte(bytes[index]) || (isNumber && bytes[index] == UInt8(ascii: ".")) {
                    index += 1
                }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                tokens.append(LuaToken(kind: isNumber ? .literal : .name, text: text, line: startLine))
                continue
            }
            // Multi-byte symbols that matter here are `==`, `~=`, `<=`, `>=`, `..`, `...`, `::`, `//`.
            var length = 1
            if index + 1 < bytes.count {
                let pair = String(decoding: bytes[index...index + 1], as: UTF8.self)
                if ["==", "~=", "<=", ">=", "..", "::", "//", "<<", ">>"].contains(pair) { length = 2 }
                if pair == "..", index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ".") { length = 3 }
            }
            tokens.append(LuaToken(kind: .symbol, text: String(decoding: bytes[index..<index + length], as: UTF8.self),
                                   line: startLine))
            index += length
        }
        return tokens
    }
}
