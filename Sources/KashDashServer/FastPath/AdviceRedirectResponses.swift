import KashDashContract
import NIOCore

/// The `/go` fast path's 302 responses, encoded once per link at start-up.
///
/// The headers are the router's (`AdviceRedirectResponse.headers`) plus those Hummingbird
/// adds to every response (`Date`, `Server`) and framing (`Content-Length: 0`), so a client
/// cannot tell which path answered.
struct AdviceRedirectResponses: Sendable {
    /// Everything up to the `Date` value, per link id.
    private let heads: [String: [UInt8]]
    private static let keepOpen = Array("\r\n\r\n".utf8)
    private static let thenClose = Array("\r\nConnection: close\r\n\r\n".utf8)

    init(catalogue: AdviceLinkCatalogue, serverName: String?) {
        var heads: [String: [UInt8]] = [:]
        for link in catalogue.links {
            var text = "HTTP/1.1 302 Found\r\n"
            for field in AdviceRedirectResponse.headers(for: link) { text += "\(field.name): \(field.value)\r\n" }
            text += "Content-Length: 0\r\n"
            if let serverName { text += "Server: \(serverName)\r\n" }
            text += "Date: "
            heads[link.id] = Array(text.utf8)
        }
        self.heads = heads
    }

    /// The whole response for `linkID`, or `nil` for a link not in the catalogue.
    func response(linkID: String, date: String, close: Bool, allocator: ByteBufferAllocator) -> ByteBuffer? {
        guard let head = heads[linkID] else { return nil }
        let tail = close ? Self.thenClose : Self.keepOpen
        var buffer = allocator.buffer(capacity: head.count + date.utf8.count + tail.count)
        buffer.writeBytes(head)
        buffer.writeString(date)
        buffer.writeBytes(tail)
        return buffer
    }
}
