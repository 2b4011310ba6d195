import KashDashContract
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
            try await store.client.query(
                "DROP TABLE report_daily_totals, report_daily_breakdown, report_monthly_totals, report_monthly_breakdown",
                logger: store.logger)
            let reopened = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
            defer { reopened.shutdown() }
            #expect(try await reopened.figures(for: request) == before)
        }
    }

    /// Whole months come from the monthly roll-ups and the days around them from the daily
    /// ones: every way a range can meet month ends must still agree with the plain queries.
    @Test func rangesAcrossMonthsAgreeWithThePlainQueries() async throws {
        try await withStore { store in
            let start = Day(year: 2025, month: 11, day: 20)!
            for offset in 0..<130 {
                let day = start.adding(days: offset)
                var events: [MetricEvent] = []
                for index in 0..<(offset % 5 + 1) {
                    events.append(MetricEvent(kind: .adviceClick, day: day, source: .desktop, level: "time-out",
                                              link: index % 2 == 0 ? "childline" : "nspcc", isBot: index == 3))
                    events.append(MetricEvent(kind: .messageAnsweredUnsafe, day: day, source: .kiosk, level: "time-out",
                                              message: "bedtime-\(offset % 3)"))
                }
                try await store.record(events)
            }
            let d = { (y: Int, m: Int, day: Int) in Day(year: y, month: m, day: day)! }
            let ranges: [(Day, Day)] = [
                (d(2025, 12, 1), d(2025, 12, 31)),  // exactly one month
                (d(2025, 11, 1), d(2026, 3, 31)),  // whole months, data starting mid-month
                (d(2025, 12, 15), d(2026, 2, 10)),  // partial, one whole month, partial
                (d(2025, 12, 2), d(2026, 1, 30)),  // no whole month, across a year end
                (d(2026, 1, 1), d(2026, 2, 27)),  // whole month then a partial one
                (d(2025, 6, 1), d(2027, 1, 31)),  // far wider than the data
                (d(2026, 2, 28), d(2026, 3, 1)),  // two days across a month end
            ]
            for (first, last) in ranges {
                let request = ReportRequest(range: DayRange(first: first, last: last)!)
                let fast = try await store.figures(for: request)
                let plain = try await MetricsStoreReports(store: store).figures(for: request)
                #expect(fast == plain, "range \(first)...\(last)")
                #expect(fast.totals.adviceClicks > 0, "range \(first)...\(last)")
            }
        }
    }

    @Test func monthSplitCutsARangeAtWholeMonths() {
        let d = { (y: Int, m: Int, day: Int) in Day(year: y, month: m, day: day)! }
        let inside = MonthSplit(DayRange(first: d(2026, 1, 5), last: d(2026, 1, 31))!)
        #expect(inside.months == nil && inside.head == DayRange(first: d(2026, 1, 5), last: d(2026, 1, 31)) && inside.tail == nil)
        let around = MonthSplit(DayRange(first: d(2025, 12, 15), last: d(2026, 3, 2))!)
        #expect(around.months?.first == "2026-01" && around.months?.last == "2026-02")
        #expect(around.head == DayRange(first: d(2025, 12, 15), last: d(2025, 12, 31)))
        #expect(around.tail == DayRange(first: d(2026, 3, 1), last: d(2026, 3, 2)))
        let leap = MonthSplit(DayRange(first: d(2024, 2, 1), last: d(2024, 2, 29))!)
        #expect(leap.months?.first == "2024-02" && leap.months?.last == "2024-02" && leap.head == nil && leap.tail == nil)
        let notLeapEnd = MonthSplit(DayRange(first: d(2024, 2, 1), last: d(2024, 2, 28))!)
        #expect(notLeapEnd.months == nil)
    }
}
