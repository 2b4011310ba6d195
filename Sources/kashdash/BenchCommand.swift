import ArgumentParser
import KashDashCore

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
        let resolved: ResolvedLevel
        do { resolved = try LevelResolver.resolve(level, seed: seed) } catch {
            printError(error.description)
            throw ExitStatus.badLevel
        }
        // Record the bot's flight once; a round replays it, restarting the level as often as
        // needed to reach `ticks`, so only the simulation is timed.
        var simulation = Simulation(plan: resolved.plan, seed: seed, hooks: resolved.hooks)
        var inputs: [TickInput] = []
        let pilot = AutoPilot()
        while !simulation.state.phase.isOver && inputs.count < ticks {
            let input = pilot.input(for: simulation)
            inputs.append(input)
            simulation.step(input)
        }
        // Plain locals: reading @Option properties inside the timed loop would be timed too.
        let ticks = self.ticks
        let plan = resolved.plan
        let hooks = resolved.hooks
        let seed = self.seed
        let clock = ContinuousClock()
        var durations: [Duration] = []
        var checksum: UInt64 = 0
        for _ in 0..<max(1, rounds) {
            var events: [GameEvent] = []
            events.reserveCapacity(16)
            let elapsed = clock.measure {
                var done = 0
                while done < ticks {
                    var run = Simulation(plan: plan, seed: seed, hooks: hooks)
                    for input in inputs where done < ticks {
                        events.removeAll(keepingCapacity: true)
                        run.step(input, events: &events)
                        done += 1
                    }
                    checksum = checksum &* 31 &+ run.state.hash  // keeps the work observable
                }
            }
            durations.append(elapsed)
        }
        durations.sort()
        let median = durations[durations.count / 2]
        print("level \(resolved.plan.info.id), seed \(seed), \(ticks) ticks per round, \(durations.count) rounds (bot run: \(inputs.count) ticks, \(simulation.state.phase == .finished ? "finished" : "not finished"))")
        print("best   \(durations[0].millisecondsText)  \(durations[0].rate(of: ticks)) ticks/s")
        print("median \(median.millisecondsText)  \(median.rate(of: ticks)) ticks/s")
        print("checksum \(checksum.hex16)")
    }
}
