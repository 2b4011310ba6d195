import KashDashCore

/// The whole game above the simulation: screens, flow, UI state, and the frame's draw list.
///
/// Single-threaded by design: the backend's loop calls `handle(_:)` for each input,
/// `update()` once per fixed 1/60 s tick, and `draw(alpha:)` once per rendered frame, all
/// from the same thread. Not `Sendable`, on purpose.
public final class GameApp {
    public static let ticksPerSecond = 60

    public let content: GameContent
    public let mode: GameMode
    public let configuration: GameConfiguration
    let store: any ProgressStore
    var progress: SavedProgress
    /// Levels in the order the level select shows them (easiest first).
    let levels: [GameLevel]

    /// Sound effects asked for since the backend last drained them.
    public var pendingSounds: [SoundCue] = []
    /// Anonymous facts for the metrics outbox since the backend last drained them.
    public var pendingReports: [GameReport] = []
    /// Set once the player confirmed quitting (desktop only); the backend then closes.
    public private(set) var wantsQuit = false
    /// An advice link the backend should open with `xdg-open`; it sets this back to nil.
    public var requestedURL: String?
    /// Which offered fonts are installed; the settings screen names a missing one.
    public var fontAvailability = FontAvailability.allInstalled
    /// Measures text for fitting; a backend may supply its fonts' real measurements.
    public var textMetrics: any TextMeasuring = EstimatedTextMetrics()
    /// When true the built-in bot flies (not answers) during play: demos, headless frames, tests.
    public var botFlies = false
    /// When true the bot also answers messages and closes feedback.
    public var botAnswers = false

    var screen: Screen = .title
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
    /// The page of level cards showing.
    var levelPage = 0
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
        // Stable sort keeps the content's order among equally difficult levels.
        self.levels = content.levels.enumerated()
            .sorted { ($0.element.difficulty, $0.offset) < ($1.element.difficulty, $1.offset) }
            .map(\.element)
        var loaded = mode == .kiosk ? SavedProgress() : store.load()
        if let kioskSettings, mode == .kiosk { loaded.settings = kioskSettings.validated() }
        self.progress = loaded
        self.startSettings = loaded.settings
        enter(.title)
    }

    // MARK: What the backend reads

    /// The current settings (the backend reads volume and mute from here).
    public var settings: GameSettings { progress.settings }

    /// The dog the player chose.
    public var dog: Dog { progress.dog }

    /// Which screen is showing.
    public var screenID: ScreenID {
        switch screen {
        case .title: .title
        case .characterSelect: .characterSelect
        case .levelSelect: .levelSelect
        case .play:
            switch session?.phase {
            case .message: .message
            case .feedback: .feedback
            default: .play
            }
        case .roundEnd: .roundEnd
        case .adviceLinks: .adviceLinks
        case .settings: .settings
        case .pause: .pause
        case .quitConfirm: .quitConfirm
        }
    }

    /// The running simulation, if a level is being played (read-only; for tests and headless tools).
    public var simulation: Simulation? { session?.simulation }

    /// Returns and forgets the queued sound effects.
    public func drainSounds() -> [SoundCue] {
        defer { pendingSounds.removeAll() }
        return pendingSounds
    }

    /// Returns and forgets the queued reports for the metrics outbox.
    public func drainReports() -> [GameReport] {
        defer { pendingReports.removeAll() }
        return pendingReports
    }

    /// Labels of the pickable items on screen, in scan order (for tests and accessibility tools).
    public var itemLabels: [String] { currentItems().map(\.label) }

    /// The label of the highlighted item, if the screen has any.
    public var focusedLabel: String? { currentItems()[safe: scanner.focus]?.label }

    // MARK: The loop

    /// One input from the player.
    public func handle(_ action: PlayerAction) {
        idleTicks = 0
        let isHover = if case .pointerMoved = action { true } else { false }
        if attract, !isHover {
            // The first press only wakes the kiosk up, so a child never starts something by accident.
            leaveAttract()
            return
        }
        if action == .quitRequested {
            if mode == .desktop { wantsQuit = true }
            return
        }
        if case .play = screen, let session, handlePlay(action, session: session) { return }
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
        if attract {
            updateAttract()
            return
        }
        switch screen {
        case .play: updatePlay()
        case .roundEnd(var result):
            result.ticksShown += 1
            screen = .roundEnd(result)
        default: break
        }
        let items = currentItems()
        _ = scanner.tick(items: items, intervalTicks: scanIntervalTicks)
    }

    /// The frame, with the play field interpolated `alpha` (0...1) of the way from the
    /// previous tick to the current one.
    public func draw(alpha: Double) -> DrawList {
        var painter = Painter(settings: settings, tick: tick, metrics: textMetrics)
        let alpha = min(max(alpha, 0), 1)
        switch screen {
        case .title: drawTitle(&painter, alpha: alpha)
        case .characterSelect: drawCharacterSelect(&painter)
        case .levelSelect: drawLevelSelect(&painter)
        case .play: drawPlay(&painter, alpha: alpha)
        case .roundEnd(let result): drawRoundEnd(&painter, result: result)
        case .adviceLinks(let result): drawAdviceLinks(&painter, result: result)
        case .settings: drawSettings(&painter)
        case .pause: drawPause(&painter)
        case .quitConfirm: drawQuitConfirm(&painter)
        }
        if let notice { drawNotice(&painter, notice.text) }
        return painter.list
    }

    // MARK: Menus

    /// Ticks per scan step, from the settings (0: scanning off).
    var scanIntervalTicks: Int { settings.scanTenths * GameApp.ticksPerSecond / 10 }

    /// The pickable items of the current screen, laid out.
    func currentItems() -> [MenuItem] {
        switch screen {
        case .title: titleItems()
        case .characterSelect: characterItems()
        case .levelSelect: levelItems()
        case .play: playItems()
        case .roundEnd: roundEndItems()
        case .adviceLinks(let result): adviceItems(result)
        case .settings: settingsItems()
        case .pause: pauseItems()
        case .quitConfirm: quitItems()
        }
    }

    private func handleMenu(_ action: PlayerAction) {
        let items = currentItems()
        scanner.clamp(to: items)
        switch action {
        case .primary:
            guard let item = items[safe: scanner.focus] else { return }
            activate(item)
        case .up, .left:
            if case .settings = screen, action == .left, let item = items[safe: scanner.focus],
                case .adjust(let key) = item.action
            {
                adjust(key, by: -1)
                return
            }
            scanner.noteManualNavigation()
            scanner.move(by: gridStep(for: action, items: items), in: items)
        case .down, .right:
            if case .settings = screen, action == .right, let item = items[safe: scanner.focus],
                case .adjust(let key) = item.action
            {
                adjust(key, by: 1)
                return
            }
            scanner.noteManualNavigation()
            scanner.move(by: gridStep(for: action, items: items), in: items)
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
            } else if case .title = screen {
                activate(MenuItem(action: .start, rect: .screen, label: "Play"))  // tap anywhere to start
            }
        case .pointerMoved(let x, let y):
            let point = Point(x: x, y: y)
            if let index = items.firstIndex(where: { $0.rect.contains(point) && $0.enabled }), index != scanner.focus {
                scanner.noteManualNavigation()
                scanner.focus = index
            }
        case .quitRequested:
            break
        }
    }

    /// How far an arrow moves the highlight: up and down jump a whole row of level cards.
    func gridStep(for action: PlayerAction, items: [MenuItem]) -> Int {
        let step = action == .down || action == .right ? 1 : -1
        guard case .levelSelect = screen, action == .up || action == .down else { return step }
        let cards = items.filter { if case .pickLevel = $0.action { true } else { false } }.count
        let target = scanner.focus + step * GameApp.cardsPerRow
        return scanner.focus < cards && (0..<cards).contains(target) ? step * GameApp.cardsPerRow : step
    }

    func activate(_ item: MenuItem) {
        guard item.enabled else {
            if case .pickLevel = item.action {
                show(notice: "Finish the level before this one to open it.")
            }
            return
        }
        switch item.action {
        case .answer, .continueAfterFeedback:
            // Too soon after the panel appeared: ignored quietly (the child may still be flapping).
            guard session?.acceptsAnswers == true else { return }
        case .fly:
            perform(item.action)
            return
        default:
            break
        }
        pendingSounds.append(.click)
        perform(item.action)
    }

    func perform(_ action: MenuAction) {
        switch action {
        case .start: enter(.characterSelect)
        case .openSettings: enter(.settings(returnTo: screen))
        case .askQuit: enter(.quitConfirm(returnTo: screen))
        case .confirmQuit: if mode == .desktop { wantsQuit = true }
        case .cancelQuit:
            if case .quitConfirm(let back) = screen { enter(back) } else { enter(.title) }
        case .pickDog(let dog):
            progress.dog = dog
            save()
            enter(.levelSelect)
        case .pickLevel(let index): startLevel(at: index)
        case .back: goBack()
        case .answer(let choice): answer(choice)
        case .continueAfterFeedback: continueAfterFeedback()
        case .showAdviceLinks:
            if case .roundEnd(let result) = screen {
                enter(.adviceLinks(result))
                for link in adviceLinks(result) {
                    pendingReports.append(.linkShown(link: link.id, level: result.levelID))
                }
            }
        case .playAgain:
            if case .roundEnd(let result) = screen {
                startLevel(at: result.levelIndex)
            } else if case .adviceLinks(let result) = screen {
                startLevel(at: result.levelIndex)
            }
        case .showLevels, .quitToLevels:
            session = nil
            enter(.levelSelect)
        case .openLink(let index):
            if case .adviceLinks(let result) = screen { openLink(index, result: result) }
        case .adjust(let key): adjust(key, by: 1)
        case .resume: enter(.play)
        case .openPause: enter(.pause)
        case .fly: flap()
        case .nextLevelPage:
            levelPage = (levelPage + 1) % levelPageCount
            let items = currentItems()
            scanner.reset(focus: items.firstIndex(where: \.enabled) ?? 0)
        }
    }

    /// Back (Escape): one step up the screens. In play it pauses.
    func goBack() {
        switch screen {
        case .title: if mode == .desktop { enter(.quitConfirm(returnTo: .title)) }
        case .characterSelect: enter(.title)
        case .levelSelect: enter(.characterSelect)
        case .play: enter(.pause)
        case .roundEnd: session = nil; enter(.levelSelect)
        case .adviceLinks(let result): enter(.roundEnd(result))
        case .settings(let back): enter(back)
        case .pause: enter(.play)
        case .quitConfirm(let back): enter(back)
        }
    }

    /// Switches screen and puts the highlight on the screen's natural first choice.
    func enter(_ next: Screen) {
        screen = next
        notice = nil
        scanner.reset(focus: 0)
        let items = currentItems()
        switch next {
        case .characterSelect:
            scanner.reset(focus: Dog.allCases.firstIndex(of: progress.dog) ?? 0)
        case .levelSelect:
            // Start on the first open level not yet finished, so "press, press" plays on.
            let target =
                levels.indices.first { isUnlocked($0) && progress.levels[levels[$0].id]?.finished != true } ?? 0
            levelPage = target / GameApp.cardsPerPage
            let pageItems = currentItems()
            scanner.reset(focus: pageItems.firstIndex { $0.action == .pickLevel(target) } ?? 0)
            scanner.clamp(to: pageItems)
            return
        case .roundEnd:
            // "Play again" first: the most likely wish; advice links are one step away.
            scanner.reset(focus: items.firstIndex { $0.action == .playAgain } ?? 0)
        default:
            break
        }
        scanner.clamp(to: items)
    }

    func show(notice text: String, seconds: Int = 4) {
        notice = (text, seconds * GameApp.ticksPerSecond)
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
