import KashDashContract
import KashDashMetrics
import Testing

/// The language counts every store must keep: day x kind x language, bots never, events that
/// did not say their language never, over exactly the days asked for.
extension StoreContract {
    static func languageCountsKeepDayKindAndLanguageOnly(_ store: any MetricsStore) async throws {
        func started(_ language: Language?, day: Day = today) -> MetricEvent {
            MetricEvent(kind: .levelStarted, day: day, source: .kiosk, level: "tell-an-adult", language: language)
        }
        var polishAnswer = answer("friend-request", .first, .unsafe)
        polishAnswer.language = .polish
        var urduReflection = answer("how-did-it-feel", .second, nil)
        urduReflection.language = .urdu
        let batch = [
            started(.polish), started(.polish), started(.urdu), started(.english),
            started(nil),  // a game from before languages: in every other figure, not here
            started(.polish, day: today.adding(days: -8)),  // outside the week
            polishAnswer, urduReflection,
        ]
        #expect(try await store.record(EventBatch(batchID: "languages-0001", events: batch)) == .recorded(batch.count))
        #expect(try await store.record(EventBatch(batchID: "languages-0001", events: batch)) == .duplicate)
        // Clicks the server observes count with the language their `/go` address named; a
        // bot's never.
        var click = StoreContract.click("childline", source: .kioskQR)
        click.language = .welsh
        var botClick = click
        botClick.isBot = true
        try await store.record([click, click, botClick])

        let counts = try await store.languageCounts(in: week)
        #expect(counts == [
            LanguageCount(language: .welsh, kind: .adviceClick, count: 2),
            LanguageCount(language: .english, kind: .levelStarted, count: 1),
            LanguageCount(language: .polish, kind: .levelStarted, count: 2),
            LanguageCount(language: .polish, kind: .messageAnsweredUnsafe, count: 1),
            LanguageCount(language: .urdu, kind: .levelStarted, count: 1),
            LanguageCount(language: .urdu, kind: .reflectionAnswered, count: 1),
        ].sorted { ($0.language.tag, $0.kind.rawValue) < ($1.language.tag, $1.kind.rawValue) })
        // The language never splits the other figures: five levels started this week.
        #expect(try await store.dailyCounts(of: .levelStarted, in: week).values.reduce(0, +) == 5)
        #expect(try await store.totals(in: week).botAdviceClicks == 1)
        let lastWeek = DayRange(first: today.adding(days: -8), last: today.adding(days: -8))!
        #expect(try await store.languageCounts(in: lastWeek) == [LanguageCount(language: .polish, kind: .levelStarted, count: 1)])
        // Expiring raw rows keeps them, as it keeps every aggregate.
        _ = try await store.expireRawEvents(before: today.adding(days: 1), forgetBatchesBefore: today.adding(days: 1))
        #expect(try await store.languageCounts(in: week).count == 6)
    }
}
