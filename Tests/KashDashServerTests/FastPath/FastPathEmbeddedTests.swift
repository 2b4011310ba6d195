import KashDashContract
import KashDashMetrics
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import KashDashServer

/// The `/go` fast path on an `EmbeddedChannel`: no socket, no sleeps; the test decides when
/// the store acknowledges a click, so every ordering rule can be watched step by step.
@Suite struct FastPathEmbeddedTests {
    static let childline = "https://www.childline.org.uk/"
    static let thinkuknow = "https://www.thinkuknow.co.uk/"

    static func request(_ method: String, _ target: String, headers: [String] = [], body: String = "") -> String {
        var lines = ["\(method) \(target) HTTP/1.1", "Host: localhost"] + headers
        if !body.isEmpty { lines.append("Content-Length: \(body.utf8.count)") }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    // MARK: Issue 18: a HEAD after a fast-path answer

    /// The sequence that lost the login page's body, one request at a time.
    @Test func headAfterRedirectThenGetSequentially() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(Self.request("GET", "/go/childline"))
        connection.acknowledgeClicks()
        let redirect = try connection.responses(to: ["GET"])
        #expect(redirect.map(\.status) == [302])
        #expect(redirect[0]["location"] == Self.childline)

        try connection.send(Self.request("HEAD", "/health"))
        let head = try connection.responses(to: ["HEAD"])
        #expect(head.map(\.status) == [200])
        #expect(head[0]["content-length"] == "\("page:/health".utf8.count)", "HEAD announces what GET would send")

        try connection.send(Self.request("GET", "/login"))
        let page = try connection.responses(to: ["GET"])
        #expect(page.map(\.bodyText) == ["page:/login"])
        #expect(connection.router.requests == ["HEAD /health", "GET /login"])
    }

    /// The same three and a fourth, pipelined in one write.
    @Test func headAfterRedirectPipelined() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(
            Self.request("GET", "/go/childline") + Self.request("HEAD", "/health") + Self.request("GET", "/login")
                + Self.request("GET", "/health"))
        connection.acknowledgeClicks()
        let responses = try connection.responses(to: ["GET", "HEAD", "GET", "GET"])
        #expect(responses.map(\.status) == [302, 200, 200, 200])
        #expect(responses.map(\.bodyText) == ["", "", "page:/login", "page:/health"])
    }

    /// `HEAD /go/<id>` is answered by the fast path with the redirect's head and no click.
    @Test func headOfARedirectCountsNothing() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(Self.request("HEAD", "/go/childline") + Self.request("GET", "/login"))
        #expect(connection.store.pending == 0, "a HEAD waits for no commit")
        let responses = try connection.responses(to: ["HEAD", "GET"])
        #expect(responses.map(\.status) == [302, 200])
        #expect(responses[0]["location"] == Self.childline)
        #expect(responses[1].bodyText == "page:/login")
        #expect(connection.store.events.isEmpty)
        #expect(connection.router.requests == ["GET /login"])
    }

    // MARK: Hold and replay

    /// Requests behind a pending answer wait, unseen by the router, and leave in order.
    @Test func laterRequestsWaitForThePendingAnswer() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(
            Self.request("GET", "/go/childline") + Self.request("GET", "/x") + Self.request("GET", "/go/thinkuknow"))
        #expect(try connection.takeOutput().isEmpty, "nothing leaves before the click is durable")
        #expect(connection.router.requests.isEmpty, "the router sees nothing while the answer is pending")
        #expect(connection.store.pending == 1)

        connection.acknowledgeClicks()
        // The first answer went, the router answered /x, and the second click is committing.
        #expect(connection.router.requests == ["GET /x"])
        #expect(connection.store.pending == 1)
        connection.acknowledgeClicks()
        let responses = try connection.responses(to: ["GET", "GET", "GET"])
        #expect(responses.map(\.status) == [302, 200, 302])
        #expect(responses.map { $0["location"] } == [Self.childline, nil, Self.thinkuknow])
        #expect(connection.store.events.map(\.link) == ["childline", "thinkuknow"])
    }

    /// A `/go` behind an unanswered router request goes to the router too: answering it
    /// first would put its response ahead of the earlier one.
    @Test func goBehindASlowRouterRequestIsTheRoutersToAnswer() throws {
        let connection = try EmbeddedFastPath()
        connection.router.isStalled = true
        try connection.send(Self.request("GET", "/slow") + Self.request("GET", "/go/childline"))
        #expect(try connection.takeOutput().isEmpty)
        try connection.resumeRouter()
        let responses = try connection.responses(to: ["GET", "GET"])
        #expect(responses.map(\.bodyText) == ["page:/slow", "page:/go/childline"])
        #expect(connection.store.events.isEmpty)
    }

    /// While an answer is pending and requests are held, reads stop; they resume after.
    @Test func readsStopWhileRequestsAreHeld() throws {
        let connection = try EmbeddedFastPath()
        let reads = ReadCounter()
        try connection.channel.pipeline.syncOperations.addHandler(reads, position: .first)
        try connection.send(Self.request("GET", "/go/childline") + Self.request("GET", "/x"))
        let before = reads.count
        connection.channel.read()
        #expect(reads.count == before, "a read was let through while a request was held")
        connection.acknowledgeClicks()
        #expect(reads.count == before + 1, "the held read resumes once the held request is replayed")
        _ = try connection.responses(to: ["GET", "GET"])
    }

    /// A store that fails still sends the child on.
    @Test func failedCommitStillRedirects() throws {
        struct DiskFull: Error {}
        let connection = try EmbeddedFastPath()
        try connection.send(Self.request("GET", "/go/childline"))
        connection.acknowledgeClicks(.failure(DiskFull()))
        #expect(try connection.responses(to: ["GET"]).map { $0["location"] } == [Self.childline])
    }

    // MARK: Closing

    /// Graceful shutdown while an answer is pending: it is sent with `Connection: close`
    /// and the output is shut.
    @Test func quiescingFinishesThePendingAnswerThenCloses() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(Self.request("GET", "/go/childline"))
        connection.channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        connection.acknowledgeClicks()
        let response = try connection.responses(to: ["GET"])
        #expect(response[0]["connection"] == "close")
        #expect(response[0]["location"] == Self.childline)
    }

    @Test func connectionCloseRequestGetsCloseAnswer() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(Self.request("GET", "/go/childline", headers: ["Connection: close"]) + Self.request("GET", "/after"))
        connection.acknowledgeClicks()
        let responses = try connection.responses(to: ["GET"])
        #expect(responses[0]["connection"] == "close")
        #expect(connection.router.requests.isEmpty, "nothing after a close is answered")
    }

    /// Bytes that do not parse in the middle of a `/go` request: the request is given up
    /// (no click) and the error goes on to the router, which answers 400 on a live server.
    @Test func parseErrorMidRequestGivesUpTheClick() throws {
        let connection = try EmbeddedFastPath()
        #expect(throws: HTTPParserError.self) {
            try connection.send("GET /go/childline HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n")
        }
        connection.runPendingTasks()
        #expect(connection.store.events.isEmpty)
        #expect(try connection.takeOutput().isEmpty)
    }

    // MARK: Targets

    @Test func percentEncodedUnreservedIDIsThePlainID() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(Self.request("GET", "/go/%63hildline") + Self.request("GET", "/go/%2Fchildline"))
        connection.acknowledgeClicks()
        let responses = try connection.responses(to: ["GET", "GET"])
        #expect(responses[0]["location"] == Self.childline)
        #expect(connection.store.events.map(\.link) == ["childline"], "counted once, as the plain id")
        // An encoded slash is another URL: the router's (here the stand-in's) to answer.
        #expect(responses[1].bodyText == "page:/go/%2Fchildline")
    }
}

/// Counts `read()` calls that reach the head of the pipeline (the socket).
final class ReadCounter: ChannelOutboundHandler {
    typealias OutboundIn = Any
    private(set) var count = 0

    func read(context: ChannelHandlerContext) {
        count += 1
        context.read()
    }
}
