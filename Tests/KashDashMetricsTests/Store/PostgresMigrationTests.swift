import KashDashContract
import KashDashMetrics
import Logging
import Testing

/// Several instances started at the same moment on an empty database all come up: the
/// schema migration runs under a transaction-level advisory lock, so one creates the
/// tables while the others wait and then find them (not luck: without the lock, two
/// concurrent `CREATE TABLE IF NOT EXISTS` can fail on the catalogue's unique index).
/// It runs in a database of its own, since it drops every table.
@Suite(
    .serialized,
    .enabled(if: TestPostgres.url != nil, "KASHDASH_POSTGRES_URL is not set; skipping the PostgreSQL migration test"))
struct PostgresMigrationTests {
    @Test func storesStartedTogetherOnAnEmptyDatabaseAllMigrate() async throws {
        let logger = Logger(label: "test")
        let holder = try await PostgresMetricsStore.connect(url: TestPostgres.migrationURL!, logger: logger)
        defer { holder.shutdown() }
        // PSQLError's description hides the server's message; a failure here must name it.
        do { try await migrateThreeRoundsTogether(holder: holder, logger: logger) } catch {
            Issue.record("PostgreSQL said: \(String(reflecting: error))")
        }
    }

    private func migrateThreeRoundsTogether(holder: PostgresMetricsStore, logger: Logger) async throws {
        try await holder.withExclusiveUse {
            for _ in 0..<3 {
                try await holder.dropEverything()
                #expect(try await holder.schemaColumns().isEmpty)
                // Four stores of both kinds, as two instances open them, all at once.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<4 {
                        group.addTask {
                            if index.isMultiple(of: 2) {
                                let store = try await PostgresMetricsStore.connect(url: TestPostgres.migrationURL!, logger: logger)
                                try await store.record([MetricEvent(kind: .adviceClick, day: Day(iso: "2026-11-27")!, link: "childline")])
                                // Awaited: a fold still running when the next round drops
                                // every table could deadlock with it (a fresh-root run failed
                                // here once, under load, with a PSQLError).
                                await store.shutdownAndWait()
                            } else {
                                let state = try await PostgresSharedState.connect(url: TestPostgres.migrationURL!, logger: logger)
                                _ = try await state.usernames()
                                await state.shutdownAndWait()
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await holder.rawEventCount() == 2)
            }
            try await holder.deleteEverything()
        }
    }
}
