import Testing
@testable import KashDashCore

@Suite struct RulesTests {
    /// Flies the simple level with the bot until the message shows.
    private func flyToMessage() -> (Simulation, [GameEvent]) {
        var simulation = Simulation(plan: TestLevels.simple(), seed: 1)
        var events: [GameEvent] = []
        let pilot = AutoPilot()
        while !(simulation.state.phase == .message(0)), simulation.state.tick < 5_000 {
            events += simulation.step(pilot.input(for: simulation))
        }
        return (simulation, events)
    }

    @Test func passingAGateAndCollectingAPickupScore() {
        // A column of pickups 40 px apart at x = 800: a dog passing there at any height between
        // 240 and 400 must touch at least one (touch distance is 24 + 22 px).
        var plan = TestLevels.simple()
        plan.pickups = stride(from: 260, through: 380, by: 40).map { Pickup(x: Fixed(800), y: Fixed($0), kind: "star", points: 5) }
        var simulation = Simulation(plan: plan, seed: 1)
        var events: [GameEvent] = []
        let pilot = AutoPilot()
        while simulation.state.phase != .message(0), simulation.state.tick < 5_000 {
            events += simulation.step(pilot.input(for: simulation))
        }
        let collected = events.compactMap { event -> Int? in
            if case .pickupCollected(let index, let points) = event, points == 5 { index } else { nil }
        }
        #expect(events.contains(.gatePassed(gate: 0)))
        #expect(!collected.isEmpty, "the dog flew through the column of pickups")
        #expect(Set(collected).count == collected.count, "no pickup is collected twice")
        #expect(collected.allSatisfy { simulation.state.isCollected($0) })
        #expect(simulation.state.score == ScoreRules.gatePassed + 5 * collected.count)
        #expect(events.contains(.messageShown(message: 0)))
    }

    @Test func aMessageStopsTimeUntilAChoiceIsMade() {
        var (simulation, _) = flyToMessage()
        let frozen = simulation.state
        for _ in 0..<600 {
            simulation.step(.flap)  // flapping does not answer or move anything
            simulation.step(.choose(5))  // nor does a choice that does not exist
        }
        #expect(simulation.state.distance == frozen.distance)
        #expect(simulation.state.dogY == frozen.dogY)
        #expect(simulation.state.phase == .message(0))
        #expect(simulation.state.tick == frozen.tick + 1_200)
    }

    @Test func safeAnswersScoreAndUnsafeOnesCostNothing() {
        var (safe, _) = flyToMessage()
        var (unsafe, _) = flyToMessage()
        let before = safe.state.score
        #expect(safe.step(.choose(0)) == [.messageAnswered(message: 0, choice: 0, safe: true)])
        #expect(unsafe.step(.choose(1)) == [.messageAnswered(message: 0, choice: 1, safe: false)])
        #expect(safe.state.score == before + ScoreRules.safeAnswer)
        #expect(unsafe.state.score == before)
        #expect(safe.state.phase == .feedback(message: 0, choice: 0))
        #expect(unsafe.state.wrongAnswers == 1)
        #expect(safe.state.answers == [0])
        #expect(safe.step(.flap) == [.feedbackClosed(message: 0)])
        #expect(safe.state.phase == .ready)
    }

    @Test func reachingTheFinishEndsTheLevel() {
        var simulation = Simulation(plan: TestLevels.simple(), seed: 1)
        _ = TestLevels.playWithBot(&simulation)
        #expect(simulation.state.phase == .finished)
        #expect(simulation.state.distance >= simulation.plan.finishX)
        let ticks = simulation.state.tick
        simulation.step(.flap)
        #expect(simulation.state.distance >= simulation.plan.finishX, "nothing moves after the finish")
        #expect(simulation.state.tick == ticks + 1)
    }

    @Test func ranksFollowTheScore() {
        #expect(Rank.forScore(0) == .cadet)
        #expect(Rank.forScore(59) == .cadet)
        #expect(Rank.forScore(60) == .constable)
        #expect(Rank.forScore(10_000) == .chiefConstable)
        #expect(Rank.allCases.map(\.minimumScore) == Rank.allCases.map(\.minimumScore).sorted())
        #expect(Rank.chiefConstable.next == nil)
        #expect(Rank.cadet.next == .constable)
        #expect(Rank.chiefInspector.title == "Chief Inspector")
    }

    @Test func levelScriptHooksAddScoreAndBannersThroughTheRunsGenerator() {
        final class Hooks: LevelScriptHooks {
            var wantsGatePassed: Bool { true }
            var wantsMessageAnswered: Bool { false }
            func react(to event: GameEvent, state: SimulationState, rng: inout EngineRNG) -> [ScriptEffect] {
                [.addScore(rng.int(in: 1...3)), .banner("Nice flying!")]
            }
        }
        var withHooks = Simulation(plan: TestLevels.simple(), seed: 4, hooks: Hooks())
        var again = Simulation(plan: TestLevels.simple(), seed: 4, hooks: Hooks())
        var events: [GameEvent] = []
        let pilot = AutoPilot()
        while withHooks.state.nextGate == 0, withHooks.state.tick < 3_000 {
            let input = pilot.input(for: withHooks)
            events += withHooks.step(input)
            again.step(input)
        }
        #expect(events.contains(.bonus(points: 0, banner: "Nice flying!")))
        #expect(events.contains { if case .bonus(let points, nil) = $0 { (1...3).contains(points) } else { false } })
        #expect(withHooks.state.hash == again.state.hash, "hooks draw from the run's seeded generator")
    }

    @Test func builtInLevelsAreWellFormed() {
        for id in BuiltInLevels.ids {
            let plan = BuiltInLevels.plan(id: id, seed: 3)!
            #expect(plan.info.id == id)
            #expect(plan.gates.map(\.x) == plan.gates.map(\.x).sorted())
            #expect(plan.messages.allSatisfy { $0.choices.contains(where: \.isSafe) })
            #expect(plan.finishX > plan.gates.last!.x)
        }
        #expect(BuiltInLevels.plan(id: "nope", seed: 1) == nil)
        #expect(BuiltInLevels.plan(id: "training", seed: 1) != BuiltInLevels.plan(id: "training", seed: 2))
    }
}
