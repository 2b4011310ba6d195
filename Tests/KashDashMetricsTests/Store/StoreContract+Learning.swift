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
        _ = try await store.expireRawEvents(before: today.adding(days: 1))
        #expect(try await store.learning(in: week).count == 3)
    }
}
