import ArgumentParser
import Foundation
import KashDashGame
import KashDashSDL

/// Plays in a window: the default command.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "Play in a window (the default).",
        discussion: """
            Keys: Space or Enter to flap and choose, arrows to move, 1-3 to answer, Escape or P to pause, \
            F11 for full screen. A mouse click or a tap works too, and so does a game controller (A, B, d-pad). \
            One switch: the switch key alone plays everything (menus highlight each choice in turn). \
            With no display, exits with code 5: use `kashdash headless` instead.
            """)

    @OptionGroup var window: WindowFlags

    @Flag(help: "Start in full screen (F11 toggles).")
    var fullscreen = false

    func run() throws {
        try GameLauncher.run(mode: .desktop, flags: window, fullscreen: fullscreen)
    }
}

/// Classroom kiosk mode: full screen, locked down, reset between children.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: "Classroom kiosk mode (full screen, locked down).",
        discussion: """
            Full screen without window decorations; keyboard and mouse are grabbed; F11, Escape, Alt+F4 and \
            closing the window do nothing to leave it; progress is kept in memory only and resets after a \
            spell without input (idleSeconds in kiosk.json). Teacher exit: Ctrl+Alt+Q, which asks for the \
            PIN when one is set (`kashdash kiosk set-pin`). Settings: $KASHDASH_KIOSK_CONFIG, else \
            ~/.config/kashdash/kiosk.json, else /etc/kashdash/kiosk.json.
            """,
        subcommands: [KioskSetPinCommand.self])

    @OptionGroup var window: WindowFlags

    func run() throws {
        try GameLauncher.run(mode: .kiosk, flags: window, fullscreen: true)
    }
}

/// Options shared by `play` and `kiosk`.
struct WindowFlags: ParsableArguments {
    @Flag(help: "Use SDL's software renderer instead of the GPU.")
    var software = false

    @Option(help: "Go straight into this level (by id), skipping the menus.")
    var level: String?

    @Option(help: "Lay every level out from this seed (the same gates each time), instead of a fresh one per run.")
    var seed: UInt64?

    @Option(help: "The one-switch key, by SDL key name (e.g. Space, Return, F5).")
    var switchKey: String = "Space"

    @Option(help: .hidden)
    var frames: Int?

    @Flag(help: .hidden)
    var reportFirstFrame = false

    /// CPU measurements: print the pictures drawn and ticks run each second.
    @Flag(help: .hidden)
    var reportFrameRate = false

    /// Demos and screenshots: the built-in bot flies during play (the player still answers).
    @Flag(help: .hidden)
    var botFlies = false

    /// Measurements of the play screen: the bot also answers the messages, so play goes on.
    @Flag(help: .hidden)
    var botAnswers = false

    /// Screenshots: open at a fixed moment of the game (see `ScreenshotScenario`).
    @Option(help: .hidden)
    var scenario: String?

    /// Screenshots and measurements: the scenario's language (en, cy, pl, ur).
    @Option(help: .hidden)
    var scenarioLanguage: String?

    @Option(help: "Measure offscreen rendering instead of opening a window: draw the play screen this many times (no display needed).")
    var benchFrames: Int?
}
