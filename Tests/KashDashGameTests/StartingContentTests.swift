import KashDashContract
import KashDashCore
import Testing

@testable import KashDashGame

/// The window opens on the words and the built-in levels while the Lua levels compile on
/// another thread (issue 11's kiosk start); the full content is taken at the first tick with
/// no round running, in every mode, and never under a round.
@Suite struct StartingContentTests {
    /// "Full" content that differs from the opening one: the built-in levels renamed.
    static func fullContent() -> GameContent {
        var content = GameContent.builtIn
        for index in content.levels.indices { content.levels[index].title = "Loaded \(index)" }
        return content
    }

    @Test(arguments: [GameMode.desktop, .kiosk])
    func theFullContentIsTakenAtTheFirstTick(_ mode: GameMode) {
        let (app, _) = makeApp(mode: mode)
        let inbox = ContentUpdateInbox()
        app.startingContent = inbox
        app.update()
        #expect(app.levels.allSatisfy { !$0.title.hasPrefix("Loaded") }, "nothing offered yet")
        inbox.offer(Self.fullContent())
        app.update()
        #expect(app.levels.allSatisfy { $0.title.hasPrefix("Loaded") })
        #expect(app.startingContent == nil, "taken once")
    }

    @Test func aRoundIsNeverChangedUnderThePlayer() throws {
        let (app, _) = makeApp()
        let inbox = ContentUpdateInbox()
        app.startingContent = inbox
        #expect(app.startLevel(id: "training"))
        let before = try #require(app.session?.level.title)
        inbox.offer(Self.fullContent())
        for _ in 0..<10 { app.update() }
        #expect(app.session?.level.title == before, "the running round keeps its level")
        #expect(app.startingContent != nil, "still waiting for a moment with no round")
    }
}
