import KashDashCore
import Testing

@testable import KashDashGame

/// The anonymous facts handed to the metrics outbox.
@Suite struct ReportTests {
    @Test func aRoundReportsItsStartAnswersAndFinish() {
        let (app, _) = makeApp()
        app.handle(.primary)
        app.handle(.primary)
        app.handle(.primary)
        app.botFlies = true
        app.botAnswers = true
        app.tickUntil { $0.screenID == .roundEnd }
        #expect(
            app.drainReports() == [
                .levelStarted(level: "training"),
                .messageAnswered(level: "training", message: "same-age", encounter: .first, verdict: .safe),
                .levelFinished(level: "training"),
            ])
        app.handle(.choice(1))
        #expect(app.drainReports() == [.linkShown(link: "childline", level: "training")])
        app.handle(.choice(1))
        #expect(app.drainReports() == [.linkOpenedOffline(link: "childline", level: "training")])
    }

    @Test func throughTheServerALinkIsOpenedNotOffline() {
        let (app, _) = makeApp(server: "https://kashdash.example")
        app.startLevel(id: "training")
        app.botFlies = true
        app.botAnswers = true
        app.tickUntil { $0.screenID == .roundEnd }
        app.perform(.showAdviceLinks)
        _ = app.drainReports()
        app.handle(.choice(1))
        #expect(app.drainReports() == [.linkOpened(link: "childline", level: "training")])
    }

    @Test func demosAndWatchedRunsReportNothing() {
        let (kiosk, _) = makeApp(mode: .kiosk, idleSeconds: 1)
        for _ in 0..<(60 * 30) { kiosk.update() }
        #expect(kiosk.attract)
        #expect(kiosk.drainReports().isEmpty)

        let (watcher, _) = makeApp()
        var simulation = Simulation(plan: BuiltInLevels.training(seed: 1), seed: 1)
        let pilot = AutoPilot()
        while !simulation.state.phase.isOver {
            let events = simulation.step(pilot.input(for: simulation))
            watcher.observe(simulation, events: events)
        }
        #expect(watcher.screenID == .play)
        #expect(watcher.drainReports().isEmpty)
        #expect(watcher.session?.ticksSinceEnd == 1)
    }

    @Test func aWatchedRunFollowsItsTicksAndANewRunStartsFresh() throws {
        let (watcher, _) = makeApp()
        var simulation = Simulation(plan: BuiltInLevels.training(seed: 1), seed: 1)
        let pilot = AutoPilot()
        for _ in 0..<30 {
            let events = simulation.step(pilot.input(for: simulation))
            watcher.observe(simulation, events: events)
        }
        var session = try #require(watcher.session)
        #expect(session.previous.tick == simulation.state.tick - 1)

        // The same level and seed from the start again is another run, not a continuation.
        var again = Simulation(plan: BuiltInLevels.training(seed: 1), seed: 1)
        _ = again.step(.none)
        watcher.observe(again, events: [])
        session = try #require(watcher.session)
        #expect(session.simulation.state.tick == again.state.tick)
        #expect(session.previous.tick == again.state.tick)
        #expect(session.ticksInPhase == 0)
    }
}
