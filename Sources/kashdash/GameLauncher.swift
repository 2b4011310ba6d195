import ArgumentParser
import Foundation
import KashDashContract
import KashDashGame
import KashDashLevels
import KashDashSDL

/// Opens the window for `play` and `kiosk`, or explains in one line why it cannot.
enum GameLauncher {
    /// The sprites of the screen a game opens on (and the window icon), found by drawing it:
    /// a list that follows the title screen by itself.
    /// The first drawn (the sky, the costliest to decode) leads; the icon, needed when the
    /// window opens, is small.
    static func firstPictureSprites(mode: GameMode) -> [String] {
        let drawn = GameApp.scenario(.title, mode: mode).draw(alpha: 1).imageNames
        return Array(drawn.prefix(1)) + ["icon"] + drawn.dropFirst()
    }

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
        StartTrace.mark("launcher")
        // The first picture's sprites decode on two more threads while SDL and the window start.
        let assets = AssetLocator.find()
        let spritePreload = SpritePreload(assets: assets, names: GameLauncher.firstPictureSprites(mode: mode))
        let levelSource = LevelSource()
        let preload = ContentPreload(source: levelSource, installedLevels: GameContentLoader.installedLevelsFolder())
        let log = BackendLog()
        let libraries: SDLLibraries
        do { libraries = try SDLLibraries() } catch {
            printError("cannot start SDL: \(error)")
            throw ExitStatus.noDisplay
        }
        StartTrace.mark("sdl-libraries")
        var options = WindowOptions()
        options.spritePreload = spritePreload
        if StartTrace.enabled { options.onStartPhase = StartTrace.mark }
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
        if flags.reportFrameRate {
            options.onFrameStatistics = { frames, ticks in
                // Unbuffered: the script reading it kills the kiosk, which never exits by itself.
                FileHandle.standardOutput.write(Data("frames-per-second \(frames) ticks \(ticks)\n".utf8))
            }
        }
        let window: GameWindow
        do { window = try GameWindow(libraries: libraries, assets: assets, options: options, log: log) } catch {
            printError("\(noDisplayLine) (\(error))")
            throw ExitStatus.noDisplay
        }

        let kiosk = mode == .kiosk ? KioskSettingsFile.loadConfiguration(log: { log.always($0) }) : nil
        // A kiosk's own server setting wins over the environment's.
        let server = kiosk?.server ?? environment["KASHDASH_SERVER"].flatMap { $0.isEmpty ? nil : $0 }
        let configuration = GameConfiguration(
            serverBaseURL: server,
            fixedSeed: flags.seed,
            kioskIdleSeconds: kiosk?.idleSeconds ?? KioskConfiguration().idleSeconds,
            teacherPin: kiosk?.teacherPin,
            makeQRCode: QRCodeEncoder.matrix(for:),
            log: { log.always($0) })
        let store: any ProgressStore = mode == .kiosk
            ? MemoryProgressStore()
            : FileProgressStore(fileURL: FileProgressStore.defaultFileURL(), log: { log.always($0) })
        let updates = mode == .kiosk
            ? LevelUpdates.kioskConfiguration(kiosk ?? KioskConfiguration(), log: log.always)
            : LevelUpdates.desktopConfiguration(log: log.always)
        // The first picture needs only the words: the levels follow while it shows, unless a
        // scenario or a chosen level needs them at once.
        let startingContent = flags.scenario == nil && flags.level == nil ? ContentUpdateInbox() : nil
        let content = startingContent == nil ? preload.wait(log: log.always) : preload.waitForWords()
        StartTrace.mark("content")
        let game: GameApp
        if let name = flags.scenario {
            guard let scenario = ScreenshotScenario.named(name, content: content) else {
                printError("unknown scenario '\(name)' (known: \(ScreenshotScenario.names.joined(separator: ", ")))")
                throw ExitStatus.usage
            }
            // A kiosk's scenario wears the teacher's settings (read-aloud on by default).
            var settings = kiosk?.settings ?? GameSettings()
            if let tag = flags.scenarioLanguage {
                guard let language = Language(tag: tag) else {
                    printError("unknown language '\(tag)' (known: \(Language.allCases.map(\.tag).joined(separator: ", ")))")
                    throw ExitStatus.usage
                }
                settings.language = language
            }
            game = GameApp.scenario(scenario, content: content, mode: mode, settings: settings, seed: flags.seed ?? 1)
        } else {
            if let level = flags.level, content.level(id: level) == nil {
                printError("unknown level '\(level)' (known: \(content.levels.map(\.id).joined(separator: ", ")))")
                throw ExitStatus.badLevel
            }
            game = GameApp(content: content, store: store, mode: mode, configuration: configuration,
                           kioskSettings: kiosk?.settings)
            // Straight into the level, with the real progress store so the round is saved.
            if let level = flags.level { _ = game.startLevel(id: level) }
        }
        game.fontAvailability = InstalledFonts.check(assets: assets)
        let updateInbox = updates != nil && flags.scenario == nil ? ContentUpdateInbox() : nil
        game.contentUpdates = updateInbox
        // The updater reads the level source too, so it starts once the loading thread is done with it.
        let startUpdates: @Sendable () -> Void = {
            if let updates, let updateInbox { LevelUpdates.start(updates, source: levelSource, inbox: updateInbox) }
        }
        if let startingContent {
            game.startingContent = startingContent
            preload.deliver(to: startingContent, then: startUpdates)
        } else {
            startUpdates()
        }
        StartTrace.mark("game")
        game.botFlies = flags.botFlies
        game.botAnswers = flags.botAnswers
        // Anonymous counts wait in the outbox; they go to the content server only if one is set.
        let usage = UsageOutbox(kiosk: mode == .kiosk, server: server)
        usage.flushInBackground()
        let ending = window.run(ReportingGame(game, usage: usage))
        usage.flushBeforeExit()
        // A child cannot quit a kiosk: it ends on the teacher's exit (or a test's frame limit),
        // and only then stays stopped. A SIGTERM is the system's stop, which needs no marker;
        // one from anywhere else must not keep the kiosk down.
        if mode == .kiosk && ending != .terminated { TeacherExitMarker.leave(log: { log.always($0) }) }
    }
}
