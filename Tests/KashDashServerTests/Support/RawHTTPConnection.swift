import NIOCore
import NIOPosix
import Synchronization

/// A bare TCP connection for tests that need the exact bytes on the wire: pipelined
/// requests in one write, HTTP/1.0, missing headers, and seeing the server close.
///
/// Bytes are collected on the event loop; the test side waits for them by polling with
/// a deadline, so a server that never answers fails the test instead of hanging it.
final class RawHTTPConnection: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private final class Collector: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer

        struct State {
            var bytes: [UInt8] = []
            /// The server closed its side (end of stream) or the connection went away.
            var peerClosed = false
        }

        let state = Mutex(State())

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            state.withLock { $0.bytes += bytes }
        }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if case .inputClosed = event as? ChannelEvent { state.withLock { $0.peerClosed = true } }
            context.fireUserInboundEventTriggered(event)
        }

        func channelInactive(context: ChannelHandlerContext) {
            state.withLock { $0.peerClosed = true }
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            // A reset by the server counts as closing; the test looks at the bytes.
            state.withLock { $0.peerClosed = true }
            context.close(promise: nil)
        }
    }

    private let channel: any Channel
    private let collector: Collector
    /// Bytes already returned as parsed responses.
    private let consumed = Mutex(0)

    private init(channel: any Channel, collector: Collector) {
        self.channel = channel
        self.collector = collector
    }

    static func connect(port: Int, host: String = "localhost") async throws -> RawHTTPConnection {
        let collector = Collector()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(collector) }
            }
            .connect(host: host, port: port).get()
        return RawHTTPConnection(channel: channel, collector: collector)
    }

    /// Writes `text` in one write (one `send` for anything that fits the socket buffer).
    func send(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text)).get()
    }

    /// Half-closes: the server reads end of stream but can still answer.
    func finishSending() async throws {
        try await channel.close(mode: .output).get()
    }

    func close() async {
        try? await channel.close().get()
    }

    /// Every byte received so far, as text.
    var receivedText: String { String(decoding: collector.state.withLock { $0.bytes }, as: UTF8.self) }

    /// Bytes received after the last parsed response.
    var unparsedText: String {
        let start = consumed.withLock { $0 }
        return String(decoding: collector.state.withLock { $0.bytes.dropFirst(start) }, as: UTF8.self)
    }

    /// Waits for the next `count` complete responses, in the order they arrived.
    func responses(_ count: Int, timeout: Duration = .seconds(10 * TestTiming.scale)) async throws -> [RawHTTPResponse] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let (bytes, closed) = collector.state.withLock { ($0.bytes, $0.peerClosed) }
            var offset = consumed.withLock { $0 }
            var parsed: [RawHTTPResponse] = []
            while parsed.count < count, let (response, end) = RawHTTPResponse.parse(bytes, from: offset, atEndOfStream: closed) {
                parsed.append(response)
                offset = end
            }
            if parsed.count == count {
                consumed.withLock { $0 = offset }
                return parsed
            }
            if closed || ContinuousClock.now >= deadline {
                throw Failure(description: """
                    wanted \(count) responses, got \(parsed.count) (\(closed ? "server closed" : "timed out")); received:
                    \(String(decoding: bytes, as: UTF8.self))
                    """)
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    func response(timeout: Duration = .seconds(10 * TestTiming.scale)) async throws -> RawHTTPResponse {
        try await responses(1, timeout: timeout)[0]
    }

    /// `true` once the server has closed the connection (within `timeout`).
    func serverCloses(within timeout: Duration = .seconds(10)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if collector.state.withLock({ $0.peerClosed }) { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return false
    }

    /// `true` if the server has not closed the connection after `duration`.
    func staysOpen(for duration: Duration) async throws -> Bool {
        try await !serverCloses(within: duration)
    }
}

/// One HTTP/1.x response as it came off the wire.
struct RawHTTPResponse: Sendable {
    var statusLine: String
    var version: String
    var status: Int
    /// Field lines in order, names as sent.
    var fields: [(name: String, value: String)]
    var body: [UInt8]

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Every value of a field, by case-insensitive name.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    /// The single value of a field (`nil` if absent; a test fails elsewhere if repeated).
    subscript(_ name: String) -> String? { values(name).first }

    /// Lower-cased field names, sorted.
    var fieldNames: [String] { fields.map { $0.name.lowercased() }.sorted() }

    /// Parses one response starting at `offset`; `nil` while it is incomplete. A response to
    /// `HEAD` has no body whatever its framing fields say (RFC 9112, 6.3).
    static func parse(
        _ bytes: [UInt8], from offset: Int, atEndOfStream: Bool, requestMethod: String = "GET"
    ) -> (RawHTTPResponse, end: Int)? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard offset < bytes.count, let headEnd = find(separator, in: bytes, from: offset) else { return nil }
        let head = String(decoding: bytes[offset..<headEnd], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let statusParts = statusLine.split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        let fields = lines.map { line -> (name: String, value: String) in
            guard let colon = line.firstIndex(of: ":") else { return (line, "") }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingSpaces)
        }
        var response = RawHTTPResponse(
            statusLine: statusLine, version: String(statusParts[0]), status: status, fields: fields, body: [])
        let bodyStart = headEnd + separator.count
        if requestMethod == "HEAD" || (100..<200).contains(status) || status == 204 || status == 304 {
            return (response, bodyStart)
        }
        if let length = response["content-length"].flatMap({ Int($0) }) {
            guard bytes.count >= bodyStart + length else { return nil }
            response.body = Array(bytes[bodyStart..<bodyStart + length])
            return (response, bodyStart + length)
        }
        if response["transfer-encoding"]?.lowercased() == "chunked" {
            var cursor = bodyStart
            var body: [UInt8] = []
            while true {
                guard let lineEnd = find(Array("\r\n".utf8), in: bytes, from: cursor),
                    let size = Int(String(decoding: bytes[cursor..<lineEnd], as: UTF8.self).split(separator: ";")[0], radix: 16)
                else { return nil }
                let dataStart = lineEnd + 2
                if size == 0 {
                    // No trailers expected: the last chunk is followed by an empty line.
                    guard bytes.count >= dataStart + 2 else { return nil }
                    response.body = body
                    return (response, dataStart + 2)
                }
                guard bytes.count >= dataStart + size + 2 else { return nil }
                body += bytes[dataStart..<dataStart + size]
                cursor = dataStart + size + 2
            }
        }
        // No framing: the body runs to the end of the stream.
        guard atEndOfStream else { return nil }
        response.body = Array(bytes[bodyStart...])
        return (response, bytes.count)
    }

    struct FramingError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses a whole connection's output as exactly one response per request method, in
    /// order, with nothing left over: a response that lost or gained bytes makes the next one
    /// start in the wrong place, and this throws saying where.
    static func parseAll(_ bytes: [UInt8], requestMethods: [String]) throws -> [RawHTTPResponse] {
        var offset = 0
        var responses: [RawHTTPResponse] = []
        for (index, method) in requestMethods.enumerated() {
            guard let (response, end) = parse(bytes, from: offset, atEndOfStream: false, requestMethod: method) else {
                throw FramingError(description: """
                    response \(index + 1) (to \(method)) is missing or cut short after \(responses.map(\.status)): \
                    \(String(decoding: bytes[offset...], as: UTF8.self).prefix(200))
                    """)
            }
            responses.append(response)
            offset = end
        }
        guard offset == bytes.count else {
            throw FramingError(description: """
                \(bytes.count - offset) bytes after the last response: \
                \(String(decoding: bytes[offset...], as: UTF8.self).prefix(200))
                """)
        }
        return responses
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
