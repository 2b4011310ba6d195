import KashDashContract
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import KashDashServer

/// The `/go` fast path's 302s, encoded by NIO's response encoder as on a connection, read back
/// as an HTTP client would.
@Suite struct FastPathResponsesTests {
    static let links = [
        AdviceLink(id: "thinkuknow", title: "Thinkuknow (CEOP)", url: "https://www.thinkuknow.co.uk/", description: "Advice."),
        AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/", description: "Advice."),
    ]
    static let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    private func text(_ linkID: String, close: Bool, serverName: String? = "kashdash") throws -> String? {
        let responses = AdviceRedirectResponses(catalogue: try AdviceLinkCatalogue(links: Self.links), serverName: serverName)
        guard let head = responses.head(linkID: linkID, date: Self.date, close: close) else { return nil }
        let channel = EmbeddedChannel(handler: HTTPResponseEncoder())
        try channel.writeOutbound(HTTPServerResponsePart.head(head))
        try channel.writeOutbound(HTTPServerResponsePart.end(nil))
        var text = ""
        while var buffer = try channel.readOutbound(as: ByteBuffer.self) { text += buffer.readString(length: buffer.readableBytes) ?? "" }
        return text
    }

    /// Status line and header lines; fails the test unless the head is well formed.
    private func lines(_ text: String) -> (status: String, fields: [(name: String, value: String)]) {
        #expect(text.hasSuffix("\r\n\r\n"), "head must end with an empty line and carry no body")
        // Split on bytes: in Swift "\r\n" is one Character.
        let head = Array(text.utf8.dropLast(4))
        var lines: [String] = []
        var start = 0
        for index in head.indices where index + 1 < head.count && head[index] == 13 && head[index + 1] == 10 {
            lines.append(String(decoding: head[start..<index], as: UTF8.self))
            start = index + 2
        }
        lines.append(String(decoding: head[start...], as: UTF8.self))
        #expect(!lines.contains { $0.utf8.contains(13) || $0.utf8.contains(10) }, "bare CR or LF in \(lines)")
        let fields = lines.dropFirst().map { line -> (name: String, value: String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            #expect(parts.count == 2 && parts[1].hasPrefix(" "), "malformed field line: \(line)")
            return (String(parts[0]), String(parts.last!.dropFirst()))
        }
        return (lines[0], fields)
    }

    @Test func keepAliveResponseHasEveryHeaderOnce() throws {
        let response = try #require(try text("childline", close: false))
        let (status, fields) = lines(response)
        #expect(status == "HTTP/1.1 302 Found")
        let names = fields.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count, "duplicate header in \(names)")
        let byName = Dictionary(uniqueKeysWithValues: fields.map { ($0.name.lowercased(), $0.value) })
        #expect(byName == [
            "location": "https://www.childline.org.uk/",
            "cache-control": "no-store",
            "referrer-policy": "no-referrer",
            "content-length": "0",
            "server": "kashdash",
            "date": Self.date,
        ])
    }

    @Test func exactBytes() throws {
        #expect(try #require(try text("thinkuknow", close: false)) == """
            HTTP/1.1 302 Found\r
            Location: https://www.thinkuknow.co.uk/\r
            Cache-Control: no-store\r
            Referrer-Policy: no-referrer\r
            Content-Length: 0\r
            Server: kashdash\r
            Date: Sun, 06 Nov 1994 08:49:37 GMT\r
            \r

            """)
    }

    @Test func connectionCloseOnlyWhenAsked() throws {
        let open = lines(try #require(try text("childline", close: false))).fields
        #expect(!open.contains { $0.name.lowercased() == "connection" })
        let closing = lines(try #require(try text("childline", close: true))).fields
        #expect(closing.filter { $0.name.lowercased() == "connection" }.map(\.value) == ["close"])
        // Otherwise the same response.
        #expect(closing.filter { $0.name.lowercased() != "connection" }.map { "\($0.name): \($0.value)" }
            == open.map { "\($0.name): \($0.value)" })
    }

    @Test func eachLinkGetsItsOwnLocation() throws {
        for link in Self.links {
            let fields = lines(try #require(try text(link.id, close: false))).fields
            #expect(fields.filter { $0.name == "Location" }.map(\.value) == [link.url])
        }
    }

    /// The fast path must send the same headers as the router's route.
    @Test func headersAreTheRoutersPlusFraming() throws {
        let link = Self.links[0]
        let fields = lines(try #require(try text(link.id, close: false))).fields
        let routeFields = AdviceRedirectResponse.headers(for: link).map { ($0.name.rawName.lowercased(), $0.value) }
        for (name, value) in routeFields {
            #expect(fields.contains { $0.name.lowercased() == name && $0.value == value }, "\(name) missing")
        }
        #expect(fields.count == routeFields.count + 3)  // Content-Length, Server, Date
    }

    @Test func noServerHeaderWithoutAServerName() throws {
        let fields = lines(try #require(try text("childline", close: false, serverName: nil))).fields
        #expect(!fields.contains { $0.name.lowercased() == "server" })
        #expect(fields.contains { $0.name == "Date" && $0.value == Self.date })
    }

    @Test(arguments: ["nope", "", "Childline", "childline ", "/go/childline"])
    func unknownIDHasNoResponse(id: String) throws {
        #expect(try text(id, close: false) == nil)
        #expect(try text(id, close: true) == nil)
    }
}
