import KashDashCore
import Testing
@testable import KashDashGame

@Suite struct HomeItemTests {
    @Test func theFirstChoiceKeepsTheHighlightLongEnoughForAKeyboardChild() {
        let (app, _) = makeApp()
        for _ in 0..<(5 * 60) { app.update() }
        #expect(app.focusedLabel == "Play", "Space after five seconds still starts the game")
        app.tickUntil(limit: 400) { $0.focusedLabel != "Play" }
        #expect(app.focusedLabel == "Get help")
        for _ in 0..<(25 * 6) { app.update() }  // 2.5 s: scanning moves on from an ordinary item
        #expect(app.focusedLabel == "Settings")
    }
}
