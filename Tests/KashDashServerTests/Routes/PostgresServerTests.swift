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

    /// Answers posted over loopback reach the learning page on PostgreSQL through the pending
    /// counts and the fold (the read folds first, so nothing waits for the background fold).
    @Test func answersReachTheLearningPageOnPostgreSQL() async throws {
        let logger = { var logger = Logger(label: "test"); logger.logLevel = .warning; return logger }()
        let store = try await PostgresMetricsStore.connect(url: ProcessInfo.processInfo.environment["KASHDASH_POSTGRES_URL"]!, logger: logger)
        defer { store.shutdown() }
        try await store.withExclusiveUse {
            try await store.deleteEverything()
            let fixture = try await DashboardFixture()
            defer { fixture.server.cleanUp() }
            var dependencies = fixture.server.dependencies
            dependencies.store = store
            dependencies.dashboard = try await DashboardDependencies.load(accounts: fixture.accounts)
            let app = Application(router: buildRouter(configuration: fixture.server.configuration, dependencies: dependencies), logger: logger)
            func answer(_ encounter: String, _ verdict: String) -> String {
                #"{"kind": "message_answered", "day": "2026-11-27", "level": "online-friends", "message": "meet-up", "encounter": "\#(encounter)", "verdict": "\#(verdict)"}"#
            }
            let events = Array(repeating: answer("first", "safe"), count: 12) + Array(repeating: answer("first", "unsafe"), count: 12)
                + Array(repeating: answer("second", "safe"), count: 20) + Array(repeating: answer("later", "unsafe"), count: 10)
            let batch = #"{"batch_id": "pg-learning-1", "source": "desktop", "events": [\#(events.joined(separator: ","))]}"#
            try await app.test(.live) { client in
                let posted = try await client.execute(
                    uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: batch))
                #expect(posted.status == .created)
                let cookie = try await DashboardFixture.logIn(client)
                let page = try await client.execute(uri: "/dashboard/learning?range=7d", method: .get, headers: [.cookie: cookie])
                #expect(page.status == .ok)
                // 12 of 24 safe at first (50 %), 20 of 30 when met again (67 %).
                #expect(page.text.contains("chose the safe answer in 50 % of answers; when they met it again, 67 %"), "\(page.text)")
            }
        }
    }
}
