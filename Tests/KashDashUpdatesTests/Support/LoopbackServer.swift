import Foundation
import Hummingbird
import Logging

/// Runs `router` as a real HTTP server on a free 127.0.0.1 port for the length of `body`,
/// which gets the base URL. Not HummingbirdTesting's `.live`: its client connects to
/// "localhost", and where that name means ::1 first (a Debian root with the usual
/// /etc/hosts) the server on 127.0.0.1 was never reached and every update test failed.
func serveOnLoopback<Builder: HTTPResponderBuilder>(
    _ router: Builder, logger: Logger = Logger(label: "kashdash-updates-test"),
    _ body: @escaping @Sendable (URL) async throws -> Void
) async throws where Builder.Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let (ports, portSink) = AsyncStream<Int>.makeStream()
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in portSink.yield(channel.localAddress?.port ?? 0) }, logger: logger)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await app.runService(gracefulShutdownSignals: []) }
        var next = ports.makeAsyncIterator()
        guard let port = await next.next(), port > 0 else { throw LoopbackServerError.noPort }
        try await body(URL(string: "http://127.0.0.1:\(port)")!)
        group.cancelAll()
    }
}

enum LoopbackServerError: Error { case noPort }
