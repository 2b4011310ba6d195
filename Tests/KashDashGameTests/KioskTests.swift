import Foundation
import KashDashCore
import Testing

@testable import KashDashGame

@Suite struct KioskTests {
    @Test func kioskNeverOpensABrowserAndShowsTheAddress() {
        let app = GameApp.scenario(.adviceLinks(levelID: "training"), mode: .kiosk)
        #expect(app.screenID == .adviceLinks)
        #expect(app.drawnText.contains("Ask your teacher to show you this website."))
        #expect(app.drawnText.contains("www.childline.org.uk"))
        app.handle(.choice(1))
        #expect(app.requestedURL == nil)
        #expect(app.drawnText.contains { $0.contains("Ask your teacher to show you Childline") })
    }

    @Test func kioskHasAllLevelsOpenAndNoQuit() {
        let (app, _) = makeApp(mode: .kiosk, content: manyLevels(8))
        #expect(!app.itemLabels.contains("Quit"))
        app.handle(.back)
        #expect(app.screenID == .title)
        app.handle(.quitRequested)
        #expect(!app.wantsQuit)
        #expect((0..<8).allSatisfy(app.isUnlocked))
    }

    @Test func kioskResetsAfterIdleAndShowsADemo() {
        var teacher = GameSettings()
        teacher.largeText = true
        let (app, _) = makeApp(mode: .kiosk, settings: teacher, idleSeconds: 2)
        app.handle(.primary)
        app.handle(.right)
        app.handle(.primary)  // Emma
        app.adjust(.highContrast, by: 1)
        app.handle(.primary)  // a level
        #expect(app.screenID == .play)
        app.handle(.primary)
        for _ in 0..<30 { app.update() }
        // The child walks away.
        for _ in 0..<(2 * 60) { app.update() }
        #expect(app.screenID == .title)
        #expect(app.attract)
        #expect(app.dog == .kash, "nothing of the last child is kept")
        #expect(app.settings == teacher, "settings come back to the teacher's")
        #expect(app.progress.levels.isEmpty)
        // The bot plays behind the title.
        let before = app.simulation?.state.distance
        for _ in 0..<120 { app.update() }
        #expect(app.simulation != nil)
        #expect(app.simulation?.state.distance != before)
        #expect(app.drawnText.contains("Press any button to play!"))
        #expect(app.drainSounds().isEmpty, "the demo is silent")
        // The first press only wakes the kiosk up.
        app.handle(.primary)
        #expect(!app.attract)
        #expect(app.screenID == .title)
        app.handle(.primary)
        #expect(app.screenID == .characterSelect)
    }

    @Test func kioskWritesNothingToDisk() {
        let directory = temporaryDirectory()
        let store = FileProgressStore(fileURL: directory.appendingPathComponent("progress.json"))
        let app = GameApp(content: .builtIn, store: store, mode: .kiosk)
        app.perform(.pickDog(.emma))
        app.adjust(.textSize, by: 1)
        #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
    }

    @Test func desktopDoesNotResetWhenIdle() {
        let (app, _) = makeApp(mode: .desktop, idleSeconds: 1)
        app.handle(.primary)
        for _ in 0..<(3 * 60) { app.update() }
        #expect(app.screenID == .characterSelect)
        #expect(!app.attract)
    }
}
