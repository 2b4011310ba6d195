import Testing
@testable import KashDashCore

@Suite struct AutoPilotTests {
    @Test(arguments: BuiltInLevels.ids, [60, 100])
    func theBotFinishesBuiltInLevels(id: String, speed: Int) throws {
        for seed: UInt64 in [1, 2] {
            let plan = try #require(BuiltInLevels.plan(id: id, seed: seed))
            var simulation = Simulation(plan: plan, seed: seed, settings: RunSettings(speedPercent: speed))
            _ = TestLevels.playWithBot(&simulation)
            #expect(simulation.state.phase == .finished, "\(id) seed \(seed) at \(speed) %")
            #expect(simulation.state.nextMessage == plan.messages.count, "every message was shown")
            #expect(simulation.state.rightAnswers == plan.messages.count)
        }
    }

    @Test func theBotCanChooseUnsafeAnswersToExerciseFeedback() throws {
        let plan = TestLevels.simple()
        var simulation = Simulation(plan: plan, seed: 1)
        _ = TestLevels.playWithBot(&simulation, pilot: AutoPilot(answersSafely: false))
        #expect(simulation.state.wrongAnswers == 1)
        #expect(simulation.state.phase == .finished)
    }

    @Test func botRunsAreDeterministic() throws {
        let plan = try #require(BuiltInLevels.plan(id: "training-hard", seed: 9))
        var a = Simulation(plan: plan, seed: 9)
        var b = Simulation(plan: plan, seed: 9)
        let inputsA = TestLevels.playWithBot(&a)
        let inputsB = TestLevels.playWithBot(&b)
        #expect(inputsA == inputsB)
        #expect(a.state.hash == b.state.hash)
    }
}
