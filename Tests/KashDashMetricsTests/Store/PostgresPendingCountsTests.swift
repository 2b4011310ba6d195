import KashDashContract
import KashDashMetrics
import Logging
import Testing

/// Clicks committed on PostgreSQL wait in `pending_counts` until a fold adds them to the
/// aggregates (`PostgresPendingCounts`). What an instance acknowledged must be counted once
/// whichever instance folds, and a read must include it at once.
@Suite(
    .serialized,
    .enabled(if: TestPostgres.url != nil, "KASHDASH_POSTGRES_URL is not set; skipping the PostgreSQL store tests"))
struct PostgresPendingCountsTests {
    let today = Day(unixSeconds: 1_764_806_400)

    func click(_ link: String) -> MetricEvent {
        MetricEvent(kind: .adviceClick, day: today, source: .web, level: "time-out", link: link)
    }

    @Test func aReadRightAfterTheAcknowledgementSeesTheClick() async throws {
        let store = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
        defer { store.shutdown() }
        try await store.withExclusiveUse {
            try await store.deleteEverything()
            for _ in 0..<3 { try await store.record([click("childline")]) }
            let totals = try await store.totals(in: DayRange(first: today, last: today)!)
            #expect(totals.adviceClicks == 3)
            let rows = try await store.breakdown(.adviceLink, in: DayRange(first: today, last: today)!)
            #expect(rows == [BreakdownRow(key: "childline", count: 3)])
        }
    }

    @Test func countsLeftByAStoppedInstanceAreFoldedOnceByAnother() async throws {
        let holder = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
        defer { holder.shutdown() }
        try await holder.withExclusiveUse {
            try await holder.deleteEverything()
            // One instance commits and stops at once, most likely before its background
            // fold (every 250 ms) has run.
            let first = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
            try await first.record((0..<40).map { click($0 % 2 == 0 ? "childline" : "nspcc") })
            first.shutdown()
            // Two other instances read and fold at the same moment: each click counts once.
            let second = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
            defer { second.shutdown() }
            let range = DayRange(first: today, last: today)!
            async let viaHolder = holder.totals(in: range)
            async let viaSecond = second.totals(in: range)
            let (a, b) = try await (viaHolder, viaSecond)
            #expect(a.adviceClicks == 40 && b.adviceClicks == 40)
            #expect(try await second.breakdown(.adviceLink, in: range).map(\.count) == [20, 20])
        }
    }
}
