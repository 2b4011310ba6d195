import KashDashCore
import Testing

@testable import KashDashGame

/// Levels installed by a background update reach the game only at a safe moment: a kiosk at
/// its next idle reset, the desktop back on the title screen; never in the middle of a round.
@Suite struct LevelUpdateFlowTests {
    @Test func kioskSwitchesOnlyAtItsIdleReset() {
        let (app, _) = makeApp(mode: .kiosk, content: manyLevels(2), idleSeconds: 2)
        let inbox = ContentUpdateInbox()
        app.contentUpdates = inbox
        #expect(app.startLevel(id: "level-0"))
        #expect(app.screenID == .play)
        inbox.offer(manyLevels(5))
        // A child keeps playing for five seconds: the round and the level list stay as they were.
        for tick in 0..<(5 * 60) {
            if tick % 30 == 0 { app.handle(.primary) }
            app.update()
        }
        #expect(app.levels.count == 2)
        #expect(app.content.levels.count == 2)
        #expect(app.session?.level.id == "level-0")
        // The child walks away: the reset is the moment to switch.
        #expect(app.tickUntil(limit: 3 * 60) { $0.attract })
        #expect(app.levels.count == 5)
        #expect(app.content.levels.map(\.id) == (0..<5).map { "level-\($0)" })
        // The demo behind the title already plays the new set, and nothing is left waiting.
        #expect(app.simulation != nil)
        #expect(inbox.take() == nil)
    }

    @Test func desktopSwitchesWhenBackOnTheTitle() {
        let (app, _) = makeApp(content: manyLevels(2))
        let inbox = ContentUpdateInbox()
        app.contentUpdates = inbox
        #expect(app.startLevel(id: "level-1"))
        inbox.offer(manyLevels(4))
        for _ in 0..<(3 * 60) { app.update() }
        #expect(app.screenID == .play)
        #expect(app.levels.count == 2, "never mid-round")
        app.perform(.quitToLevels)
        #expect(app.screenID == .levelSelect)
        for _ in 0..<(2 * 60) { app.update() }
        #expect(app.levels.count == 2, "the level list a player is reading does not change under them")
        var steps = 0
        while app.screenID != .title, steps < 5 {
            app.goBack()
            steps += 1
        }
        #expect(app.screenID == .title)
        #expect(app.tickUntil(limit: 61) { $0.levels.count == 4 })
        app.handle(.primary)
        #expect(app.screenID == .characterSelect)
    }

    @Test func noUpdaterMeansNothingChanges() {
        let (app, _) = makeApp(content: manyLevels(3))
        for _ in 0..<120 { app.update() }
        #expect(app.levels.count == 3)
    }
}
