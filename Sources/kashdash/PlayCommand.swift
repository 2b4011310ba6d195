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

    @Option(help: "Lay every level out from this seed (the same gates each time), instead of a fresh one per run.")
    var seed: UInt64?

    @Option(help: "The one-switch key, by SDL key name (e.g. Space, Return, F5).")
    var switchKey: String = "Space"

    @Option(help: .hidden)
    var frames: Int?

    @Flag(help: .hidden)
    var reportFirstFrame = false

    /// Demos and screenshots: the built-in bot flies during play (the player still answers).
    @Flag(help: .hidden)
    var botFlies = false

    /// Screenshots: open at a fixed moment of the game (see `ScreenshotScenario`).
    @Option(help: .hidden)
    var scenario: String?

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
            fixedSeed: flags.seed,
            log: { log.always($0) })
        let store: any ProgressStore = mode == .kiosk
            ? MemoryProgressStore()
            : FileProgressStore(fileURL: FileProgressStore.defaultFileURL(), log: { log.always($0) })
        let content = GameContentLoader.load(log: log.always)
        let kioskSettings = mode == .kiosk ? KioskSettingsFile.load(log: { log.always($0) }) : nil
        let game: GameApp
        if let name = flags.scenario {
            guard let scenario = ScreenshotScenario.named(name, content: content) else {
                printError("unknown scenario '\(name)' (known: \(ScreenshotScenario.names.joined(separator: ", ")))")
                throw ExitStatus.usage
            }
            game = GameApp.scenario(scenario, content: content, mode: mode, seed: flags.seed ?? 1)
        } else {
            if let level = flags.level, content.level(id: level) == nil {
                printError("unknown level '\(level)' (known: \(content.levels.map(\.id).joined(separator: ", ")))")
                throw ExitStatus.badLevel
            }
            game = GameApp(content: content, store: store, mode: mode, configuration: configuration,
                           kioskSettings: kioskSettings)
            // Straight into the level, with the real progress store so the round is saved.
            if let level = flags.level { _ = game.startLevel(id: level) }
        }
        game.fontAvailability = InstalledFonts.check(assets: assets)
        game.botFlies = flags.botFlies
        // Anonymous counts wait in the outbox; they go to the content server only if one is set.
        let usage = UsageOutbox(kiosk: mode == .kiosk)
        usage.flushInBackground()
        window.run(ReportingGame(game, usage: usage))
        usage.flushBeforeExit()
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
        var cpu: [Int] = []
        game.botFlies = true
        for index in 0..<max(1, frames) {
            game.update()
            var list = DrawList()
            build.append(clock.measure { list = game.draw(alpha: Double(index % 4) / 4) })
            let cpuBefore = threadCPUTime()
            paint.append(clock.measure { offscreen.render(list) })
            cpu.append(threadCPUTime() - cpuBefore)
        }
        build.sort()
        paint.sort()
        func ms(_ duration: Duration) -> String { duration.millisecondsText }
        print("offscreen 1280x720, software renderer, \(paint.count) frames of the play screen (\(game.draw(alpha: 0).commands.count) draw commands)")
        print("first frame (SDL start, asset and font loading, one frame): \(ms(firstFrame))")
        print("render  median \(ms(paint[paint.count / 2]))  p95 \(ms(paint[paint.count * 95 / 100]))  best \(ms(paint[0]))")
        cpu.sort()
        print(String(format: "render  CPU time median %.3f ms  p95 %.3f ms  (this thread only: what a machine with a free core sees)",
                     Double(cpu[cpu.count / 2]) / 1e6, Double(cpu[cpu.count * 95 / 100]) / 1e6))
        print("build   median \(ms(build[build.count / 2]))  (game.draw: the DrawList itself)")
        print("peak RSS \(peakResidentMegabytes()) MB")

        // Where the time goes: each command of one frame drawn alone, many times.
        let list = game.draw(alpha: 0.5)
        var costs: [(Duration, String)] = []
        for command in list.commands {
            var alone = DrawList()
            alone.append(command)
            offscreen.render(alone)  // warm caches
            var samples: [Duration] = []
            for _ in 0..<21 { samples.append(clock.measure { offscreen.render(alone) }) }
            samples.sort()
            costs.append((samples[samples.count / 2], describe(command)))
        }
        var clearOnly = DrawList()
        clearOnly.clear(.black)
        var base: [Duration] = []
        for _ in 0..<21 { base.append(clock.measure { offscreen.render(clearOnly) }) }
        base.sort()
        print("costliest commands (each drawn alone, median of 21; an empty frame costs \(ms(base[10]))):")
        for (cost, what) in costs.sorted(by: { $0.0 > $1.0 }).prefix(8) { print("  \(ms(cost))  \(what)") }
    }

    static func describe(_ command: DrawCommand) -> String {
        func size(_ rect: Rect) -> String { "\(Int(rect.width))x\(Int(rect.height))" }
        switch command {
        case .clear: return "clear"
        case .fillRect(let rect, _, let radius): return "fillRect \(size(rect)) r\(Int(radius))"
        case .strokeRect(let rect, _, _, let radius): return "strokeRect \(size(rect)) r\(Int(radius))"
        case .sprite(let sprite): return "sprite \(sprite.name) \(size(sprite.dest))"
        case .tiledSprite(let tiled): return "tiled \(tiled.name) \(size(tiled.dest)) scale \(tiled.scale)"
        case .nineSlice(let slice): return "nineSlice \(slice.name) \(size(slice.dest))"
        case .text(let text): return "text \(Int(text.size))px \"\(text.string.prefix(24))\""
        case .clip: return "clip"
        }
    }

    /// Nanoseconds of CPU this thread has used.
    static func threadCPUTime() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Int(now.tv_sec) * 1_000_000_000 + now.tv_nsec
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

/// Named moments of the game for `play --scenario NAME` (docs screenshots under Xvfb).
enum ScreenshotScenario {
    static let names = ["title", "character-select", "level-select", "play", "message", "feedback", "feedback-unsafe",
                        "round-end", "advice-links", "settings", "pause"]

    static func named(_ name: String, content: GameContent) -> Scenario? {
        let level = content.levels.min { $0.difficulty < $1.difficulty }?.id ?? "training"
        switch name {
        case "title": return .title
        case "character-select": return .characterSelect
        case "level-select": return .levelSelect
        case "play": return .playing(levelID: level, ticks: 300)
        case "message": return .message(levelID: level)
        case "feedback": return .feedback(levelID: level, safe: true)
        case "feedback-unsafe": return .feedback(levelID: level, safe: false)
        case "round-end": return .roundEnd(levelID: level)
        case "advice-links": return .adviceLinks(levelID: level)
        case "settings": return .settings
        case "pause": return .pause(levelID: level)
        default: return nil
        }
    }
}
