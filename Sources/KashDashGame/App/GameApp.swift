import KashDashCore

/// The whole game above the simulation: screens, flow, UI state, and the frame's draw list.
///
/// Single-threaded by design: the backend's loop calls `handle(_:)` for each input,
/// `update()` once per fixed 1/60 s tick, and `draw(alpha:)` once per rendered frame, all
/// from the same thread. Not `Sendable`, on purpose.
public final class GameApp {
    /// Replaced only at a safe moment, when an update installed new levels (`contentUpdates`).
    public internal(set) var content: GameContent
    public let mode: GameMode
    public let configuration: GameConfiguration
    let store: any ProgressStore
    var progress: SavedProgress
    /// Levels in the order the level select shows them (easiest first).
    internal(set) var levels: [GameLevel]
    /// Where a background level updater leaves new content for the game to switch to.
    public var contentUpdates: ContentUpdateInbox?
    /// The full content while it is still loading: the window opens on the words and the
    /// built-in levels, and the levels are taken at the first tick with no round running, in
    /// any mode (a kiosk does not wait for its idle reset). Nil once taken.
    public var startingContent: ContentUpdateInbox?

    /// What the game asked of the outside world since the backend last drained the queue.
    var effects: [GameEffect] = []
    /// Measures text for fitting; a backend may supply its fonts' real measurements.
    public var textMetrics: any TextMeasuring = EstimatedTextMetrics()
    /// Which offered fonts are installed; the settings screen names a missing one.
    public var fontAvailability = FontAvailability.allInstalled
    /// Why read-aloud cannot be heard here (no voice, no sound device), for the settings
    /// screen; nil when it can. Set by the backend.
    public var speechUnavailable: String?
    /// When true the built-in bot flies (not answers) during play: demos, headless frames, tests.
    public var botFlies = false
    /// When true the bot also answers messages and closes feedback.
    public var botAnswers = false

    /// The screen showing. Only the app assigns it (`enter`, `apply`, and `observe` for a
    /// watched run); screens answer with a `Navigation` or ask the app to `enter` another.
    var screen: any GameScreen = TitleScreen()
    /// Counts screen changes, so a screen value updated during a call is not written back
    /// over a screen that call moved to.
    private(set) var screenChanges = 0
    var scanner = FocusScanner()
    var session: PlaySession?
    /// Ticks since the app started; drives menu animation.
    var tick = 0
    /// Kiosk: ticks since the last input.
    var idleTicks = 0
    /// Kiosk: the bot is playing a demo behind the title until someone presses something.
    public internal(set) var attract = false
    /// A short line shown on the current screen (e.g. "Finish the level before to open this one").
    var notice: (text: String, ticksLeft: Int)?
    /// Kiosk: wrong teacher-PIN tries and the lock after too many (outlives the pad and resets).
    var teacherExitLock = TeacherExitLock()
    /// What read-aloud last said (`narrateChanges`).
    var readAloud = ReadAloudState()
    /// Runs started so far; with no fixed seed, varies the layout between runs.
    var runCount = 0
    /// The settings a kiosk session starts from (and goes back to after a reset).
    let startSettings: GameSettings
    let pilot = AutoPilot()

    /// - Parameters:
    ///   - store: where progress is loaded from and saved to (a memory store in kiosks and tests).
    ///   - kioskSettings: kiosk only: the teacher's settings, used at every session start.
    public init(
        content: GameContent, store: any ProgressStore, mode: GameMode = .desktop,
        configuration: GameConfiguration = GameConfiguration(), kioskSettings: GameSettings? = nil
    ) {
        self.content = content
        self.store = store
        self.mode = mode
        self.configuration = configuration
        self.levels = Self.playOrder(content.levels)  // in English until the settings are loaded
        var loaded = mode == .kiosk ? SavedProgress() : store.load()
        if let kioskSettings, mode == .kiosk { loaded.settings = kioskSettings.validated() }
        self.progress = loaded
        self.startSettings = loaded.settings
        self.levels = localizedLevels()
        enter(TitleScreen())
    }

    // MARK: What the backend reads

    /// The current settings (the backend reads volume and mute from here).
    public var settings: GameSettings { progress.settings }

    /// The dog the player chose.
    public var dog: Dog { progress.dog }

    /// Which screen is showing.
    public var screenID: ScreenID { screen.id(in: self) }

    /// The running simulation, if a level is being played (read-only; for tests and headless tools).
    public var simulation: Simulation? { session?.simulation }

    /// Returns and forgets the queued effects, oldest first. The backend calls this once a
    /// frame and carries out what it can.
    public func drainEffects() -> [GameEffect] {
        defer { effects.removeAll() }
        return effects
    }

    /// Queues one effect for the backend.
    func emit(_ effect: GameEffect) { effects.append(effect) }

    /// Labels of the pickable items on screen, in scan order (for tests and accessibility tools).
    public var itemLabels: [String] { currentItems().map(\.label) }

    /// The label of the highlighted item, if the screen has any.
    public var focusedLabel: String? { currentItems()[safe: scanner.focus]?.label }

    // MARK: The loop

    /// One input from the player.
    public func handle(_ action: PlayerAction) {
        defer { narrateChanges() }
        idleTicks = 0
        if action == .teacherExit {
            requestTeacherExit()
            return
        }
        let isHover = if case .pointerMoved = action { true } else { false }
        if attract, !isHover {
            // The first press only wakes the kiosk up, so a child never starts something by accident.
            leaveAttract()
            return
        }
        if action == .quitRequested {
            if mode == .desktop { emit(.quit) }
            return
        }
        if action == .readAgain {
            readAgain()
            return
        }
        if screen.handle(action, in: self) { return }
        handleMenu(action)
    }

    /// Advances one fixed tick (1/60 s): the simulation while playing, animations and scanning always.
    public func update() {
        tick += 1
        if let current = notice { notice = current.ticksLeft > 1 ? (current.text, current.ticksLeft - 1) : nil }
        if mode == .kiosk {
            idleTicks += 1
            if !attract, idleTicks >= kioskIdleTicks { resetKioskSession() }
        }
        adoptStartingContentIfNoRound()
        if attract {
            updateAttract()
            return
        }
        defer { narrateChanges() }
        if tick % Simulation.ticksPerSecond == 0 { adoptWaitingContentIfOnTitle() }
        var current = screen
        let changes = screenChanges
        current.update(in: self)
        if screenChanges == changes { screen = current }
        let items = currentItems()
        _ = scanner.tick(items: items, intervalTicks: scanIntervalTicks)
    }

    /// The frame, with the play field interpolated `alpha` (0...1) of the way from the
    /// previous tick to the current one.
    public func draw(alpha: Double) -> DrawList {
        var painter = Painter(settings: settings, tick: tick, metrics: textMetrics)
        let alpha = min(max(alpha, 0), 1)
        screen.draw(&painter, in: self, alpha: alpha)
        if let notice { drawNotice(&painter, notice.text) }
        return painter.list
    }

    // MARK: Menus

    /// Ticks per scan step, from the settings (0: scanning off).
    var scanIntervalTicks: Int {
        // The teacher types on the pad; a moving highlight would turn Enter into a stray digit.
        if screen is PinPadScreen { return 0 }
        return settings.scanTenths * Simulation.ticksPerSecond / 10
    }

    /// The pickable items of the current screen, laid out.
    func currentItems() -> [MenuItem] { screen.items(in: self) }

    private func handleMenu(_ action: PlayerAction) {
        let items = currentItems()
        scanner.clamp(to: items)
        switch action {
        case .primary:
            guard let item = items[safe: scanner.focus] else { return }
            activate(item)
        case .up, .left, .down, .right:
            scanner.noteManualNavigation()
            scanner.move(by: screen.step(for: action, items: items, in: self), in: items)
        case .choice(let number):
            scanner.noteManualNavigation()
            let enabled = items.filter(\.enabled)
            guard number >= 1, number <= enabled.count else { return }
            if let index = items.firstIndex(where: { $0.action == enabled[number - 1].action }) {
                scanner.focus = index
            }
            activate(enabled[number - 1])
        case .back:
            goBack()
        case .pointerDown(let x, let y):
            let point = Point(x: x, y: y)
            if let index = items.firstIndex(where: { $0.rect.insetBy(-6).contains(point) }) {
                scanner.noteManualNavigation()
                scanner.focus = index
                activate(items[index])
            }
        case .pointerMoved(let x, let y):
            let point = Point(x: x, y: y)
            if let index = items.firstIndex(where: { $0.rect.contains(point) && $0.enabled }), index != scanner.focus {
                scanner.noteManualNavigation()
                scanner.focus = index
            }
        case .quitRequested, .teacherExit, .readAgain:
            break
        }
    }

    func activate(_ item: MenuItem) {
        guard item.enabled else {
            if case .pickLevel = item.action {
                show(notice: text(.levelSelectFinishFirst))
            }
            return
        }
        if screen.ignores(item.action, in: self) { return }
        // Flying is not a button press: its sound is the flap's.
        if item.action != .fly { emit(.sound(.click)) }
        perform(item.action)
    }

    /// Does what picking `action` means: the screen's own meaning first, else the app-wide one.
    func perform(_ action: MenuAction) {
        apply(screen.perform(action, in: self) ?? performAnywhere(action))
    }

    /// Actions that mean the same on whichever screen shows their button.
    private func performAnywhere(_ action: MenuAction) -> Navigation {
        switch action {
        case .start: return .show(offersLanguages ? LanguageSelectScreen() as any GameScreen : CharacterSelectScreen())
        case .openSettings: return .show(SettingsScreen(returnTo: screen))
        case .getHelp: return .show(GetHelpScreen(returnTo: screen))
        case .askQuit: return .show(QuitConfirmScreen(returnTo: screen))
        case .confirmQuit:
            if mode == .desktop { emit(.quit) }
            return .stay
        case .pickDog(let dog):
            progress.dog = dog
            save()
            return .show(LevelSelectScreen())
        case .adjust(let key):
            adjust(key, by: 1)
            return .stay
        case .showLevels, .quitToLevels:
            session = nil
            return .show(LevelSelectScreen())
        case .back:
            return screen.back(in: self)
        case .readAgain:
            readAgain()
            return .stay
        default:
            return .stay  // another screen's button: nothing to do here
        }
    }

    /// Back (Escape): one step up the screens. In play it pauses.
    func goBack() { apply(screen.back(in: self)) }

    func apply(_ navigation: Navigation) {
        switch navigation {
        case .stay: break
        case .show(let next): enter(next)
        case .update(let updated, let focus):
            screen = updated
            screenChanges += 1
            scanner.reset(focus: focus)
        }
    }

    /// Switches screen and puts the highlight on the screen's natural first choice.
    func enter(_ next: any GameScreen) {
        var next = next
        notice = nil
        scanner.reset(focus: 0)
        let focus = next.enter(in: self)
        screen = next
        screenChanges += 1
        scanner.reset(focus: focus)
        scanner.clamp(to: currentItems())
    }

    func show(notice text: String, seconds: Int = 4) {
        notice = (text, seconds * Simulation.ticksPerSecond)
    }

    /// Writes progress to the store. A kiosk keeps nothing, not even in a file it was given.
    func save() {
        guard mode == .desktop else { return }
        do { try store.save(progress) } catch {
            configuration.log("kashdash: could not save progress: \(error)")
        }
    }

    func nextSeed() -> UInt64 {
        runCount += 1
        if let fixed = configuration.fixedSeed { return fixed }
        return UInt64.random(in: 1...UInt64.max)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
