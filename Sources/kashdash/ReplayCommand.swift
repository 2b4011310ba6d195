import ArgumentParser
import KashDashCore
import KashDashLevels

/// `kashdash replay verify FILE`.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", abstract: "Work with replay files.", subcommands: [ReplayVerifyCommand.self])
}

struct ReplayVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Replay a file and check every recorded state hash.",
        discussion: "Exit codes: 0 every hash matched; 1 a hash differed; 3 the level is unknown or broken; 4 the replay is unreadable or for another engine or level version.")

    @Argument(help: "The replay file.")
    var file: String

    @Option(help: "Take the level from this id or .lua path instead of the replay's level id.")
    var level: String?

    func run() throws {
        let replay = try ReplayFile.load(file)
        let resolved: LoadedLevel
        do { resolved = try LevelSource().load(level ?? replay.levelID, seed: replay.seed) } catch {
            printError(error.description)
            throw ExitStatus.badLevel
        }
        do {
            let final = try ReplayPlayer.verify(replay, plan: resolved.plan, hooks: resolved.hooks)
            print("ok: \(file): \(final.state.tick) ticks, \(replay.checkpoints.count) hashes matched, final \(final.state.hash.hex16)")
        } catch {
            printError("\(file): \(error)")
            switch error {
            case .hashMismatch, .truncated: throw ExitStatus.checkFailed
            default: throw ExitStatus.badReplay
            }
        }
    }
}
