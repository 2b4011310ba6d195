import KashDashContract
import KashDashMetrics
import Testing

/// The behaviour every `MetricsStore` must show. SQLite and PostgreSQL suites call these.
enum StoreContract {
    static let today = Day(iso: "2026-11-27")!
    static var week: DayRange { DayRange(first: today.adding(days: -6), last: today)! }

    static func click(_ link: String, source: EventSource? = .desktop, level: String? = nil, day: Day = today, bot: Bool = false) -> MetricEvent {
        MetricEvent(kind: .adviceClick, day: day, source: source, level: level, link: link, isBot: bot)
    }

    static func batchIsStoredOnceAndCounted(_ store: any MetricsStore) async throws {
        let events = [
            MetricEvent(kind: .levelFinished, day: today, source: .kiosk, appVersion: "1.0.0", level: "tell-an-adult"),
            MetricEvent(kind: .levelFinished, day: today.adding(days: -1), source: .kiosk, level: "passwords"),
            MetricEvent(kind: .messageAnsweredUnsafe, day: today, source: .kiosk, message: "friend-request"),
        ]
        #expect(try await store.record(EventBatch(batchID: "batch-0000001", events: events)) == .recorded(3))
        #expect(try await store.record(EventBatch(batchID: "batch-0000001", events: events)) == .duplicate)
        #expect(try await store.rawEventCount() == 3)
        let totals = try await store.totals(in: week)
        #expect(totals.levelsFinished == 2)
        let unsafe = try await store.breakdown(.unsafeMessage, in: week)
        #expect(unsafe == [BreakdownRow(key: "friend-request", count: 1)])
    }

    static func serverEventsFeedHeadlinesWithBotsApart(_ store: any MetricsStore) async throws {
        try await store.record([click("childline"), click("childline"), click("thinkuknow", source: .kiosk)])
        try await store.record([click("childline", bot: true)])
        try await store.record([
            MetricEvent(kind: .download, day: today, file: "kashdash.AppImage"),
            MetricEvent(kind: .download, day: today, file: "kashdash.AppImage", isBot: true),
        ])
        let totals = try await store.totals(in: week)
        #expect(totals.adviceClicks == 3)
        #expect(totals.botAdviceClicks == 1)
        #expect(totals.downloads == 1)
        #expect(totals.botDownloads == 1)
        #expect(try await store.breakdown(.adviceLink, in: week) == [
            BreakdownRow(key: "childline", count: 2), BreakdownRow(key: "thinkuknow", count: 1),
        ])
        #expect(try await store.breakdown(.source, in: week) == [
            BreakdownRow(key: "desktop", count: 2), BreakdownRow(key: "kiosk", count: 1),
        ])
        #expect(try await store.breakdown(.file, in: week) == [BreakdownRow(key: "kashdash.AppImage", count: 1)])
    }

    static func rangesAndDailySeriesRespectDays(_ store: any MetricsStore) async throws {
        try await store.record([
            click("childline", day: today), click("childline", day: today.adding(days: -2)),
            click("childline", day: today.adding(days: -2)), click("childline", day: today.adding(days: -30)),
        ])
        let series = try await store.dailyCounts(of: .adviceClick, in: week)
        #expect(series == [today: 1, today.adding(days: -2): 2])
        #expect(try await store.totals(in: week).adviceClicks == 3)
        let lastMonth = DayRange(first: today.adding(days: -40), last: today.adding(days: -20))!
        #expect(try await store.totals(in: lastMonth).adviceClicks == 1)
    }

    static func expiryDropsRawRowsButKeepsAggregates(_ store: any MetricsStore) async throws {
        let old = today.adding(days: -40)
        #expect(try await store.record(EventBatch(batchID: "old-batch-01", events: [click("childline", day: old).asLinkShown])) == .recorded(1))
        try await store.record([click("childline", day: old), click("childline", day: today)])
        let deleted = try await store.expireRawEvents(before: today.adding(days: -35), forgetBatchesBefore: today.adding(days: -367))
        #expect(deleted == 2)
        #expect(try await store.rawEventCount() == 1)
        let all = DayRange(first: old, last: today)!
        #expect(try await store.totals(in: all).adviceClicks == 2)
        // The raw rows went, but the batch id is remembered while its days are still accepted:
        // a kiosk that lost the reply and resends months later is not counted twice.
        #expect(try await store.record(EventBatch(batchID: "old-batch-01", events: [click("childline").asLinkShown])) == .duplicate)
        _ = try await store.expireRawEvents(before: today.adding(days: -35), forgetBatchesBefore: today.adding(days: -39))
        #expect(try await store.record(EventBatch(batchID: "old-batch-01", events: [click("childline").asLinkShown])) == .recorded(1))
    }

    static func concurrentWritersAllCommit(_ store: any MetricsStore) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    if index % 2 == 0 {
                        try await store.record([click("childline")])
                    } else {
                        let outcome = try await store.record(EventBatch(batchID: "concurrent-\(index)", events: [click("childline").asLinkShown]))
                        #expect(outcome == .recorded(1))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.rawEventCount() == 200)
        #expect(try await store.totals(in: week).adviceClicks == 100)
    }

    static func sameBatchIDInOneGroupIsStoredOnce(_ store: any MetricsStore) async throws {
        let outcomes = try await withThrowingTaskGroup(of: BatchOutcome.self) { group in
            for _ in 0..<20 {
                group.addTask { try await store.record(EventBatch(batchID: "racing-batch", events: [click("childline").asLinkShown])) }
            }
            return try await group.reduce(into: [BatchOutcome]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == .recorded(1) }.count == 1)
        #expect(outcomes.filter { $0 == .duplicate }.count == 19)
        #expect(try await store.rawEventCount() == 1)
    }

    /// Column names that would mean the store is tracking people.
    static let forbiddenColumnFragments = [
        "ip", "addr", "user_agent", "useragent", "agent", "device", "install", "timestamp", "time",
        "created", "updated", "date", "hour", "minute", "second", "salt", "hash", "fingerprint", "cookie",
        "session", "email", "phone", "name", "referer", "referrer", "lat", "lon", "geo", "location", "uuid",
    ]

    /// The forbidden fragments `column` contains (short ones only as whole `_`-separated words).
    static func trackingFragments(in column: String) -> [String] {
        let words = column.lowercased().split(whereSeparator: { $0 == "_" }).map(String.init)
        return forbiddenColumnFragments.filter { fragment in
            fragment.count <= 3 ? words.contains(fragment) : column.lowercased().contains(fragment)
        }
    }

    static func schemaHasNoTrackingColumns(_ columns: [String: [String]]) {
        #expect(!columns.isEmpty)
        #expect(Set(columns.keys).isSuperset(of: ["events", "daily_counts", "client_batches"]))
        for (table, names) in columns {
            for column in names {
                for fragment in trackingFragments(in: column) {
                    Issue.record("\(table).\(column) looks like tracking data (\(fragment))")
                }
            }
        }
    }
}

extension MetricEvent {
    var asLinkShown: MetricEvent {
        var copy = self
        copy.kind = .linkShown
        return copy
    }
}
