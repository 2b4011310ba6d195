import ArgumentParser
import Foundation
import KashDashCore
import KashDashLevels

/// The game with no window: same simulation, driven by the bot or a replay, as fast as it goes.
struct HeadlessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "headless",
        abstract: "Run a level with no window, driven by the built-in bot or a replay.",
        discussion: """
            Prints a summary (level, seed, ticks, score, rank, finished, final state hash).
            Exit codes: 0 the run was played (and, with --replay, every recorded hash matched); \
            1 a replay hash did not match; 2 bad usage; 3 unknown or broken level; 4 unreadable or \
            incompatible replay.
            """)

    @Option(help: "Level id (e.g. training) or path to a level .lua file. With --replay, defaults to the replay's level.")
    var level: String?

    @Option(help: "Seed for the level layout and the run.")
    var seed: UInt64 = 1

    @Flag(help: "Let the built-in bot play.")
    var bot = false

    @Option(help: "Play the inputs of this replay file and check its hashes.")
    var replay: String?

    @Option(help: "Write the run as a replay file.")
    var record: String?

    @Option(help: "Stop after this many ticks (default: when the run ends, at most 10 minutes of game time).")
    var ticks: Int?

    @Option(help: "Speed preset in percent: 60, 80 or 100 (bot runs only; a replay carries its own).")
    var speed: Int = 100

    @Flag(help: "Practice mode: crashes cost nothing (bot runs only).")
    var practice = false

    @Flag(help: "Make the bot choose unsafe answers, to see the feedback paths.")
    var unsafeAnswers = false

    @Option(help: "Write offscreen PNG frames into this folder.")
    var framesOut: String?

    @Option(help: "With --frames-out, write every Nth tick.")
    var every: Int = 30

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        guard bot != (replay != nil) else { throw ValidationError("give exactly one of --bot or --replay FILE") }
        guard replay != nil || level != nil else { throw ValidationError("--level is required with --bot") }
        guard RunSettings.speedPresets.contains(speed) else { throw ValidationError("--speed must be 60, 80 or 100") }
        if let ticks, ticks < 1 { throw ValidationError("--ticks must be at least 1") }
        guard every >= 1 else { throw ValidationError("--every must be at least 1") }
    }

    func run() throws {
        let loadedReplay = try replay.map(ReplayFile.load)
        let levelName = level ?? loadedReplay!.levelID
        let runSeed = loadedReplay?.seed ?? seed
        let resolved: LoadedLevel
        do { resolved = try LevelSource().load(levelName, seed: runSeed) } catch {
            printError(error.description)
            throw ExitStatus.badLevel
        }
        if let loadedReplay {
            do { try ReplayPlayer.checkCompatible(loadedReplay, with: resolved.plan) } catch {
                printError("\(replay!): \(error)")
                throw ExitStatus.badReplay
            }
        }
        var onTick: ((Simulation, [GameEvent]) -> Void)?
        if let framesOut {
            do { onTick = try HeadlessFrames.writer(directory: framesOut, every: every) } catch {
                printError(error.description)
                throw ExitStatus.usage
            }
        }

        let settings = loadedReplay?.settings ?? RunSettings(speedPercent: speed, practice: practice)
        var simulation = Simulation(plan: resolved.plan, seed: runSeed, settings: settings, hooks: resolved.hooks)
        var recorder = ReplayRecorder(simulation: simulation)
        let pilot = AutoPilot(answersSafely: !unsafeAnswers)
        let limit = ticks ?? loadedReplay?.inputs.count ?? 36_000
        var checker = loadedReplay.map(CheckpointChecker.init)
        var mismatch: ReplayProblem?
        var events: [GameEvent] = []
        onTick?(simulation, [])

        while simulation.state.tick < limit {
            let input: TickInput
            if let loadedReplay {
                guard simulation.state.tick < loadedReplay.inputs.count else { break }
                input = loadedReplay.inputs[simulation.state.tick]
            } else {
                if simulation.state.phase.isOver { break }
                input = pilot.input(for: simulation)
            }
            events.removeAll(keepingCapacity: true)
            simulation.step(input, events: &events)
            recorder.record(input, after: simulation)
            onTick?(simulation, events)
            if mismatch == nil { mismatch = checker?.check(simulation) }
        }
        // With --ticks the run may stop early on purpose; otherwise every hash must be reached.
        if mismatch == nil, ticks == nil { mismatch = checker?.finish(simulation) }

        if let record {
            do { try ReplayFile.save(recorder.finish(final: simulation), to: record) } catch {
                printError("cannot write replay \(record): \(error.localizedDescription)")
                throw ExitStatus.usage
            }
        }
        let summary = RunSummary(simulation: simulation)
        print(json ? summary.json : summary.text)
        if let mismatch {
            printError("\(replay!): \(mismatch)")
            throw ExitStatus.checkFailed
        }
    }
}
