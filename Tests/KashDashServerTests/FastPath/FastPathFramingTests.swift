import KashDashContract
import KashDashMetrics
import NIOCore
import Testing

@testable import KashDashServer

/// Many mixed sequences of requests on one embedded connection, sent one at a time or
/// pipelined: whatever the order and methods, every response is framed exactly and answers
/// the request in its place (issue 18).
@Suite struct FastPathFramingTests {
    /// A request and what its answer must look like.
    struct Step {
        var method: String
        var target: String
        var body = ""
        /// `Location` for a fast-path redirect, or the stand-in router's body for a router GET.
        var expectedLocation: String?
        var expectedBody: String

        var text: String { FastPathEmbeddedTests.request(method, target, body: body) }
    }

    static let pool: [Step] = [
        Step(method: "GET", target: "/go/childline", expectedLocation: FastPathEmbeddedTests.childline, expectedBody: ""),
        Step(method: "HEAD", target: "/go/childline", expectedLocation: FastPathEmbeddedTests.childline, expectedBody: ""),
        Step(method: "GET", target: "/go/%74hinkuknow?src=kiosk", expectedLocation: FastPathEmbeddedTests.thinkuknow, expectedBody: ""),
        Step(method: "GET", target: "/go/nope", expectedBody: "page:/go/nope"),
        Step(method: "HEAD", target: "/health", expectedBody: ""),
        Step(method: "GET", target: "/login", expectedBody: "page:/login"),
        Step(method: "GET", target: "/missing", expectedBody: "page:/missing"),
        Step(method: "HEAD", target: "/missing", expectedBody: ""),
        Step(method: "POST", target: "/api/v1/events", body: "{\"x\":1}", expectedBody: "page:/api/v1/events"),
        Step(method: "OPTIONS", target: "/go/childline", expectedBody: "page:/go/childline"),
        Step(method: "DELETE", target: "/health", expectedBody: "page:/health"),
        Step(method: "GET", target: "/go/childline?src=desktop&level=passwords", expectedLocation: FastPathEmbeddedTests.childline, expectedBody: ""),
    ]

    /// `count` sequences of 2 to 9 requests, the same on every run: sequence `i` walks the
    /// pool with a stride of its own, so neighbours, methods and paths mix in every order.
    static func sequences(count: Int, offset: Int) -> [[Step]] {
        (0..<count).map { index in
            let stride = index % (pool.count - 1) + 1
            return (0..<(2 + index % 8)).map { position in pool[(offset + index * 7 + position * stride) % pool.count] }
        }
    }

    private func check(_ steps: [Step], _ responses: [RawHTTPResponse]) {
        for (step, response) in zip(steps, responses) {
            #expect(response["location"] == step.expectedLocation, "\(step.method) \(step.target)")
            #expect(response.bodyText == step.expectedBody, "\(step.method) \(step.target)")
        }
    }

    @Test(arguments: sequences(count: 150, offset: 0))
    func pipelined(steps: [Step]) throws {
        let connection = try EmbeddedFastPath()
        try connection.send(steps.map(\.text).joined())
        // Each pending click is acknowledged in turn until everything has been answered.
        for _ in steps { connection.acknowledgeClicks() }
        check(steps, try connection.responses(to: steps.map(\.method)))
    }

    @Test(arguments: sequences(count: 150, offset: 5))
    func oneAtATime(steps: [Step]) throws {
        let connection = try EmbeddedFastPath()
        for step in steps {
            try connection.send(step.text)
            connection.acknowledgeClicks()
            check([step], try connection.responses(to: [step.method]))
        }
    }

    /// Requests split at every byte boundary still frame correctly.
    @Test func requestsSplitAcrossReads() throws {
        let steps = [Self.pool[0], Self.pool[4], Self.pool[5], Self.pool[1], Self.pool[8]]
        let bytes = Array(steps.map(\.text).joined().utf8)
        let connection = try EmbeddedFastPath()
        for start in stride(from: 0, to: bytes.count, by: 7) {
            try connection.send(String(decoding: bytes[start..<min(start + 7, bytes.count)], as: UTF8.self))
            connection.acknowledgeClicks()
        }
        check(steps, try connection.responses(to: steps.map(\.method)))
    }
}

extension FastPathFramingTests.Step: CustomTestStringConvertible {
    var testDescription: String { "\(method) \(target)" }
}
