import Testing
@testable import KashDashCore

@Suite struct PhysicsTests {
    @Test func readyPhaseWaitsForAFlapAndTheWorldStandsStill() {
        var simulation = Simulation(plan: TestLevels.simple(), seed: 1)
        for _ in 0..<100 { simulation.step(.none) }
        #expect(simulation.state.phase == .ready)
        #expect(simulation.state.distance == .zero)
        #expect(simulation.state.dogY == simulation.readyHeight, "the dog glides to its ready height")
        let events = simulation.step(.flap)
        #expect(events == [.started, .flapped])
        #expect(simulation.state.phase == .flying)
        #expect(simulation.state.dogVelocity == -simulation.physics.flapImpulse)
    }

    @Test func gravityAccumulatesUpToTerminalVelocity() {
        var simulation = Simulation(plan: TestLevels.simple(), seed: 1)
        simulation.step(.flap)
        let physics = simulation.physics
        var expected = -physics.flapImpulse
        for _ in 0..<10 {
            simulation.step(.none)
            expected = min(expected + physics.gravity, physics.terminalVelocity)
            #expect(simulation.state.dogVelocity == expected)
        }
        for _ in 0..<40 where simulation.state.phase == .flying { simulation.step(.none) }
        #expect(simulation.state.dogVelocity <= physics.terminalVelocity)
    }

    @Test func theSkyIsSoftButTheGroundIsNot() {
        var simulation = Simulation(plan: TestLevels.simple(), seed: 1)
        for _ in 0..<60 { simulation.step(.flap) }
        #expect(simulation.state.dogY == simulation.physics.dogRadius, "flapping into the sky stops at the top")
        #expect(simulation.state.crashes == 0)
        let events = TestLevels.run(&simulation) { $0.state.crashes > 0 }
        #expect(events.contains(.crashed(livesLeft: 2)))
        #expect(simulation.state.phase == .ready, "a crash with lives left waits for the next flap")
    }

    @Test func hittingAGateCrashesAndRespawnsBeforeIt() {
        // Keep the dog near the top: the gate's upper pillar ends at y = 200.
        var high = Simulation(plan: TestLevels.simple(), seed: 1)
        var crashedAt: Fixed?
        for _ in 0..<400 {
            let events = high.step(high.state.dogY > Fixed(100) ? .flap : .none)
            if events.contains(where: { if case .crashed = $0 { true } else { false } }) {
                crashedAt = high.state.distance
                break
            }
        }
        let gate = high.plan.gates[0]
        #expect(crashedAt != nil)
        #expect(high.state.lives == 2)
        #expect(high.state.distance < gate.x - Fixed(50) - high.physics.dogRadius, "respawn is before the gate")
        #expect(high.state.nextGate == 0)
    }

    @Test func runEndsWhenLivesRunOutButNeverInPractice() {
        var normal = Simulation(plan: TestLevels.simple(lives: 2), seed: 1)
        var practice = Simulation(plan: TestLevels.simple(lives: 2), seed: 1, settings: RunSettings(practice: true))
        for _ in 0..<3_000 {
            normal.step(normal.state.phase == .ready ? .flap : .none)
            practice.step(practice.state.phase == .ready ? .flap : .none)
        }
        #expect(normal.state.phase == .gameOver)
        #expect(normal.state.lives == 0)
        #expect(normal.state.crashes == 2)
        #expect(practice.state.phase != .gameOver)
        #expect(practice.state.crashes > 2)
        #expect(practice.state.lives == 2)
    }

    @Test func speedPresetsScaleTimeButKeepThePathsShape() {
        let plan = TestLevels.simple()
        func distanceAtPeak(speed: Int) -> (distance: Fixed, ticks: Int) {
            var simulation = Simulation(plan: plan, seed: 1, settings: RunSettings(speedPercent: speed))
            simulation.step(.flap)
            var ticks = 1
            while simulation.state.dogVelocity < .zero {
                simulation.step(.none)
                ticks += 1
            }
            return (simulation.state.distance, ticks)
        }
        let full = distanceAtPeak(speed: 100)
        let slow = distanceAtPeak(speed: 60)
        #expect(slow.ticks > full.ticks, "at 60 % the rise takes longer")
        // The arc covers about the same ground: within 5 %.
        let difference = abs(slow.distance.raw - full.distance.raw)
        #expect(difference * 20 <= full.distance.raw)
        #expect(RunSettings(speedPercent: 70).speedPercent == 100, "only the presets are accepted")
    }
}
