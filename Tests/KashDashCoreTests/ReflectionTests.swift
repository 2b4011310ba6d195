import Testing

@testable import KashDashCore

/// A reflection ("how would you feel?") has no wrong answer: any choice gets the same
/// points, and neither the safe nor the unsafe count moves.
@Suite struct ReflectionTests {
    @Test(arguments: [0, 1])
    func anyAnswerIsWelcomeAndUncounted(choice: Int) {
        var plan = BuiltInLevels.training(seed: 1)
        plan.messages[0].kind = .reflection
        var simulation = Simulation(plan: plan, seed: 1)
        let pilot = AutoPilot()
        var events: [GameEvent] = []
        var seen: [GameEvent] = []
        while simulation.state.phase != .message(0), simulation.state.tick < 20_000 {
            events.removeAll()
            simulation.step(pilot.input(for: simulation), events: &events)
        }
        let scoreBefore = simulation.state.score
        for _ in 0..<120 {
            events.removeAll()
            simulation.step(.choose(choice), events: &events)
            seen += events
            if case .feedback = simulation.state.phase { break }
        }
        #expect(seen.contains(.reflectionAnswered(message: 0, choice: choice)))
        #expect(!seen.contains { if case .messageAnswered = $0 { true } else { false } })
        #expect(simulation.state.rightAnswers == 0)
        #expect(simulation.state.wrongAnswers == 0)
        #expect(simulation.state.score == scoreBefore + ScoreRules.safeAnswer)
        #expect(simulation.state.answers[0] == Int8(choice))
    }

    @Test func aQuestionListsItsSafeChoicesAReflectionNone() {
        var message = BuiltInLevels.training(seed: 1).messages[0]
        #expect(message.safeChoices.map(\.text) == ["I can't be sure who they are"])
        message.kind = .reflection
        #expect(message.safeChoices.isEmpty)
    }
}
