import KashDashCore
import Testing
@testable import KashDashGame

@Suite struct ArrowKeyTests {
    @Test func upAndDownJumpRowsOfLevelCards() {
        let (app, _) = makeApp(mode: .kiosk, content: manyLevels(8))
        app.perform(.start)
        app.perform(.pickDog(.kash))
        #expect(app.focusedLabel == "Level 0")
        app.handle(.down)
        #expect(app.focusedLabel == "Level 3")
        app.handle(.right)
        #expect(app.focusedLabel == "Level 4")
        app.handle(.up)
        #expect(app.focusedLabel == "Level 1")
        app.handle(.down)
        app.handle(.down)
        #expect(app.focusedLabel == "Level 5")
        app.handle(.down)
        #expect(app.focusedLabel == "Back")
    }
}
