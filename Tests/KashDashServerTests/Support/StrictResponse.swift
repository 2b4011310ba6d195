/// An HTTP/1.1 response framed strictly as RFC 9112 (section 6.3) says a client must: no body
/// for a response to `HEAD` or for 1xx/204/304, then `Transfer-Encoding: chunked`, then
/// `Content-Length`. Parsing a whole connection's output this way is how a test sees a
/// response lose or gain bytes: the next response would start in the wrong place.
struct StrictResponse: Equatable, CustomStringConvertible {
    struct FramingError: Error, CustomStringConvertible {
        var description: String
    }

    var status: Int
    var fields: [(name: String, value: String)]
    var body: [UInt8]

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body
            && lhs.fields.map { "\($0.name.lowercased()):\($0.value)" } == rhs.fields.map { "\($0.name.lowercased()):\($0.value)" }
    }

    var description: String { "\(status) \(bodyText.prefix(40))" }

    subscript(name: String) -> String? { fields.first { $0.name.lowercased() == name.lowercased() }?.value }
    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Parses `bytes` as exactly one response per request method, in order, with nothing
    /// left over.
    static func parseAll(_ bytes: [UInt8], requestMethods: [String]) throws -> [StrictResponse] {
        var offset = 0
        var responses: [StrictResponse] = []
        for (index, method) in requestMethods.enumerated() {
            guard offset < bytes.count else {
                throw FramingError(description: "response \(index + 1) (to \(method)) is missing; got \(responses)")
            }
            let (response, end) = try parse(bytes, from: offset, requestMethod: method)
            responses.append(response)
            offset = end
        }
        guard offset == bytes.count else {
            throw FramingError(description: "\(bytes.count - offset) bytes after the last response: \(String(decoding: bytes[offset...], as: UTF8.self).prefix(200))")
        }
        return responses
    }

    /// One response starting at `offset`, and where the next begins.
    static func parse(_ bytes: [UInt8], from offset: Int, requestMethod: String) throws -> (StrictResponse, Int) {
        guard let headEnd = find([13, 10, 13, 10], in: bytes, from: offset) else {
            throw FramingError(description: "no complete head at byte \(offset): \(String(decoding: bytes[offset...], as: UTF8.self).prefix(200))")
        }
        let lines = String(decoding: bytes[offset..<headEnd], as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, statusParts[0] == "HTTP/1.1", let status = Int(statusParts[1]) else {
            throw FramingError(description: "not a status line: \(lines[0].prefix(80))")
        }
        var fields: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw FramingError(description: "bad field line: \(line)") }
            fields.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: " \t")))
        }
        var response = StrictResponse(status: status, fields: fields, body: [])
        let bodyStart = headEnd + 4
        if requestMethod == "HEAD" || (100..<200).contains(status) || status == 204 || status == 304 {
            return (response, bodyStart)
        }
        if let coding = response["transfer-encoding"] {
            guard coding.lowercased() == "chunked" else { throw FramingError(description: "transfer coding \(coding)") }
            var position = bodyStart
            while true {
                guard let lineEnd = find([13, 10], in: bytes, from: position),
                    let size = Int(String(decoding: bytes[position..<lineEnd], as: UTF8.self), radix: 16)
                else { throw FramingError(description: "bad chunk size at byte \(position)") }
                position = lineEnd + 2
                if size == 0 {
                    guard position + 2 <= bytes.count, bytes[position] == 13, bytes[position + 1] == 10 else {
                        throw FramingError(description: "chunked body not terminated")
                    }
                    return (response, position + 2)
                }
                guard position + size + 2 <= bytes.count else { throw FramingError(description: "chunk cut short") }
                response.body += bytes[position..<position + size]
                position += size + 2
            }
        }
        guard let lengthText = response["content-length"], let length = Int(lengthText) else {
            throw FramingError(description: "\(status) to \(requestMethod) has neither Content-Length nor chunked framing")
        }
        guard bodyStart + length <= bytes.count else {
            throw FramingError(description: "\(status) to \(requestMethod) announces \(length) body bytes; \(bytes.count - bodyStart) arrived")
        }
        response.body = Array(bytes[bodyStart..<bodyStart + length])
        return (response, bodyStart + length)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self[...]
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
