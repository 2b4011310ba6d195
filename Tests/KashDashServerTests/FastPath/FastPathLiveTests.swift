import KashDashMetrics
import Testing

@testable import KashDashServer

/// The real server (`buildApplication`, `/go` fast path included) over a loopback socket,
/// read byte for byte.
@Suite struct FastPathLiveTests {
    @Test(arguments: StoreKind.allCases)
    func knownLinkIs302FromTheFastPathAndTheClickIsStoredBeforeTheAnswer(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/thinkuknow?src=kiosk&level=tell-an-adult"))
            let response = try await connection.response()
            #expect(response.statusLine == "HTTP/1.1 302 Found")
            #expect(response.values("location") == ["https://www.thinkuknow.co.uk/"])
            #expect(response.values("cache-control") == ["no-store"])
            #expect(response.values("referrer-policy") == ["no-referrer"])
            #expect(response.values("content-length") == ["0"])
            #expect(response.values("server") == ["kashdash"])
            #expect(response.values("date").count == 1)
            #expect(HTTPDateCheck.isCurrent(response["date"]), "Date: \(response["date"] ?? "none")")
            #expect(response.values("connection").isEmpty)
            #expect(response.body.isEmpty)
            // Durable before the child is sent on: read while the server is still running.
            #expect(try await live.totals().adviceClicks == 1)
            #expect(try await live.breakdown(.source) == [BreakdownRow(key: "kiosk", count: 1)])
            #expect(try await live.breakdown(.level) == [BreakdownRow(key: "tell-an-adult", count: 1)])
            #expect(try await live.breakdown(.adviceLink) == [BreakdownRow(key: "thinkuknow", count: 1)])
            #expect(live.store.counts == .init(fastPathEvents: 1, routerEvents: 0))
            #expect(try await connection.staysOpen(for: .milliseconds(200)))
            #expect(connection.unparsedText == "")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func queryValuesFollowTheRoutersRules(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            // First value wins; unknown source and level are dropped, not stored.
            try await connection.send(RawRequest.get("/go/childline?src=web&src=kiosk&level=passwords&level=tell-an-adult"))
            #expect(try await connection.response().status == 302)
            try await connection.send(RawRequest.get("/go/childline?src=phone&level=not-a-level"))
            #expect(try await connection.response().status == 302)
            try await connection.send(RawRequest.get("/go/childline?src&level"))
            #expect(try await connection.response().status == 302)
            #expect(try await live.breakdown(.source) == [BreakdownRow(key: "", count: 2), BreakdownRow(key: "web", count: 1)])
            #expect(try await live.breakdown(.level) == [BreakdownRow(key: "", count: 2), BreakdownRow(key: "passwords", count: 1)])
            #expect(live.store.counts == .init(fastPathEvents: 3, routerEvents: 0))
        }
    }

    @Test func unknownIDGetsTheRoutersFriendly404() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/nope?src=web"))
            let response = try await connection.response()
            #expect(response.status == 404)
            #expect(response.values("location").isEmpty)
            #expect(response["content-type"]?.hasPrefix("text/html") == true)
            #expect(response.bodyText.contains("tell a trusted adult"))
            #expect(response.bodyText.contains("/go/childline"))
            #expect(HTTPDateCheck.isCurrent(response["date"]))
            #expect(try await live.allClicks() == 0)
            #expect(live.store.counts == .init())
        }
    }

    @Test(arguments: ["/go/https%3A%2F%2Fevil.example", "/go/..%2Fchildline", "/go/child%20line"])
    func percentEncodedUnknownIDGoesToTheRouter(target: String) async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get(target))
            let response = try await connection.response()
            #expect(response.status == 404)
            #expect(response.values("location").isEmpty)
            #expect(response.bodyText.contains("tell a trusted adult"))
            #expect(try await live.allClicks() == 0)
        }
    }

    @Test func overLongURLGets414AndTheConnectionCarriesOn() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline?level=" + String(repeating: "a", count: 5000)))
            let response = try await connection.response()
            #expect(response.status == 414)
            #expect(response.bodyText.contains("uri_too_long"))
            #expect(response.values("location").isEmpty)
            try await connection.send(RawRequest.get("/go/childline"))
            #expect(try await connection.response().status == 302)
            #expect(try await live.allClicks() == 1)
            #expect(live.store.counts == .init(fastPathEvents: 1, routerEvents: 0))
        }
    }

    /// The fast path and the router draw the 414 line at the same length.
    @Test func urlLengthLimitIsTheSameOnBothPaths() async throws {
        try await LiveServer.run(configure: { $0.maxURLLength = 64 }) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            let prefix = "/go/childline?level="
            let longest = prefix + String(repeating: "a", count: 64 - prefix.utf8.count)
            #expect(longest.utf8.count == 64)
            try await connection.send(RawRequest.get(longest))
            #expect(try await connection.response().status == 302)
            try await connection.send(RawRequest.get(longest + "a"))
            #expect(try await connection.response().status == 414)
            #expect(live.store.counts == .init(fastPathEvents: 1, routerEvents: 0))
            #expect(try await live.allClicks() == 1)
        }
    }

    @Test func http10RequestGetsACorrect302FromTheRouter() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline?src=desktop", version: "HTTP/1.0"))
            let response = try await connection.response()
            #expect(response.status == 302)
            #expect(response.values("location") == ["https://www.childline.org.uk/"])
            #expect(response.values("cache-control") == ["no-store"])
            #expect(response.values("referrer-policy") == ["no-referrer"])
            #expect(HTTPDateCheck.isCurrent(response["date"]))
            #expect(try await live.breakdown(.source) == [BreakdownRow(key: "desktop", count: 1)])
            #expect(live.store.counts == .init(fastPathEvents: 0, routerEvents: 1))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func connectionCloseIsAnsweredThenTheServerCloses(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            // A request pipelined after `Connection: close` must not be answered.
            try await connection.send(
                RawRequest.get("/go/childline", headers: ["Connection: close"]) + RawRequest.get("/go/thinkuknow"))
            let response = try await connection.response()
            #expect(response.status == 302)
            #expect(response.values("location") == ["https://www.childline.org.uk/"])
            #expect(response.values("connection") == ["close"])
            #expect(try await connection.serverCloses(within: .seconds(5)))
            #expect(connection.unparsedText == "")
            #expect(try await live.allClicks() == 1)
            #expect(live.store.counts == .init(fastPathEvents: 1, routerEvents: 0))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func severalRequestsOnOneKeepAliveConnection(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            let steps: [(target: String, status: Int, location: String?)] = [
                ("/go/childline", 302, "https://www.childline.org.uk/"),
                ("/health", 200, nil),
                ("/go/thinkuknow", 302, "https://www.thinkuknow.co.uk/"),
                ("/go/nope", 404, nil),
                ("/go/childline?src=web", 302, "https://www.childline.org.uk/"),
                ("/go/thinkuknow", 302, "https://www.thinkuknow.co.uk/"),
            ]
            for step in steps {
                try await connection.send(RawRequest.get(step.target))
                let response = try await connection.response()
                #expect(response.status == step.status, "\(step.target)")
                #expect(response["location"] == step.location, "\(step.target)")
                #expect(response.values("connection").isEmpty)
            }
            #expect(try await live.totals().adviceClicks == 4)
            // Each /go was sent with nothing else in flight: all four took the fast path.
            #expect(live.store.counts == .init(fastPathEvents: 4, routerEvents: 0))
            #expect(try await connection.staysOpen(for: .milliseconds(100)))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func botUserAgentIsCountedApart(store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)"))
            #expect(try await connection.response().status == 302)
            try await connection.send(RawRequest.get("/go/childline"))
            #expect(try await connection.response().status == 302)
            let totals = try await live.totals()
            #expect(totals.adviceClicks == 1)
            #expect(totals.botAdviceClicks == 1)
            // Bots stay out of the breakdowns.
            #expect(try await live.breakdown(.adviceLink) == [BreakdownRow(key: "childline", count: 1)])
            #expect(live.store.counts.fastPathEvents == 2)
        }
    }

    @Test(arguments: [nil, ""] as [String?], StoreKind.allCases)
    func missingOrEmptyUserAgentCountsAsBot(userAgent: String?, store: StoreKind) async throws {
        try await LiveServer.run(store: store) { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            let request =
                userAgent.map { RawRequest.get("/go/thinkuknow", userAgent: nil, headers: ["User-Agent: \($0)"]) }
                ?? RawRequest.get("/go/thinkuknow", userAgent: nil)
            try await connection.send(request)
            #expect(try await connection.response().status == 302)
            let totals = try await live.totals()
            #expect(totals.adviceClicks == 0)
            #expect(totals.botAdviceClicks == 1)
            #expect(live.store.counts.fastPathEvents == 1)
        }
    }

    /// A GET body means nothing; it is read and dropped, and the next request is intact.
    @Test func bodyOfAGoRequestIsDropped() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(
                RawRequest.get("/go/childline", headers: ["Content-Length: 11"], body: "hello=world")
                    + RawRequest.get("/health"))
            let responses = try await connection.responses(2)
            #expect(responses.map(\.status) == [302, 200])
            try await connection.send(
                RawRequest.get("/go/thinkuknow", headers: ["Transfer-Encoding: chunked"], body: "5\r\nhello\r\n0\r\n\r\n"))
            #expect(try await connection.response()["location"] == "https://www.thinkuknow.co.uk/")
            try await connection.send(RawRequest.get("/health"))
            #expect(try await connection.response().status == 200)
            #expect(try await live.allClicks() == 2)
        }
    }

    @Test func otherMethodsAreTheRoutersBusiness() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send("POST /go/childline HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
            let response = try await connection.response()
            #expect(response.status != 302)
            #expect(response.values("location").isEmpty)
            #expect(try await live.allClicks() == 0)
            #expect(live.store.counts == .init())
        }
    }

    /// Both paths must send the same header fields, or a client could tell them apart.
    @Test func fastPathAndRouterSendTheSameFields() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline"))
            let fast = try await connection.response()
            // `%77` is `w`: the fast path leaves the target to the router, which decodes it.
            try await connection.send(RawRequest.get("/go/childline?src=%77eb"))
            let routed = try await connection.response()
            #expect(live.store.counts == .init(fastPathEvents: 1, routerEvents: 1))
            #expect(fast.status == routed.status)
            #expect(fast.fieldNames == routed.fieldNames)
            for name in ["location", "cache-control", "referrer-policy", "content-length", "server"] {
                #expect(fast.values(name) == routed.values(name), "\(name)")
            }
            #expect(try await live.breakdown(.source) == [BreakdownRow(key: "", count: 1), BreakdownRow(key: "web", count: 1)])
        }
    }

    /// `Expect: 100-continue` waits for an interim answer only the router gives, so the
    /// router takes such a request (the fast path would leave the client waiting).
    @Test func expectContinueGoesToTheRouter() async throws {
        try await LiveServer.run { live in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline", headers: ["Expect: 100-continue"]))
            let response = try await connection.response()
            #expect(response.status == 302)
            #expect(response.values("location") == ["https://www.childline.org.uk/"])
            #expect(live.store.counts == .init(fastPathEvents: 0, routerEvents: 1))
        }
    }
}
