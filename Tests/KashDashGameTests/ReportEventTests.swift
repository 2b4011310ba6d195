import KashDashContract
import Testing

@testable import KashDashGame

/// What each report becomes in the outbox: a client kind the server accepts, with its ids.
@Suite struct ReportEventTests {
    static let day = Day(iso: "2026-11-27")!

    @Test func everyReportBecomesAClientEventWithTheIDsItsKindNeeds() throws {
        let reports: [GameReport] = [
            .levelStarted(level: "a"), .levelFinished(level: "a"),
            .messageAnswered(level: "a", message: "m", encounter: .first, verdict: .safe),
            .messageAnswered(level: "a", message: "m", encounter: .second, verdict: .unsafe),
            .messageAnswered(level: "a", message: "m", encounter: .later, verdict: nil),
            .linkShown(link: "childline", level: "a"), .linkOpenedOffline(link: "childline", level: "a"),
        ]
        for report in reports {
            let event = try #require(report.clientEvent(on: Self.day))
            #expect(event.language == nil)
            #expect(try #require(report.clientEvent(on: Self.day, language: .polish)).language == .polish)
            #expect(event.kind.isClientKind)
            #expect(event.day == Self.day)
            let needs = event.kind.requires
            #expect(!needs.level || event.level != nil)
            #expect(!needs.link || event.link != nil)
            #expect(!needs.message || event.message != nil)
            #expect(event.answerFieldsFit)
        }
        // `link_opened` is for clients that open links without the redirect's count; this game
        // either goes through `/go` (counted there) or opens offline (`link_opened_offline`).
        // The answer kinds without a bucket are only still accepted from older games.
        #expect(
            Set(reports.compactMap { $0.clientEvent(on: Self.day)?.kind })
                == Set(EventKind.clientKinds).subtracting([.linkOpened, .messageAnsweredSafe, .messageAnsweredUnsafe]))
    }

    @Test func anAnswerCarriesItsBucketAndVerdictAndAReflectionNoVerdict() throws {
        let scored = try #require(
            GameReport.messageAnswered(level: "a", message: "m", encounter: .second, verdict: .unsafe).clientEvent(on: Self.day))
        #expect(scored.kind == .messageAnswered)
        #expect(scored.encounter == .second)
        #expect(scored.verdict == .unsafe)
        let reflection = try #require(
            GameReport.messageAnswered(level: "a", message: "m", encounter: .first, verdict: nil).clientEvent(on: Self.day))
        #expect(reflection.kind == .reflectionAnswered)
        #expect(reflection.verdict == nil)
        #expect(reflection.answerFieldsFit)
    }

    @Test func aLinkOpenedThroughTheRedirectIsLeftToTheServer() {
        #expect(GameReport.linkOpened(link: "childline", level: "a").clientEvent(on: Self.day) == nil)
    }
}
