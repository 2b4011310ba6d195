import CSDL2
import Foundation
import KashDashCore
import KashDashGame

/// The game in a desktop window: SDL video, renderer, input, audio and the fixed-timestep loop.
///
/// The game advances only in whole 1/60 s ticks (`FramePacer`); a frame's leftover time
/// becomes the interpolation `alpha` passed to `draw`. A stall counts as at most 250 ms, so
/// the game never tries to catch up a long pause (and the outcome of a run never depends on it).
public final class GameWindow {
    public static let logicalWidth: Int32 = 1280
    public static let logicalHeight: Int32 = 720

    private let libraries: SDLLibraries
    private let options: WindowOptions
    private let log: BackendLog
    private let window: OpaquePointer
    private let renderer: OpaquePointer
    private let drawing: DrawListRenderer
    private let input: InputMapper
    private let sound: SoundPlayer
    private let narrator: Narrator
    private let links: LinkOpener
    private var fullscreen: Bool
    /// Shown over the game when a link could not be opened (address and ticks left).
    private var linkNotice: (url: String, ticksLeft: Int)?
    private static let linkNoticeTicks = 12 * Simulation.ticksPerSecond

    /// Opens the window. Throws if there is no display (SDL video cannot start) or no
    /// renderer at all can be created, with SDL's driver or any other display server's
    /// (`VideoDriverFallback`).
    public init(libraries: SDLLibraries, assets: URL?, options: WindowOptions = WindowOptions(), log: BackendLog = BackendLog()) throws(SDLError) {
        self.libraries = libraries
        self.log = log
        // The window answers SIGTERM and SIGINT itself (`TerminationRequest`): SDL, whose event
        // loop starts below, would turn them into the window-close request a kiosk ignores.
        // Offscreen rendering never gets here and keeps the default Ctrl+C.
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1")
        TerminationRequest.install()
        if options.kiosk {
            SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1")
            SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0")
        }
        SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0")
        var options = options
        if !options.softwareRenderer && !FileManager.default.fileExists(atPath: "/dev/dri") {
            // No GPU device: OpenGL would be Mesa's llvmpipe, slower to start than SDL's own
            // software renderer and ~100 MB heavier (measured under Xvfb, docs/perf/game.md).
            options.softwareRenderer = true
        }
        // The software renderer should blit straight to the window (XShm), not through an
        // OpenGL texture: loading a GL driver costs tens of megabytes for nothing.
        if options.softwareRenderer { SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0") }
        let environment = ProcessInfo.processInfo.environment
        let chosenDriver = environment["SDL_VIDEODRIVER"].flatMap { $0.isEmpty ? nil : $0 }
        let firstChoice = VideoDriverFallback.firstChoice(kiosk: options.kiosk, environment: environment)
        if let firstChoice { SDL_SetHint(SDL_HINT_VIDEODRIVER, firstChoice) }
        do {
            try InputMethodLocale.withCLocale { () throws(SDLError) in
                try libraries.start(SDL_INIT_VIDEO | SDL_INIT_EVENTS, what: "video")
            }
        } catch {
            // The kiosk's Wayland could not even start (an SDL built without it): the next one.
            guard firstChoice == "wayland", let next = VideoDriverFallback.next(
                after: ["wayland"], available: VideoDriverFallback.compiledDrivers(), environment: environment)
            else { throw error }
            log.always("the 'wayland' video driver did not start (\(error)); trying '\(next)'")
            SDL_SetHint(SDL_HINT_VIDEODRIVER, next)
            try libraries.start(SDL_INIT_VIDEO | SDL_INIT_EVENTS, what: "video (\(next))")
        }
        options.onStartPhase?("video")
        let driver = SDL_GetCurrentVideoDriver().map { String(cString: $0) } ?? ""
        if chosenDriver == nil, ["offscreen", "dummy", "evdev"].contains(driver) {
            throw SDLError("no display", reason: "SDL found only its '\(driver)' video driver")
        }

        fullscreen = options.fullscreen || options.kiosk
        let (window, renderer) = try Self.openWithFallback(
            from: driver, libraries: libraries, options: options, environment: environment, log: log)
        options.onStartPhase?("window")
        SDL_RenderSetLogicalSize(renderer, Self.logicalWidth, Self.logicalHeight)
        SDL_SetWindowMinimumSize(window, 640, 360)
        if options.kiosk { SDL_SetWindowKeyboardGrab(window, SDL_TRUE) }

        self.options = options
        self.window = window
        self.renderer = renderer
        self.drawing = DrawListRenderer(renderer: renderer, assets: assets, log: log, spritePreload: options.spritePreload)
        if let assets, let icon = options.spritePreload?.take("icon") ?? IMG_Load(assets.appendingPathComponent("sprites/icon.png").path) {
            SDL_SetWindowIcon(window, icon)
            SDL_FreeSurface(icon)
        } else {
            log.once("no window icon (Assets/sprites/icon.png)")
        }
        do { try libraries.start(SDL_INIT_GAMECONTROLLER, what: "game controllers") } catch {
            log.once("no game controller support (\(error)); keyboard, mouse and touch still work")
        }
        let switchKey = switchKeycode(named: options.switchKeyName)
        if switchKey == nil { log.once("unknown switch key '\(options.switchKeyName)'; using Space") }
        input = InputMapper(kiosk: options.kiosk, switchKey: switchKey ?? keycode(SDLK_SPACE), log: log)
        sound = SoundPlayer(libraries: libraries, assets: assets, log: log)
        narrator = Narrator(player: sound, log: log)
        links = LinkOpener(log: log)
        updateTextScale()
        options.onStartPhase?("window-ready")
    }

    /// Opens the window with the driver SDL started; when that driver gives no window to draw
    /// in (Wayland with no GPU), restarts video on the next display server's driver, with one
    /// line saying so (`VideoDriverFallback`).
    private static func openWithFallback(
        from driver: String, libraries: SDLLibraries, options: WindowOptions, environment: [String: String], log: BackendLog
    ) throws(SDLError) -> (OpaquePointer, OpaquePointer) {
        var tried: [String] = []
        var driver = driver
        while true {
            do {
                return try openWindowAndRenderer(options: options, log: log)
            } catch {
                tried.append(driver)
                guard let next = VideoDriverFallback.next(
                    after: tried, available: VideoDriverFallback.compiledDrivers(), environment: environment)
                else { throw error }
                log.always("the '\(driver)' video driver gave no window to draw in (\(error)); trying '\(next)'")
                libraries.stop(SDL_INIT_VIDEO)
                SDL_SetHint(SDL_HINT_VIDEODRIVER, next)
                try libraries.start(SDL_INIT_VIDEO | SDL_INIT_EVENTS, what: "video (\(next))")
                driver = next
            }
        }
    }

    /// The window and the best renderer it can have: the GPU's unless told otherwise or there
    /// is none, else SDL's software renderer (with vsync if it can).
    private static func openWindowAndRenderer(options: WindowOptions, log: BackendLog) throws(SDLError) -> (OpaquePointer, OpaquePointer) {
        var flags = SDL_WINDOW_RESIZABLE.rawValue | SDL_WINDOW_ALLOW_HIGHDPI.rawValue
        let centered: Int32 = 0x2FFF_0000  // SDL_WINDOWPOS_CENTERED (a macro Swift cannot import)
        var (x, y, width, height) = (centered, centered, logicalWidth, logicalHeight)
        if options.kiosk {
            // Full screen comes after the first picture (`run`): X11's request waits up to
            // 100 ms for a window manager, which a bare kiosk display may not have. Until
            // then a borderless window covers the display, which looks the same.
            flags |= SDL_WINDOW_BORDERLESS.rawValue | SDL_WINDOW_INPUT_GRABBED.rawValue
            var display = SDL_DisplayMode()
            if SDL_GetDesktopDisplayMode(0, &display) == 0 { (x, y, width, height) = (0, 0, display.w, display.h) }
        } else if options.fullscreen {
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue
        }
        guard let window = SDL_CreateWindow(options.title, x, y, width, height, flags) else {
            throw SDLError("creating the window")
        }
        var renderer: OpaquePointer?
        let vsync = SDL_RENDERER_PRESENTVSYNC.rawValue
        if !options.softwareRenderer {
            renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED.rawValue | vsync)
            if renderer == nil { log.once("no hardware renderer (\(String(cString: SDL_GetError()))); using the software renderer") }
        }
        if renderer == nil { renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE.rawValue | vsync) }
        if renderer == nil { renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE.rawValue) }
        guard let renderer else {
            let error = SDLError("creating a renderer")
            SDL_DestroyWindow(window)
            throw error
        }
        return (window, renderer)
    }

    deinit {
        sound.close()
        input.closeControllers()
        drawing.releaseResources()
        SDL_DestroyRenderer(renderer)
        SDL_DestroyWindow(window)
    }

    /// Runs until the game wants to quit (or the teacher exit in kiosk mode).
    ///
    /// The loop sleeps until the next tick is due (waking early for input), runs the due
    /// ticks, and draws only when the game's `ticksPerFrame` says a picture is due and the
    /// picture differs from the one on screen: on SDL's software renderer a picture costs
    /// milliseconds of blending plus the X server's copy, a tick microseconds.
    @discardableResult
    public func run(_ game: some WindowedGame) -> WindowEnding {
        var pacer = FramePacer(
            frequency: SDL_GetPerformanceFrequency(), ticksPerSecond: Simulation.ticksPerSecond,
            now: SDL_GetPerformanceCounter())
        var onScreen: DrawList?
        var needsRedraw = true
        // A picture right after input, however calm the screen: a highlight should follow a key at once.
        var answersInput = false
        var frames = 0
        var statistics = FrameStatistics(frequency: pacer.frequency, now: SDL_GetPerformanceCounter())
        var event = SDL_Event()
        while true {
            if TerminationRequest.isRequested { return .terminated }
            while SDL_PollEvent(&event) != 0 {
                if Self.uncoversWindow(event) { needsRedraw = true }
                switch input.translate(&event) {
                case .player(let action)?:
                    game.handle(action)
                    answersInput = true
                case .toggleFullscreen?: toggleFullscreen()
                case .exitNow?: return .exitRequested
                case .resized?: updateTextScale()
                case nil: break
                }
            }

            let ticks = pacer.advance(now: SDL_GetPerformanceCounter())
            for _ in 0..<ticks { game.update() }
            countDownLinkNotice(ticks: ticks)
            statistics.ticks += ticks

            if needsRedraw || (answersInput && ticks > 0) || pacer.frameDue(ticksPerFrame: game.ticksPerFrame) {
                answersInput = false
                var list = game.draw(alpha: pacer.alpha)
                appendLinkNotice(to: &list)
                if frames == 0 { options.onStartPhase?("first-draw-list") }
                if needsRedraw || list != onScreen {
                    drawing.draw(list)
                    if frames == 0 { options.onStartPhase?("first-drawn") }
                    SDL_RenderPresent(renderer)
                    onScreen = list
                    needsRedraw = false
                    frames += 1
                    statistics.frames += 1
                    if frames == 1 {
                        options.onFirstFrame?()
                        if options.kiosk { SDL_SetWindowFullscreen(window, SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue) }
                    }
                }
                pacer.frameDone()
            }

            sound.volume = game.settings.effectiveVolume
            var quits = false
            for effect in game.drainEffects() {
                switch effect {
                case .sound(let cue): sound.play(cue)
                case .openURL(let url): if !links.open(url) { linkNotice = (url, Self.linkNoticeTicks) }
                case .quit: quits = true
                case .speak(let utterance): narrator.say(utterance)
                case .stopSpeaking: narrator.stop()
                case .report: break  // reports go to the outbox (the executable's wrapper)
                }
            }
            narrator.pump()
            if game.speechUnavailable != narrator.unavailable { game.speechUnavailable = narrator.unavailable }
            sound.pump()
            if quits { return .exitRequested }
            if let limit = options.frameLimit, frames >= limit { return .frameLimitReached }
            if let report = options.onFrameStatistics, let second = statistics.completedSecond(now: SDL_GetPerformanceCounter()) {
                report(second.frames, second.ticks)
            }
            // Sleep until the next tick, or until input arrives (SDL waits on the display's
            // socket; nothing spins). The event stays queued for the next pass.
            let wait = pacer.millisecondsUntilNextTick(now: SDL_GetPerformanceCounter())
            if wait > 0 { _ = SDL_WaitEventTimeout(nil, Int32(wait)) }
        }
    }

    /// Window events after which the picture on screen may be gone or stale (the software
    /// renderer's window surface is lost when the window is uncovered, resized or restored).
    private static func uncoversWindow(_ event: SDL_Event) -> Bool {
        guard event.type == SDL_WINDOWEVENT.rawValue else { return false }
        switch SDL_WindowEventID(UInt32(event.window.event)) {
        case SDL_WINDOWEVENT_EXPOSED, SDL_WINDOWEVENT_SHOWN, SDL_WINDOWEVENT_RESTORED, SDL_WINDOWEVENT_SIZE_CHANGED,
            SDL_WINDOWEVENT_MAXIMIZED:
            return true
        default:
            return false
        }
    }

    private func toggleFullscreen() {
        fullscreen.toggle()
        SDL_SetWindowFullscreen(window, fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue : 0)
        updateTextScale()
    }

    /// Text is rasterised for the real output size, so it stays crisp when scaled up.
    private func updateTextScale() {
        var width: Int32 = 0
        var height: Int32 = 0
        SDL_GetRendererOutputSize(renderer, &width, &height)
        let scale = min(Double(width) / Double(Self.logicalWidth), Double(height) / Double(Self.logicalHeight))
        // Quarter steps: resizing by a few pixels should not re-render every line of text.
        drawing.textScale = max(1, (scale * 4).rounded(.down) / 4)
    }

    /// When no browser could be started, show the address so a grown-up can type it.
    private func appendLinkNotice(to list: inout DrawList) {
        guard let notice = linkNotice else { return }
        let box = Rect(x: 140, y: 600, width: 1000, height: 96)
        list.fillRect(box, Color(hex: 0x1D3557, alpha: 235), cornerRadius: 20)
        list.text(TextCommand("Ask a grown-up to open this address: \(notice.url)", box: box.insetBy(16), size: 28,
                              color: .white, bold: true))
    }

    /// The notice lasts a fixed time, however few pictures a quiet screen draws.
    private func countDownLinkNotice(ticks: Int) {
        guard let notice = linkNotice, ticks > 0 else { return }
        linkNotice = notice.ticksLeft > ticks ? (notice.url, notice.ticksLeft - ticks) : nil
    }
}
