import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

@testable import KashDashServer

/// A few checks over a real loopback socket: what only a socket shows (the peer address
/// feeding the visitor hash, HEAD framing, redirects not being followed).
@Suite struct LiveServerTests {
    @Test func downloadsOverLoopbackAreCountedOncePerVisitor() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.live) { client in
            for _ in 0..<3 {
                let response = try await client.execute(uri: DownloadTests.file, method: .get, headers: DownloadTests.browser)
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == TestServer.downloadBytes.count)
            }
            let head = try await client.execute(uri: DownloadTests.file, method: .head, headers: DownloadTests.browser)
            #expect(head.status == .ok)
            #expect(head.headers[.contentLength] == "5000")
        }
        #expect(try await server.totals().downloads == 1)
        // One address and one browser, three downloads: one visitor.
        #expect(try await server.dependencies.visitors.distinctToday() == 1)
    }

    @Test func redirectAndIngestionOverLoopback() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.live) { client in
            let redirect = try await client.execute(uri: "/go/thinkuknow?src=web", method: .get, headers: DownloadTests.browser)
            #expect(redirect.status == .found)
            #expect(redirect.headers[.cacheControl] == "no-store")
            let ingest = try await client.execute(uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"],
                                                  body: ByteBuffer(string: EventIngestionTests.goodBatch))
            #expect(ingest.status == .created)
        }
        #expect(try await server.totals().adviceClicks == 1)
        #expect(try await server.store.rawEventCount() == 5)
    }
}
