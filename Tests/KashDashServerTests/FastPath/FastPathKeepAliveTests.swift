import Foundation
import Testing

@testable import KashDashServer

/// The keep-alive timeout of the fast-path pipeline (`IdleStateHandler`), which replaces
/// Hummingbird's own for connections whose requests the router never sees.
@Suite struct FastPathKeepAliveTests {
    @Test func idleConnectionIsClosedAfterARedirect() async throws {
        try await LiveServer.run(configure: { $0.keepAliveSeconds = 1 * TestTiming.scale }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline"))
            #expect(try await connection.response().status == 302)
            #expect(try await connection.staysOpen(for: .milliseconds(300 * TestTiming.scale)))
            #expect(try await connection.serverCloses(within: .seconds(10 * TestTiming.scale)))
        }
    }

    @Test func idleConnectionIsClosedAfterARouterResponse() async throws {
        try await LiveServer.run(configure: { $0.keepAliveSeconds = 1 * TestTiming.scale }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/health"))
            #expect(try await connection.response().status == 200)
            #expect(try await connection.serverCloses(within: .seconds(10 * TestTiming.scale)))
        }
    }

    @Test func connectionThatNeverSendsIsClosed() async throws {
        try await LiveServer.run(configure: { $0.keepAliveSeconds = 1 * TestTiming.scale }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            #expect(try await connection.serverCloses(within: .seconds(10 * TestTiming.scale)))
            #expect(connection.receivedText == "")
        }
    }

    /// Requests keep the connection alive: the timeout counts from the last activity.
    @Test func activityResetsTheTimeout() async throws {
        // Gaps of 0.7 s against an 8 s timeout. The client is a task in the same process as
        // the server: on a loaded 2-core machine (a fresh-root CI run) it once stalled for more
        // than 3.3 s between two requests, and the server rightly closed the idle connection.
        try await LiveServer.run(configure: { $0.keepAliveSeconds = 8 * TestTiming.scale }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            for _ in 0..<16 {
                try await connection.send(RawRequest.get("/go/thinkuknow"))
                #expect(try await connection.response().status == 302)
                try await Task.sleep(for: .milliseconds(700 * TestTiming.scale))
            }
            // 11.2 s after connecting, well past the 8 s timeout, and still open.
            try await connection.send(RawRequest.get("/go/childline"))
            #expect(try await connection.response().status == 302)
            #expect(try await live.allClicks() == 17)
        }
    }

    /// A request whose body stops arriving: no traffic for the timeout. Hummingbird's own
    /// connection-state handler closes such a connection ("still being read" is not busy).
    @Test func goRequestWhoseBodyStallsIsClosed() async throws {
        try await LiveServer.run(configure: { $0.keepAliveSeconds = 1 * TestTiming.scale }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline", headers: ["Content-Length: 10"], body: "abc"))
            #expect(try await connection.serverCloses(within: .seconds(6 * TestTiming.scale)))
            #expect(connection.receivedText == "")
            #expect(try await live.allClicks() == 0)
        }
    }

    @Test func routerRequestWhoseBodyStallsIsClosed() async throws {
        try await LiveServer.run(configure: { $0.keepAliveSeconds = 1 * TestTiming.scale }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                "POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"batch")
            #expect(try await connection.serverCloses(within: .seconds(6 * TestTiming.scale)))
        }
    }
}
