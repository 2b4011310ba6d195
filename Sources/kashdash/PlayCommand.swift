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
            Full screen without window decorations; keyboard and mouse are grabbed; F11 and closing the \
            window do nothing; progress is kept in memory only and resets after a spell without input. \
            Teacher exit: Ctrl+Alt+Q.
            """)

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

    @Option(help: "The one-switch key, by SDL key name (e.g. Space, Return, F5).")
    var switchKey: String = "Space"

    @Option(help: .hidden)
    var frames: Int?

    @Flag(help: .hidden)
    var reportFirstFrame = false

    /// Demos and screenshots: the built-in bot flies during play (the player still answers).
    @Flag(help: .hidden)
    var botFlies = false

    @Option(help: "Measure offscreen rendering instead of opening a window: draw the play screen this many times (no display needed).")
    var benchFrames: Int?
}

/// Opens the window for `play` and `kiosk`, or explains in one line why it cannot.
enum GameLauncher {
    static let noDisplayLine = """
        no display found, so the game window cannot open; for pictures without a screen try \
        `kashdash headless --level training --bot --frames-out DIR`, and for the content server \
        `kashdash-server serve`
        """

    static func run(mode: GameMode, flags: WindowFlags, fullscreen: Bool) throws {
        if let frames = flags.benchFrames {
            try OffscreenBench.run(frames: frames)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let hasDisplay = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
        guard hasDisplay || environment["SDL_VIDEODRIVER"] != nil else {
            printError(noDisplayLine)
            throw ExitStatus.noDisplay
        }
        let log = BackendLog()
        let libraries: SDLLibraries
        do { libraries = try SDLLibraries() } catch {
            printError("cannot start SDL: \(error)")
            throw ExitStatus.noDisplay
        }
        var options = WindowOptions()
        options.fullscreen = fullscreen
        options.kiosk = mode == .kiosk
        options.softwareRenderer = flags.software
        options.switchKeyName = flags.switchKey
        options.frameLimit = flags.frames
        if flags.reportFirstFrame {
            options.onFirstFrame = {
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                print("first-frame-epoch-ns \(Int(now.tv_sec) * 1_000_000_000 + now.tv_nsec)")
            }
        }
        let assets = AssetLocator.find()
        let window: GameWindow
        do { window = try GameWindow(libraries: libraries, assets: assets, options: options, log: log) } catch {
            printError("\(noDisplayLine) (\(error))")
            throw ExitStatus.noDisplay
        }

        let configuration = GameConfiguration(
            serverBaseURL: environment["KASHDASH_SERVER"].flatMap { $0.isEmpty ? nil : $0 },
            log: { log.always($0) })
        let store: any ProgressStore = mode == .kiosk
            ? MemoryProgressStore()
            : FileProgressStore(fileURL: FileProgressStore.defaultFileURL(), log: { log.always($0) })
        let content = loadContent(log: log)
        let game: GameApp
        if let level = flags.level {
            guard content.level(id: level) != nil else {
                printError("unknown level '\(level)' (known: \(content.levels.map(\.id).joined(separator: ", ")))")
                throw ExitStatus.badLevel
            }
            // Straight into the level (progress of this session is not saved).
            game = GameApp.scenario(.playing(levelID: level, ticks: 0), content: content, mode: mode,
                                    settings: store.load().settings, seed: UInt64.random(in: 1...UInt64.max))
        } else {
            game = GameApp(content: content, store: store, mode: mode, configuration: configuration)
        }
        game.botFlies = flags.botFlies
        window.run(game)
    }

    static func loadContent(log: BackendLog) -> GameContent {
        GameContent.builtIn
    }
}

/// `kashdash play --bench-frames N`: times offscreen frames of a busy play screen
/// (figures for docs/perf/game.md). Build with -c release for meaningful numbers.
enum OffscreenBench {
    static func run(frames: Int) throws {
        let clock = ContinuousClock()
        let started = clock.now
        let offscreen: OffscreenRenderer
        do { offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: AssetLocator.find()) } catch {
            printError("offscreen renderer unavailable: \(error)")
            throw ExitStatus.usage
        }
        // A mid-level moment: scenery, gates, pickups, the dog and the score.
        let game = GameApp.scenario(.playing(levelID: "training", ticks: 240))
        offscreen.render(game.draw(alpha: 0.5))
        let firstFrame = clock.now - started
        var build: [Duration] = []
        var paint: [Duration] = []
        for index in 0..<max(1, frames) {
            game.botFlies = true
            game.update()
            var list = DrawList()
            build.append(clock.measure { list = game.draw(alpha: Double(index % 4) / 4) })
            paint.append(clock.measure { offscreen.render(list) })
        }
        build.sort()
        paint.sort()
        func ms(_ duration: Duration) -> String {
            let micro = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
            return String(format: "%.3f ms", Double(micro) / 1000)
        }
        print("offscreen 1280x720, software renderer, \(paint.count) frames of the play screen (\(game.draw(alpha: 0).commands.count) draw commands)")
        print("first frame (SDL start, asset and font loading, one frame): \(ms(firstFrame))")
        print("render  median \(ms(paint[paint.count / 2]))  p95 \(ms(paint[paint.count * 95 / 100]))  best \(ms(paint[0]))")
        print("build   median \(ms(build[build.count / 2]))  (game.draw: the DrawList itself)")
        print("peak RSS \(peakResidentMegabytes()) MB")
    }

    /// VmHWM from /proc/self/status, in megabytes.
    static func peakResidentMegabytes() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return "?" }
        return String(format: "%.1f", kilobytes / 1024)
    }
}
