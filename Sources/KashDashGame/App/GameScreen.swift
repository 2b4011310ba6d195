/// One screen of the game as a value: what can be picked on it, how it looks, what its
/// buttons and keys do, and where Back goes.
///
/// `GameApp` keeps the loop, the current screen and the shared context (progress, settings,
/// the scanning highlight, the running level, the effect queue) and passes itself in. A
/// screen never assigns the current screen itself: it answers with a `Navigation`, which
/// the app applies. A new screen is one new file with a type conforming to this and one
/// `ScreenID` case; its own buttons use its own action type through `MenuAction.local`.
protocol GameScreen {
    /// Which screen this is, as tests and backends see it.
    func id(in app: GameApp) -> ScreenID
    /// The pickable items, laid out, in scan order.
    func items(in app: GameApp) -> [MenuItem]
    /// Draws the screen; `alpha` interpolates the play field between the last two ticks.
    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double)
    /// What picking `action` does here; `nil` when the action is not this screen's own
    /// (app-wide actions such as Settings are then handled by the app).
    func perform(_ action: MenuAction, in app: GameApp) -> Navigation?
    /// Back (Escape).
    func back(in app: GameApp) -> Navigation
    /// Called as the screen appears; returns the item to highlight first.
    mutating func enter(in app: GameApp) -> Int
    /// One fixed tick while this screen shows.
    mutating func update(in app: GameApp)
    /// Input this screen takes before the menu logic (flying, tapping anywhere); `true` if taken.
    func handle(_ action: PlayerAction, in app: GameApp) -> Bool
    /// Whether picking `action` right now does nothing (e.g. an answer pressed too soon):
    /// ignored quietly, without the click.
    func ignores(_ action: MenuAction, in app: GameApp) -> Bool
    /// How far an arrow moves the highlight (a grid jumps whole rows).
    func step(for action: PlayerAction, items: [MenuItem], in app: GameApp) -> Int
    /// What read-aloud says as this screen (or this moment of it) appears; `nil` for a
    /// screen whose words are just its buttons (then the highlighted item is read).
    func narration(in app: GameApp) -> String?
}

/// What a screen asks the app to do after an action.
enum Navigation {
    case stay
    /// Show `screen`, entering it (the highlight goes to its natural first choice).
    case show(any GameScreen)
    /// Replace this screen with an updated value of itself, the highlight on `focus`.
    case update(any GameScreen, focus: Int)
}

extension GameScreen {
    mutating func enter(in app: GameApp) -> Int { 0 }
    mutating func update(in app: GameApp) {}
    func handle(_ action: PlayerAction, in app: GameApp) -> Bool { false }
    func ignores(_ action: MenuAction, in app: GameApp) -> Bool { false }
    func step(for action: PlayerAction, items: [MenuItem], in app: GameApp) -> Int {
        action == .down || action == .right ? 1 : -1
    }
    func narration(in app: GameApp) -> String? { nil }
}

/// Which screen is showing, as tests and backends see it: the one line a new screen adds
/// besides its own file.
///
/// `message` and `feedback` are moments of the play screen (the simulation decides them);
/// they are listed here so tests can wait for them by name.
public enum ScreenID: Hashable, Sendable {
    case title
    /// The language picker, before the dog select.
    case languageSelect
    case characterSelect
    case levelSelect
    case play
    case message
    case feedback
    case roundEnd
    case adviceLinks
    case settings
    case pause
    case quitConfirm
    case getHelp
    /// Kiosk: the teacher's PIN pad (Ctrl+Alt+Q with a PIN set).
    case pinPad
}
