import ArgumentParser
import KashDashContract

/// `kashdash`: the game, its headless twin, and the tools level authors use.
@main
struct KashDashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kashdash",
        abstract: "Kash Dash: fly with police dogs Kash, Emma and Jasper and learn to stay safe online.",
        discussion: """
            Exit codes: 0 success; 1 a check failed (replay mismatch, level problems, level not finished \
            when one was required); 2 bad usage; 3 unknown or broken level; 4 unreadable or incompatible replay; \
            5 no display available.
            """,
        version: KashDashVersion.current,
        subcommands: [PlayCommand.self, KioskCommand.self, HeadlessCommand.self, ReplayCommand.self,
                      LevelsCommand.self, SpeakCommand.self, BenchCommand.self],
        defaultSubcommand: PlayCommand.self
    )

    /// The entry point, marked for start-up traces before any argument is parsed.
    static func main() {
        StartTrace.mark("main")
        main(nil)
    }
}

/// Exit codes shared by every subcommand; documented in `kashdash --help`.
enum ExitStatus {
    static let checkFailed = ExitCode(1)
    static let usage = ExitCode(2)
    static let badLevel = ExitCode(3)
    static let badReplay = ExitCode(4)
    static let noDisplay = ExitCode(5)
}
