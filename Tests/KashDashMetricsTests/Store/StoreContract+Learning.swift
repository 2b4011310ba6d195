import KashDashContract
import KashDashMetrics
import Testing

/// The learning counts every store must keep: answers by message, first meeting apart from
/// later ones, reflections apart, over exactly the days asked for.
extension StoreContract {
    static func answer(
        _ message: String, _ encounter: EncounterBucket, _ verdict: AnswerVerdict?, level: String = "tell-an-adult",
        source: EventSource = .kiosk, day: Day = today
    ) -> MetricEvent {
        MetricEvent(
            kind: verdict.map(EventKind.aggregateKind(for:)) ?? .reflectionAnswered, day: day, source: source,
            level: level, message: message, encounter: encounter)
    }

    static func learningCountsAnswersByBucketAndVerdict(_ store: any MetricsStore) async throws {
        let batch = [
            answer("friend-request", .first, .unsafe), answer("friend-request", .first, .unsafe),
            answer("friend-request", .first, .safe, source: .desktop),
            answer("friend-request", .second, .safe), answer("friend-request", .later, .safe),
            answer("friend-request", .later, .unsafe, day: today.adding(days: -3)),
            answer("how-did-it-feel", .first, nil), answer("how-did-it-feel", .second, nil),
            answer("strong-password", .first, .safe, level: "passwords"),
            // Outside the week: must not be counted.
            answer("friend-request", .first, .safe, day: today.adding(days: -8)),
            // An answer without a bucket (an older game) is no learning count.
            MetricEvent(kind: .messageAnsweredSafe, day: today, level: "tell-an-adult", message: "friend-request"),
        ]
        #expect(try await store.record(EventBatch(batchID: "learning-0001", events: batch)) == .recorded(batch.count))
        #expect(try await store.record(EventBatch(batchID: "learning-0001", events: batch)) == .duplicate)
        // Server-side records (no batch) count too.
        try await store.record([answer("strong-password", .second, .unsafe, level: "passwords")])
        #expect(try await store.learning(in: week) == [
            LearningCounts(level: "passwords", message: "strong-password", firstSafe: 1, againUnsafe: 1),
            LearningCounts(level: "tell-an-adult", message: "friend-request", firstSafe: 1, firstUnsafe: 2, againSafe: 2, againUnsafe: 1),
            LearningCounts(level: "tell-an-adult", message: "how-did-it-feel", reflections: 2),
        ])
        let oneDay = DayRange(first: today.adding(days: -3), last: today.adding(days: -3))!
        #expect(try await store.learning(in: oneDay) == [
            LearningCounts(level: "tell-an-adult", message: "friend-request", againUnsafe: 1)
        ])
        // The scored answers still feed "answered unsafely" (bots and buckets aside).
        #expect(try await store.breakdown(.unsafeMessage, in: week) == [
            BreakdownRow(key: "friend-request", count: 3), BreakdownRow(key: "strong-password", count: 1),
        ])
        // Expiring raw rows keeps the learning counts, as it keeps every aggregate.
        _ = try await store.expireRawEvents(before: today.adding(days: 1), forgetBatchesBefore: today.adding(days: 1))
        #expect(try await store.learning(in: week).count == 3)
    }

    /// A long range is answered from whole months and the days around them (PostgreSQL keeps
    /// a monthly roll-up): every answer counts once, whichever part holds its day.
    static func learningOverMonthsCountsEveryDayOnce(_ store: any MetricsStore) async throws {
        let days = ["2026-09-29", "2026-09-30", "2026-10-01", "2026-10-15", "2026-10-31", "2026-11-01", "2026-11-27"]
        var events: [MetricEvent] = []
        for (index, iso) in days.enumerated() {
            let day = Day(iso: iso)!
            events += Array(repeating: answer("meet-up", .first, .safe, level: "online-friends", day: day), count: index + 1)
            events.append(answer("meet-up", .later, .unsafe, level: "online-friends", day: day))
        }
        try await store.record(events)
        // 30 Sep to 27 Nov: a day of September, all of October, most of November.
        let range = DayRange(first: Day(iso: "2026-09-30")!, last: today)!
        #expect(try await store.learning(in: range) == [
            LearningCounts(level: "online-friends", message: "meet-up", firstSafe: 2 + 3 + 4 + 5 + 6 + 7, againUnsafe: 6)
        ])
        let october = DayRange(first: Day(iso: "2026-10-01")!, last: Day(iso: "2026-10-31")!)!
        #expect(try await store.learning(in: october).first?.firstSafe == 3 + 4 + 5)
        let oneDay = DayRange(first: Day(iso: "2026-10-15")!, last: Day(iso: "2026-10-15")!)!
        #expect(try await store.learning(in: oneDay).first?.firstSafe == 4)
    }
}
