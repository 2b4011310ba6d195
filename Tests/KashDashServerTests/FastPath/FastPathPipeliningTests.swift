import KashDashMetrics
import Testing

@testable import KashDashServer

/// HTTP/1.1 pipelining through the fast path: answers must leave in request order,
/// whichever path (fast path or router) answers each request.
@Suite struct FastPathPipeliningTests {
    static let childline = "https://www.childline.org.uk/"
    static let thinkuknow = "https://www.thinkuknow.co.uk/"

    @Test(arguments: StoreKind.allCases)
    func fourRequestsInOneWriteAreAnsweredInRequestOrder(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                RawRequest.get("/go/childline") + RawRequest.get("/health") + RawRequest.get("/go/thinkuknow")
                    + RawRequest.get("/go/nope"))
            let responses = try await connection.responses(4)
            #expect(responses.map(\.status) == [302, 200, 302, 404])
            #expect(responses.map { $0["location"] } == [Self.childline, nil, Self.thinkuknow, nil])
            #expect(responses[1].bodyText.contains("\"ok\""))
            #expect(responses[3].bodyText.contains("tell a trusted adult"))
            #expect(try await live.totals().adviceClicks == 2)
            #expect(try await live.breakdown(.adviceLink).sorted { $0.key < $1.key }
                == [BreakdownRow(key: "childline", count: 1), BreakdownRow(key: "thinkuknow", count: 1)])
            // Nothing more, and the connection still serves.
            #expect(try await connection.staysOpen(for: .milliseconds(200)))
            #expect(connection.unparsedText == "")
            try await connection.send(RawRequest.get("/go/childline"))
            #expect(try await connection.response()["location"] == Self.childline)
        }
    }

    @Test func routerRequestFirstThenGo() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/health") + RawRequest.get("/go/childline"))
            let responses = try await connection.responses(2)
            #expect(responses.map(\.status) == [200, 302])
            #expect(responses[1]["location"] == Self.childline)
            #expect(try await live.allClicks() == 1)
        }
    }

    /// Each held `/go` starts its own answer when replayed; the rest wait behind it.
    @Test(arguments: StoreKind.allCases)
    func severalGoRequestsInOneWrite(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                RawRequest.get("/go/childline?src=kiosk") + RawRequest.get("/go/thinkuknow?src=web")
                    + RawRequest.get("/go/childline?src=desktop"))
            let responses = try await connection.responses(3)
            #expect(responses.map(\.status) == [302, 302, 302])
            #expect(responses.map { $0["location"] } == [Self.childline, Self.thinkuknow, Self.childline])
            #expect(try await live.breakdown(.source).sorted { $0.key < $1.key }
                == ["desktop", "kiosk", "web"].map { BreakdownRow(key: $0, count: 1) })
            #expect(live.store.counts == .init(fastPathEvents: 3, routerEvents: 0))
        }
    }

    /// A router response with a body between fast-path answers.
    @Test(arguments: StoreKind.allCases)
    func largeRouterResponseBetweenRedirects(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                RawRequest.get("/go/thinkuknow") + RawRequest.get("/download/KashDash-1.0.0.AppImage")
                    + RawRequest.get("/go/childline") + RawRequest.get("/download/SHA256SUMS.txt") + RawRequest.get("/go/thinkuknow"))
            let responses = try await connection.responses(5)
            #expect(responses.map(\.status) == [302, 200, 302, 200, 302])
            #expect(responses[1].body == TestServer.downloadBytes)
            #expect(responses[3].bodyText == "tiny")
            #expect(responses.map { $0["location"] } == [Self.thinkuknow, nil, Self.childline, nil, Self.thinkuknow])
            #expect(try await live.totals().adviceClicks == 3)
            #expect(try await live.totals().downloads == 2)  // both files, once each
        }
    }

    /// Enough pipelined requests to span several socket reads, so reading is paused and
    /// resumed while answers are pending.
    @Test(arguments: StoreKind.allCases)
    func manyPipelinedRequestsSpanningSeveralReads(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            let pattern: [(target: String, status: Int, location: String?)] = [
                ("/go/childline", 302, Self.childline),
                ("/go/thinkuknow?src=web&level=passwords", 302, Self.thinkuknow),
                ("/health", 200, nil),
                ("/go/nope", 404, nil),
                ("/go/childline?src=kiosk", 302, Self.childline),
                ("/go/thinkuknow", 302, Self.thinkuknow),
            ]
            let rounds = 60
            let plan = (0..<rounds).flatMap { _ in pattern }
            let text = plan.map { RawRequest.get($0.target) }.joined()
            #expect(text.utf8.count > 16 * 1024)  // NIO's first reads are 2 KiB
            try await connection.send(text)
            let responses = try await connection.responses(plan.count, timeout: .seconds(60))
            #expect(responses.map(\.status) == plan.map(\.status))
            #expect(responses.map { $0["location"] } == plan.map(\.location))
            #expect(try await live.totals().adviceClicks == rounds * 4)
            #expect(try await connection.staysOpen(for: .milliseconds(100)))
            #expect(connection.unparsedText == "")
        }
    }

    /// A client that sends its requests and then shuts down its side still gets every
    /// answer, then the server closes.
    @Test(arguments: StoreKind.allCases)
    func halfCloseAfterPipelinedRequests(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline") + RawRequest.get("/health") + RawRequest.get("/go/thinkuknow"))
            try await connection.finishSending()
            let responses = try await connection.responses(3)
            #expect(responses.map(\.status) == [302, 200, 302])
            #expect(try await connection.serverCloses(within: .seconds(5)))
            #expect(try await live.allClicks() == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func halfCloseAfterOneRedirect(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline"))
            try await connection.finishSending()
            #expect(try await connection.response()["location"] == Self.childline)
            #expect(try await connection.serverCloses(within: .seconds(5)))
            #expect(try await live.allClicks() == 1)
        }
    }

    /// `Connection: close` on a `/go` the router answers (something was in flight).
    @Test func connectionCloseBehindARouterRequest() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                RawRequest.get("/health") + RawRequest.get("/go/childline", headers: ["Connection: close"])
                    + RawRequest.get("/go/thinkuknow"))
            let responses = try await connection.responses(2)
            #expect(responses.map(\.status) == [200, 302])
            #expect(responses[1]["location"] == Self.childline)
            #expect(try await connection.serverCloses(within: .seconds(5)))
            #expect(connection.unparsedText == "")
            #expect(try await live.allClicks() == 1)
        }
    }

    /// Bytes that do not parse, right behind a redirect: the redirect first, then the 400.
    @Test func parseErrorAfterARedirectIsAnsweredInOrder() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline") + "THIS IS NOT HTTP\r\n\r\n")
            let responses = try await connection.responses(2)
            #expect(responses.map(\.status) == [302, 400])
            #expect(try await connection.serverCloses(within: .seconds(5)))
            #expect(try await live.allClicks() == 1)
        }
    }

    /// The same, behind a router request: what the stock server does too.
    @Test func parseErrorAfterARouterRequestIsAnsweredInOrder() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/health") + "THIS IS NOT HTTP\r\n\r\n")
            let responses = try await connection.responses(2)
            #expect(responses.map(\.status) == [200, 400])
            #expect(try await connection.serverCloses(within: .seconds(5)))
        }
    }

    /// A `/go` request whose body does not parse: the 400, never the redirect.
    @Test func malformedBodyOfAGoRequestGets400() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                RawRequest.get("/go/childline", headers: ["Transfer-Encoding: chunked"], body: "ZZZ\r\nhello\r\n0\r\n\r\n"))
            let response = try await connection.response()
            #expect(response.status == 400)
            #expect(try await connection.serverCloses(within: .seconds(5)))
            #expect(connection.unparsedText == "")
            #expect(try await live.allClicks() == 0)
        }
    }

    @Test func parseErrorAsTheFirstRequestGets400() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send("THIS IS NOT HTTP\r\n\r\n")
            #expect(try await connection.response().status == 400)
            #expect(try await connection.serverCloses(within: .seconds(5)))
        }
    }

    /// Many connections at once share each event loop's click batch; every click is
    /// answered and stored exactly once.
    @Test(arguments: StoreKind.allCases)
    func manyConnectionsAtOnce(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connections = 24
            let perConnection = 5
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<connections {
                    group.addTask {
                        let connection = try await live.connect()
                        defer { Task { await connection.close() } }
                        let link = index.isMultiple(of: 2) ? "childline" : "thinkuknow"
                        if index.isMultiple(of: 3) {
                            // Pipelined.
                            try await connection.send(
                                String(repeating: RawRequest.get("/go/\(link)?src=web"), count: perConnection))
                            let responses = try await connection.responses(perConnection)
                            #expect(responses.allSatisfy { $0.status == 302 && $0["location"]?.contains(link) == true })
                        } else {
                            for _ in 0..<perConnection {
                                try await connection.send(RawRequest.get("/go/\(link)?src=kiosk"))
                                let response = try await connection.response()
                                #expect(response.status == 302 && response["location"]?.contains(link) == true)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await live.totals().adviceClicks == connections * perConnection)
            #expect(try await live.breakdown(.adviceLink)
                == [BreakdownRow(key: "childline", count: 60), BreakdownRow(key: "thinkuknow", count: 60)])
            #expect(live.store.counts.fastPathEvents == connections * perConnection)
        }
    }
}
