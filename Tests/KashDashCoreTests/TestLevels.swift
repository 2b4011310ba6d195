@testable import KashDashCore

/// Small hand-made levels whose geometry the tests know exactly.
enum TestLevels {
    /// One wide gate at x = 600 (gap 200...440), a pickup at (800, 320), a message at x = 1000,
    /// the finish at 1400.
    static func simple(lives: Int = 3) -> LevelPlan {
        LevelPlan(
            info: LevelInfo(id: "test-simple", title: "Test", topic: "test", lesson: "Test lesson."),
            gates: [Gate(x: Fixed(600), gapCenterY: Fixed(320), gapHeight: Fixed(240), width: Fixed(100))],
            pickups: [Pickup(x: Fixed(800), y: Fixed(320), kind: "star", points: 5)],
            messages: [SafetyMessage(id: "m", atX: Fixed(1000), prompt: "Q?", choices: [
                Choice(text: "Safe", isSafe: true, feedback: "Yes."),
                Choice(text: "Unsafe", isSafe: false, feedback: "No."),
            ])],
            finishX: Fixed(1400), lives: lives, sourceHash: 0xABCD)
    }

    /// Steps with no input until `condition` holds or `limit` ticks pass.
    static func run(_ simulation: inout Simulation, input: TickInput = .none, limit: Int = 10_000,
                    until condition: (Simulation) -> Bool) -> [GameEvent] {
        var all: [GameEvent] = []
        for _ in 0..<limit where !condition(simulation) {
            all += simulation.step(input)
        }
        return all
    }

    /// Lets the bot play until the run is over.
    static func playWithBot(_ simulation: inout Simulation, pilot: AutoPilot = AutoPilot(), limit: Int = 40_000) -> [TickInput] {
        var inputs: [TickInput] = []
        while !simulation.state.phase.isOver, inputs.count < limit {
            let input = pilot.input(for: simulation)
            inputs.append(input)
            simulation.step(input)
        }
        return inputs
    }
}
