import GRDB
import KashDashContract
import Testing

@testable import KashDashMetrics

/// The SQLite report roll-ups (tables kept by triggers) must always say exactly what the
/// plain queries over `daily_counts` say; the dashboard trusts them for every figure.
@Suite struct ReportsRollupTests {
    static let today = Day(iso: "2026-11-27")!

    /// A mixed, lumpy history: several days, every dimension, bots, repeated upserts of the
    /// same aggregate key, client batches and server events.
    static func recordHistory(_ store: any MetricsStore) async throws {
        for offset in 0..<20 {
            let day = today.adding(days: -offset)
            var events: [MetricEvent] = []
            for index in 0..<(offset % 7 + 3) {
                events.append(
                    MetricEvent(
                        kind: .adviceClick, day: day, source: index % 3 == 0 ? .kiosk : .desktop,
                        level: index % 2 == 0 ? "online-friends" : nil,
                        link: index % 4 == 0 ? "childline" : "thinkuknow"))
                events.append(
                    MetricEvent(
                        kind: .download, day: day, file: index % 2 == 0 ? "KashDash.AppImage" : "kashdash.deb",
                        isBot: index == 1))
            }
            events.append(MetricEvent(kind: .adviceClick, day: day, link: "childline", isBot: true))
            try await store.record(events)
            try await store.record(Array(events.prefix(2)))  // same keys again: the UPDATE trigger
            let unsafe = (0..<(offset % 5)).map { _ in
                MetricEvent(kind: .messageAnsweredUnsafe, day: day, source: .kiosk, message: "meet-up")
            }
            let batch =
                unsafe + [
                    MetricEvent(kind: .levelFinished, day: day, level: "online-friends"),
                    MetricEvent(kind: .messageAnsweredUnsafe, day: day, message: "free-prize"),
                ]
            _ = try await store.record(EventBatch(batchID: "rollup-\(offset)", events: batch))
        }
    }

    static let ranges: [DayRange] = [
        DayRange(first: today, last: today)!,
        DayRange(first: today.adding(days: -6), last: today)!,
        DayRange(first: today.adding(days: -40), last: today.adding(days: -3))!,
        DayRange(first: today.adding(days: -400), last: today)!,
    ]

    @Test func rollupsAgreeWithThePlainQueries() async throws {
        let store = try SQLiteMetricsStore(writer: DatabaseQueue())
        try await Self.recordHistory(store)
        for range in Self.ranges {
            let request = ReportRequest(range: range)
            let fast = try await store.figures(for: request)
            let plain = try await MetricsStoreReports(store: store).figures(for: request)
            #expect(fast == plain, "range \(range.first)...\(range.last)")
        }
        let week = try await store.figures(for: ReportRequest(range: Self.ranges[1]))
        #expect(week.totals.adviceClicks > 0 && week.totals.botAdviceClicks == 7 && week.totals.botDownloads == 7)
        #expect(week.breakdowns[.adviceLink]?.contains { $0.key == "childline" } == true)
        #expect(week.breakdowns[.unsafeMessage]?.first?.key == "meet-up")
    }

    @Test func reportStoreForPicksTheRollupsForSQLite() throws {
        let store = try SQLiteMetricsStore(writer: DatabaseQueue())
        #expect(reportStore(for: store) is SQLiteMetricsStore)
    }

    @Test func limitKeepsTheLargestRows() async throws {
        let store = try SQLiteMetricsStore(writer: DatabaseQueue())
        for (index, link) in ["a-link", "b-link", "c-link", "d-link"].enumerated() {
            try await store.record(
                Array(repeating: MetricEvent(kind: .adviceClick, day: Self.today, link: link), count: index + 1))
        }
        let figures = try await store.figures(
            for: ReportRequest(range: Self.ranges[0], breakdowns: [.adviceLink], breakdownLimit: 2))
        #expect(
            figures.breakdowns[.adviceLink] == [
                BreakdownRow(key: "d-link", count: 4), BreakdownRow(key: "c-link", count: 3),
            ])
        #expect(figures.breakdowns[.level] == nil)
    }

    /// A store from before the roll-ups (v1 only) gets them filled from its aggregates.
    @Test func migrationBackfillsExistingAggregates() async throws {
        let queue = try DatabaseQueue()
        let v1 = try SQLiteMetricsStore(writer: queue)
        try await Self.recordHistory(v1)
        let expected = try await MetricsStoreReports(store: v1).figures(for: ReportRequest(range: Self.ranges[3]))
        try await queue.write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER report_rollup_after_insert; DROP TRIGGER report_rollup_after_update; DROP TRIGGER report_rollup_after_delete;
                    DROP TABLE report_daily_totals; DROP TABLE report_daily_breakdown;
                    DELETE FROM grdb_migrations WHERE identifier = 'v2: report roll-ups';
                    """)
        }
        let reopened = try SQLiteMetricsStore(writer: queue)  // runs v2 again: tables, backfill, triggers
        #expect(try await reopened.figures(for: ReportRequest(range: Self.ranges[3])) == expected)
    }

    @Test func deletedAggregatesLeaveTheRollups() async throws {
        let queue = try DatabaseQueue()
        let store = try SQLiteMetricsStore(writer: queue)
        try await Self.recordHistory(store)
        try await queue.write { db in
            try db.execute(
                sql: "DELETE FROM daily_counts WHERE day = ? AND kind = 'advice_click'", arguments: [Self.today.iso])
        }
        let request = ReportRequest(range: Self.ranges[1])
        #expect(
            try await store.figures(for: request) == (try await MetricsStoreReports(store: store).figures(for: request))
        )
    }
}
