import Testing

@testable import KashDashGame

/// The app's side of screens as values: a screen from outside the built-in set runs in the
/// loop, its own state survives ticks, and moving on from inside a tick is not undone.
@Suite struct ScreenValueTests {
    /// Counts its ticks and, after `leaveAfter` of them, moves on to the title.
    struct CountingScreen: GameScreen {
        var ticks = 0
        var leaveAfter = Int.max

        func id(in app: GameApp) -> ScreenID { .settings }
        func items(in app: GameApp) -> [MenuItem] {
            [MenuItem(action: .back, rect: Rect(x: 0, y: 0, width: 100, height: 50), label: "Ticks \(ticks)")]
        }
        func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {}
        func perform(_ action: MenuAction, in app: GameApp) -> Navigation? { nil }
        func back(in app: GameApp) -> Navigation { .show(TitleScreen()) }
        mutating func update(in app: GameApp) {
            ticks += 1
            if ticks >= leaveAfter { app.enter(TitleScreen()) }
        }
    }

    @Test func aScreensOwnStateIsKeptFromTickToTick() {
        let (app, _) = makeApp()
        app.enter(CountingScreen())
        for _ in 0..<3 { app.update() }
        #expect(app.itemLabels == ["Ticks 3"])
    }

    @Test func movingOnDuringATickIsNotUndoneByTheOldScreensValue() {
        let (app, _) = makeApp()
        app.enter(CountingScreen(leaveAfter: 2))
        app.update()
        app.update()
        #expect(app.screenID == .title)
    }

    /// A screen with a button of its own, in its own action type.
    struct AskingScreen: GameScreen {
        enum Action: Hashable { case yes }

        func id(in app: GameApp) -> ScreenID { .quitConfirm }
        func items(in app: GameApp) -> [MenuItem] {
            [MenuItem(action: .local(Action.yes), rect: Rect(x: 0, y: 0, width: 100, height: 50), label: "Yes")]
        }
        func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {}
        func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
            guard case .local(let local) = action, local.base as? Action == .yes else { return nil }
            return .show(CharacterSelectScreen())
        }
        func back(in app: GameApp) -> Navigation { .stay }
    }

    @Test func aScreenCanHaveButtonsOfItsOwn() {
        let (app, _) = makeApp()
        app.enter(AskingScreen())
        app.handle(.primary)
        #expect(app.screenID == .characterSelect)
        #expect(app.drainSounds() == [.click])
    }

    @Test func backAndAppWideActionsWorkOnAnyScreen() {
        let (app, store) = makeApp()
        app.enter(CountingScreen())
        app.perform(.pickDog(.jasper))  // not this screen's button: the app's meaning applies
        #expect(store.load().dog == .jasper)
        #expect(app.screenID == .levelSelect)
        app.enter(CountingScreen())
        app.handle(.back)
        #expect(app.screenID == .title)
    }
}
