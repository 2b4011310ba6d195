import KashDashMetrics
import Synchronization
import Testing

@testable import KashDashServer

/// The fast path must not change what a client gets or what is stored: for each request
/// the full server answers and counts exactly as the router alone (Hummingbird's stock
/// HTTP/1.1 server) does.
@Suite struct FastPathParityTests {
    struct Outcome: Equatable, CustomStringConvertible {
        var status: Int
        var location: String?
        var cacheControl: String?
        var totals: HeadlineTotals
        var sources: [BreakdownRow]
        var levels: [BreakdownRow]
        var description: String { "\(status) \(location ?? "-") \(cacheControl ?? "-") \(totals) \(sources) \(levels)" }
    }

    static func outcome(of request: String, on live: LiveServer) async throws -> Outcome {
        let connection = try await live.connect()
        defer { Task { await connection.close() } }
        try await connection.send(request)
        let response = try await connection.response()
        return Outcome(
            status: response.status, location: response["location"], cacheControl: response["cache-control"],
            totals: try await live.totals(), sources: try await live.breakdown(.source),
            levels: try await live.breakdown(.level))
    }

    static func compare(_ request: String) async throws {
        let full = Mutex<Outcome?>(nil)
        let routerOnly = Mutex<Outcome?>(nil)
        try await LiveServer.run { live in
            let result = try await Self.outcome(of: request, on: live)
            full.withLock { $0 = result }
        }
        try await LiveServer.runRouterOnly { live in
            let result = try await Self.outcome(of: request, on: live)
            routerOnly.withLock { $0 = result }
        }
        let fast = try #require(full.withLock { $0 })
        let router = try #require(routerOnly.withLock { $0 })
        #expect(fast == router, "request: \(request.debugDescription)")
    }

    @Test(arguments: [
        "/go/childline",
        "/go/thinkuknow?src=kiosk&level=tell-an-adult",
        "/go/thinkuknow?level=passwords&src=desktop&src=web",
        "/go/childline?src=&src=web",
        "/go/childline?src&level",
        "/go/childline?src=phone&level=not-a-level",
        "/go/childline?x=1&&src=web&",
        "/go/childline?",
        "/go/childline?src=web?level=passwords",
        "/go/childline?src=web/level",
        "/go/child%6Cine",
        "/go/childline?src=%77eb&level=tell%2Dan-adult",
        "/go/childline?level=a+b",
        "/go/childline/",
        "/go/childline/x",
        "/go/THINKUKNOW",
        "/go/nope",
        "/go/",
        "/go",
    ])
    func sameAnswerAndCountAsTheRouter(target: String) async throws {
        try await Self.compare(RawRequest.get(target))
    }

    @Test func sameForABot() async throws {
        try await Self.compare(RawRequest.get("/go/childline?src=web", userAgent: "python-requests/2.31"))
    }

    @Test func sameWithoutAUserAgent() async throws {
        try await Self.compare(RawRequest.get("/go/childline?src=web", userAgent: nil))
    }

    /// Whether the connection stays open after the answer. (The header differs, on purpose:
    /// the fast path answers `Connection: close` with `Connection: close`, as RFC 9112
    /// §9.6 asks; the stock server closes without saying so. `FastPathLiveTests`
    /// checks the fast path's header.)
    @Test(arguments: [
        RawRequest.get("/go/childline", headers: ["Connection: close"]),
        RawRequest.get("/go/childline", headers: ["Connection: keep-alive"]),
        RawRequest.get("/go/childline", version: "HTTP/1.0"),
        RawRequest.get("/go/childline", version: "HTTP/1.0", headers: ["Connection: keep-alive"]),
    ])
    func sameConnectionHandlingAsTheRouter(request: String) async throws {
        struct Seen: Equatable {
            var status: Int
            var closed: Bool
        }
        @Sendable func seen(_ live: LiveServer) async throws -> Seen {
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(request)
            let response = try await connection.response()
            return Seen(status: response.status, closed: try await connection.serverCloses(within: .seconds(1)))
        }
        let full = Mutex<Seen?>(nil)
        let routerOnly = Mutex<Seen?>(nil)
        try await LiveServer.run { live in
            let result = try await seen(live)
            full.withLock { $0 = result }
        }
        try await LiveServer.runRouterOnly { live in
            let result = try await seen(live)
            routerOnly.withLock { $0 = result }
        }
        let fast = try #require(full.withLock { $0 })
        let router = try #require(routerOnly.withLock { $0 })
        #expect(fast == router, "request: \(request.debugDescription)")
    }
}
