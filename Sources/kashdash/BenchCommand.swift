import ArgumentParser
import KashDashCore
import KashDashLevels

/// `kashdash bench`: simulated ticks per second, for docs/PERFORMANCE.md. Not a test.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure simulation speed (ticks per second) on a level played by the bot.",
        discussion: "Build with -c release for meaningful figures. The bot's inputs are recorded first; only replaying them is timed.")

    @Option(help: "Level id or .lua path.")
    var level: String = "training-hard"

    @Option(help: "Seed.")
    var seed: UInt64 = 7

    @Option(help: "Ticks to simulate per round (10,800 = a 3-minute run).")
    var ticks: Int = 10_800

    @Option(help: "Timed rounds; the best and the median are reported.")
    var rounds: Int = 30

    func run() throws {
        let resolved: LoadedLevel
        do { resolved = try LevelSource().load(level, seed: seed) } catch {
            printError(error.description)
            throw ExitStatus.badLevel
        }
        let timing = BotReplayTiming(plan: resolved.plan, seed: seed, hooks: resolved.hooks, ticks: ticks, rounds: rounds)
        print("level \(resolved.plan.info.id), seed \(seed), \(ticks) ticks per round, \(timing.durations.count) rounds (bot run: \(timing.inputs.count) ticks, \(timing.botRun.state.phase == .finished ? "finished" : "not finished"))")
        print("best   \(timing.best.millisecondsText)  \(timing.best.rate(of: ticks)) ticks/s")
        print("median \(timing.median.millisecondsText)  \(timing.median.rate(of: ticks)) ticks/s")
        print("checksum \(timing.checksum.hex16)")
    }
}

/// The bot's flight on a level, recorded once, then replayed in timed rounds (the level
/// restarted as often as needed to reach `ticks`), so only the simulation is timed.
/// Shared by `kashdash bench` and `kashdash levels bench`.
struct BotReplayTiming {
    /// The bot's inputs (at most `ticks`), and the simulation after them.
    let inputs: [TickInput]
    let botRun: Simulation
    /// One duration per round, fastest first.
    let durations: [Duration]
    var best: Duration { durations[0] }
    var median: Duration { durations[durations.count / 2] }
    /// Mixes every round's final state hash, so the timed work stays observable.
    let checksum: UInt64

    init(plan: LevelPlan, seed: UInt64, hooks: (any LevelScriptHooks)?, ticks: Int, rounds: Int) {
        var simulation = Simulation(plan: plan, seed: seed, hooks: hooks)
        var inputs: [TickInput] = []
        let pilot = AutoPilot()
        while !simulation.state.phase.isOver && inputs.count < ticks {
            let input = pilot.input(for: simulation)
            inputs.append(input)
            simulation.step(input)
        }
        let clock = ContinuousClock()
        var durations: [Duration] = []
        var checksum: UInt64 = 0
        var events: [GameEvent] = []
        events.reserveCapacity(16)
        for _ in 0..<max(1, rounds) {
            durations.append(clock.measure {
                var done = 0
                while done < ticks {
                    var run = Simulation(plan: plan, seed: seed, hooks: hooks)
                    for input in inputs where done < ticks {
                        events.removeAll(keepingCapacity: true)
                        run.step(input, events: &events)
                        done += 1
                    }
                    checksum = checksum &* 31 &+ run.state.hash
                }
            })
        }
        self.inputs = inputs
        botRun = simulation
        self.durations = durations.sorted()
        self.checksum = checksum
    }
}
