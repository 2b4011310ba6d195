import Hummingbird
import HummingbirdCore
import KashDashMetrics
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

@testable import KashDashServer

/// Graceful shutdown (SIGTERM) with connections the fast path has answered or is
/// answering: answers in progress finish, connections close, and the server stops.
@Suite struct FastPathShutdownTests {
    /// Runs the server, calls `test` with it and a function that starts graceful shutdown,
    /// and checks that the server then stops within `stopWithin`.
    static func run(
        holdsFastPath: Bool = false, stopWithin: Duration = .seconds(15),
        _ test: @Sendable (LiveServer, _ shutDown: @Sendable () async -> Void) async throws -> Void
    ) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let store = CountingStore(base: server.store, holdsFastPath: holdsFastPath)
        var dependencies = server.dependencies
        dependencies.store = store
        let logger = Logger(label: "fast-path-shutdown-test")
        let port = PortPromise()
        let app = PortReportingApp(
            base: buildApplication(configuration: server.configuration, dependencies: dependencies, logger: logger), port: port)
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let stopped = Flag()
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                try await group.run()
                stopped.set()
            }
            let live = LiveServer(server: server, store: store, port: try await port.wait())
            do {
                try await test(live) { await group.triggerGracefulShutdown() }
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            // The server must stop by itself; cancel it only to end a failed test.
            let deadline = ContinuousClock.now + stopWithin
            while !stopped.isSet && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
            #expect(stopped.isSet, "the server did not stop within \(stopWithin) of graceful shutdown")
            tasks.cancelAll()
        }
    }

    @Test func idleKeepAliveConnectionIsClosedAndTheServerStops() async throws {
        try await Self.run { live, shutDown in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/go/childline"))
            #expect(try await connection.response().status == 302)
            await shutDown()
            #expect(try await connection.serverCloses(within: .seconds(10)))
            #expect(try await live.allClicks() == 1)
        }
    }

    @Test func idleConnectionAfterARouterRequestIsClosed() async throws {
        try await Self.run { live, shutDown in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await connection.send(RawRequest.get("/health"))
            #expect(try await connection.response().status == 200)
            await shutDown()
            #expect(try await connection.serverCloses(within: .seconds(10)))
        }
    }

    /// Sends `/go/childline` with `/health` pipelined behind it, and starts graceful
    /// shutdown while the click is with the store (its acknowledgement held back).
    static func shutDownWhileAnswering(
        _ live: LiveServer, _ connection: RawHTTPConnection, _ shutDown: @Sendable () async -> Void
    ) async throws {
        try await connection.send(RawRequest.get("/go/childline") + RawRequest.get("/health"))
        let deadline = ContinuousClock.now + .seconds(10)
        while live.store.counts.fastPathEvents == 0 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(2))
        }
        #expect(live.store.counts.fastPathEvents == 1)
        #expect(connection.receivedText == "", "answered before the click was stored")
        await shutDown()
        // Shutdown closes the listener, then tells every connection to quiesce. Once new
        // connections are refused, give the quiesce event a moment to arrive, then let
        // the store acknowledge the click. (No fixed delay races a loaded machine here.)
        let refusedBy = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < refusedBy {
            guard let probe = try? await live.connect() else { break }
            await probe.close()
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: .milliseconds(300))
        live.store.releaseFastPath()
    }

    /// Shutdown arrives while the click is being stored: the child still gets the redirect.
    @Test func answerInProgressIsStillSentOnShutdown() async throws {
        try await Self.run(holdsFastPath: true) { live, shutDown in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await Self.shutDownWhileAnswering(live, connection, shutDown)
            let response = try await connection.response()
            #expect(response.status == 302)
            #expect(response["location"] == "https://www.childline.org.uk/")
            #expect(try await live.allClicks() == 1)
        }
    }

    /// ... and then the connection ends, as the handler's quiesce branch intends ("finish
    /// this answer, then close"): the redirect says `Connection: close`, the request
    /// pipelined behind it is not started, and the server closes the connection without
    /// waiting for the client or the keep-alive timeout.
    @Test
    func answerInProgressEndsTheConnectionOnShutdown() async throws {
        try await Self.run(holdsFastPath: true) { live, shutDown in
            let connection = try await live.connect()
            defer { Task { await connection.close() } }
            try await Self.shutDownWhileAnswering(live, connection, shutDown)
            let response = try await connection.response()
            #expect(response.status == 302)
            #expect(response.values("connection") == ["close"])
            #expect(try await connection.serverCloses(within: .seconds(10)))
            #expect(connection.unparsedText == "", "the request pipelined behind the redirect was answered")
            #expect(try await live.allClicks() == 1)
        }
    }
}

/// `buildApplication`'s app on a loopback port of its own, reporting the port.
struct PortReportingApp<Base: ApplicationProtocol>: ApplicationProtocol {
    typealias Responder = Base.Responder
    let base: Base
    let port: PortPromise

    var responder: Responder { get async throws { try await base.responder } }
    var server: HTTPServerBuilder { base.server }
    var eventLoopGroup: any EventLoopGroup { base.eventLoopGroup }
    var configuration: ApplicationConfiguration { base.configuration.with(address: .hostname("127.0.0.1", port: 0)) }
    var logger: Logger { base.logger }
    @Sendable func onServerRunning(_ channel: any Channel) async {
        await base.onServerRunning(channel)
        port.fulfil(channel.localAddress?.port ?? -1)
    }
    var services: [any Service] { base.services }
    var processesRunBeforeServerStart: [@Sendable () async throws -> Void] { base.processesRunBeforeServerStart }
}

final class PortPromise: Sendable {
    private let value = Mutex<Int?>(nil)
    func fulfil(_ port: Int) { value.withLock { $0 = port } }
    func wait() async throws -> Int {
        // Only a bound against hanging: under a loaded machine (CI beside other builds, the
        // whole suite in parallel) start-up took over 20 s, so the bound is generous.
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            if let port = value.withLock({ $0 }) { return port }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw RawHTTPConnection.Failure(description: "the server did not start")
    }
}

/// A flag a task can set and another read.
final class Flag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}
