import ArgumentParser

/// Plays in a window. (Filled in by the SDL game issue; until then it points to headless mode.)
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "play", abstract: "Play in a window (the default).")

    func run() throws {
        printError("the windowed game is not built yet; try `kashdash headless --level training --bot`")
        throw ExitStatus.noDisplay
    }
}

/// Classroom kiosk mode: full screen, locked down, reset between children.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kiosk", abstract: "Classroom kiosk mode (full screen, locked down).")

    func run() throws {
        printError("kiosk mode is not built yet; try `kashdash headless --level training --bot`")
        throw ExitStatus.noDisplay
    }
}
