import Logging
import Testing

@testable import KashDashMetrics

/// The PostgreSQL report roll-ups (kept by the write path) must say exactly what the plain
/// queries over `daily_counts` say, and the migration must backfill existing aggregates.
@Suite(
    .serialized,
    .enabled(if: TestPostgres.url != nil, "KASHDASH_POSTGRES_URL is not set; skipping the PostgreSQL roll-up tests"))
struct PostgresReportsRollupTests {
    func withStore(_ body: @escaping @Sendable (PostgresMetricsStore) async throws -> Void) async throws {
        let store = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
        defer { store.shutdown() }
        try await store.withExclusiveUse {
            try await store.deleteEverything()
            try await body(store)
        }
    }

    @Test func rollupsAgreeWithThePlainQueries() async throws {
        try await withStore { store in
            try await ReportsRollupTests.recordHistory(store)
            for range in ReportsRollupTests.ranges {
                let request = ReportRequest(range: range)
                let fast = try await store.figures(for: request)
                let plain = try await MetricsStoreReports(store: store).figures(for: request)
                #expect(fast == plain, "range \(range.first)...\(range.last)")
            }
            let week = try await store.figures(for: ReportRequest(range: ReportsRollupTests.ranges[1]))
            #expect(week.totals.adviceClicks > 0 && week.totals.botAdviceClicks == 7 && week.totals.botDownloads == 7)
            #expect(week.breakdowns[.unsafeMessage]?.first?.key == "meet-up")
            #expect(reportStore(for: store) is PostgresMetricsStore)
        }
    }

    @Test func migrationBackfillsExistingAggregates() async throws {
        try await withStore { store in
            try await ReportsRollupTests.recordHistory(store)
            let request = ReportRequest(range: ReportsRollupTests.ranges[3])
            let before = try await store.figures(for: request)
            // An older database: aggregates without roll-ups. A new start-up backfills them.
            try await store.client.query("DROP TABLE report_daily_totals, report_daily_breakdown", logger: store.logger)
            let reopened = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
            defer { reopened.shutdown() }
            #expect(try await reopened.figures(for: request) == before)
        }
    }
}
