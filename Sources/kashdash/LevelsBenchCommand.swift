import ArgumentParser
import Foundation
import KashDashCore
import KashDashLevels

/// `kashdash levels bench`: how long loading and building every level takes, and what the
/// levels' Lua event handlers cost the simulation. For docs/perf/levels.md; not a test.
struct LevelsBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time loading and building all levels, and the simulation with and without Lua handlers.",
        discussion: "Build with -c release for meaningful figures.")

    @Argument(help: "The levels folder (default: the Levels folder).")
    var folder: String?

    @Option(help: "Timed rounds; the best and the median are reported.")
    var rounds: Int = 20

    @Option(help: "Ticks to simulate per round for the handler figures (10,800 = a 3-minute run).")
    var ticks: Int = 10_800

    @Option(help: "Seed.")
    var seed: UInt64 = 1

    @Flag(help: "Only time loading and building.")
    var loadOnly = false

    func run() throws {
        guard let folder = folder ?? ContentLocator.levelsDirectory() else {
            printError(ContentLocator.noLevelsFolderLine)
            throw ExitStatus.usage
        }
        let catalogue = LevelSource(folder: folder).catalogue
        let clock = ContinuousClock()
        var loads: [Duration] = []
        var built: LevelLibrary?
        for _ in 0..<max(1, rounds) {
            loads.append(clock.measure { built = LevelLibrary(directory: folder, catalogue: catalogue) })
        }
        guard let library = built else { return }
        loads.sort()
        print("load + build all \(library.levels.count) levels (\(library.problems.count) problems), \(loads.count) rounds: best \(loads[0].millisecondsText), median \(loads[loads.count / 2].millisecondsText)")

        for summary in library.levels where !loadOnly {
            let loaded = try library.load(id: summary.id, seed: seed)
            var one: [Duration] = []
            for _ in 0..<max(1, rounds) { one.append(clock.measure { _ = try? library.load(id: summary.id, seed: seed) }) }
            one.sort()
            let plain = measure(loaded.plan, hooks: nil)
            guard loaded.hooks != nil else {
                print("\(summary.id): load \(one[0].millisecondsText); no handlers; ticks/s \(plain)")
                continue
            }
            let withHooks = measure(loaded.plan, hooks: loaded.hooks)
            let failures = (loaded.hooks as? LuaLevelHooks)?.errorCount ?? 0
            print("\(summary.id): load \(one[0].millisecondsText); ticks/s with handlers \(withHooks); without \(plain) (handler failures: \(failures))")
        }
    }

    /// Best and median ticks per second replaying the bot's inputs, restarting the level to fill `ticks`.
    private func measure(_ plan: LevelPlan, hooks: (any LevelScriptHooks)?) -> String {
        let timing = BotReplayTiming(plan: plan, seed: seed, hooks: hooks, ticks: ticks, rounds: rounds)
        let checked = timing.checksum == 1 ? " (checksum 1)" : ""
        return "best \(timing.best.rate(of: ticks)), median \(timing.median.rate(of: ticks))\(checked)"
    }
}
