import KashDashContract
import Testing

@testable import KashDashGame

/// What each report becomes in the outbox: a client kind the server accepts, with its ids.
@Suite struct ReportEventTests {
    static let day = Day(iso: "2026-11-27")!

    @Test func everyReportBecomesAClientEventWithTheIDsItsKindNeeds() throws {
        let reports: [GameReport] = [
            .levelStarted(level: "a"), .levelFinished(level: "a"),
            .messageAnswered(level: "a", message: "m", safe: true),
            .messageAnswered(level: "a", message: "m", safe: false),
            .linkShown(link: "childline", level: "a"), .linkOpenedOffline(link: "childline", level: "a"),
        ]
        for report in reports {
            let event = try #require(report.clientEvent(on: Self.day))
            #expect(event.kind.isClientKind)
            #expect(event.day == Self.day)
            let needs = event.kind.requires
            #expect(!needs.level || event.level != nil)
            #expect(!needs.link || event.link != nil)
            #expect(!needs.message || event.message != nil)
        }
        // `link_opened` is for clients that open links without the redirect's count; this game
        // either goes through `/go` (counted there) or opens offline (`link_opened_offline`).
        #expect(
            Set(reports.compactMap { $0.clientEvent(on: Self.day)?.kind })
                == Set(EventKind.clientKinds).subtracting([.linkOpened]))
    }

    @Test func aLinkOpenedThroughTheRedirectIsLeftToTheServer() {
        #expect(GameReport.linkOpened(link: "childline", level: "a").clientEvent(on: Self.day) == nil)
    }
}
