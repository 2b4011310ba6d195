import ArgumentParser

/// `kashdash levels ...`: tools for level authors.
struct LevelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "levels", abstract: "Tools for level authors.", subcommands: [LevelsCheckCommand.self])
}

/// Validates level scripts. (Filled in by the scripted-levels issue.)
struct LevelsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate level scripts.")

    @Argument(help: "Level files or folders (default: Levels/).")
    var paths: [String] = []

    func run() throws {
        printError("level scripts are not supported yet")
        throw ExitStatus.checkFailed
    }
}
