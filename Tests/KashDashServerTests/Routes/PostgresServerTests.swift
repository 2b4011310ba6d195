import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Logging
import Testing

@testable import KashDashServer

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The whole router on the PostgreSQL store: redirect, ingestion and idempotency end to end.
/// Runs only when `KASHDASH_POSTGRES_URL` is set.
@Suite(
    .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["KASHDASH_POSTGRES_URL"]?.isEmpty == false,
             "KASHDASH_POSTGRES_URL is not set; skipping the server-on-PostgreSQL tests"))
struct PostgresServerTests {
    @Test func redirectAndIngestionCommitToPostgreSQL() async throws {
        let logger = { var logger = Logger(label: "test"); logger.logLevel = .warning; return logger }()
        let store = try await PostgresMetricsStore.connect(url: ProcessInfo.processInfo.environment["KASHDASH_POSTGRES_URL"]!, logger: logger)
        defer { store.shutdown() }
        try await store.withExclusiveUse {
            try await store.deleteEverything()
            let server = try TestServer()
            defer { server.cleanUp() }
            var dependencies = server.dependencies
            dependencies.store = store
            let app = Application(router: buildRouter(configuration: server.configuration, dependencies: dependencies), logger: logger)
            try await app.test(.router) { client in
                #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
                let redirect = try await client.execute(uri: "/go/childline?src=kiosk", method: .get, headers: [.userAgent: "Mozilla/5.0"])
                #expect(redirect.status == .found)
                let body = ByteBuffer(string: EventIngestionTests.goodBatch)
                #expect(try await client.execute(uri: "/api/v1/events", method: .post, body: body).status == .created)
                #expect(try await client.execute(uri: "/api/v1/events", method: .post, body: body).status == .conflict)
            }
            let totals = try await store.totals(in: server.week)
            #expect(totals.adviceClicks == 1)
            #expect(totals.levelsFinished == 1)
            #expect(try await store.rawEventCount() == 5)
        }
    }
}
