import KashDashCore
import Testing

@testable import KashDashGame

@Suite struct FlowTests {
    @Test func keyboardPlaysFromTitleToRoundEnd() {
        let (app, store) = makeApp()
        #expect(app.screenID == .title)
        app.handle(.primary)  // Play
        #expect(app.screenID == .characterSelect)
        app.handle(.right)
        app.handle(.primary)  // Emma
        #expect(app.dog == .emma)
        #expect(app.screenID == .levelSelect)
        app.handle(.primary)  // the first level, highlighted for a new player
        #expect(app.screenID == .play)
        #expect(app.simulation?.plan.info.id == "training")

        app.flyWithPrimary()
        #expect(app.screenID == .message)
        // Presses right as the message pops up are ignored: the child may still be flapping.
        app.handle(.choice(1))
        app.update()
        #expect(app.screenID == .message)
        app.tickUntil { $0.session?.acceptsAnswers == true }
        app.handle(.choice(1))
        app.update()
        #expect(app.screenID == .feedback)
        #expect(app.drainSounds().contains(.right))
        #expect(app.simulation?.state.rightAnswers == 1)

        app.tickUntil { $0.session?.acceptsAnswers == true }
        app.handle(.primary)  // Continue
        app.update()
        #expect(app.screenID == .play)
        app.flyWithPrimary()
        #expect(app.screenID == .roundEnd)
        let record = store.saved.levels["training"]
        #expect(record?.finished == true)
        #expect(record?.bestScore == app.simulation?.state.score)
        #expect(store.saved.dog == .emma)

        app.handle(.choice(1))  // Advice links
        #expect(app.screenID == .adviceLinks)
        app.handle(.back)
        #expect(app.screenID == .roundEnd)
        app.handle(.choice(3))  // Levels
        #expect(app.screenID == .levelSelect)
    }

    @Test func backPausesAndResumes() {
        let (app, _) = makeApp()
        app.handle(.primary)
        app.handle(.primary)
        app.handle(.primary)
        #expect(app.screenID == .play)
        app.handle(.primary)
        for _ in 0..<10 { app.update() }
        let tickBefore = app.simulation?.state.tick
        app.handle(.back)
        #expect(app.screenID == .pause)
        for _ in 0..<30 { app.update() }
        #expect(app.simulation?.state.tick == tickBefore, "the world stands still while paused")
        app.handle(.primary)  // Keep playing
        #expect(app.screenID == .play)
        app.handle(.back)
        app.handle(.down)
        app.handle(.down)
        app.handle(.down)
        app.handle(.primary)  // Back to levels (after Get help and Settings)
        #expect(app.screenID == .levelSelect)
    }

    @Test func pointerTapsButtonsAndFlaps() {
        let (app, _) = makeApp()
        app.handle(.pointerDown(x: 10, y: 10))  // tap anywhere on the title starts
        #expect(app.screenID == .characterSelect)
        let jasper = GameApp.dogCardRect(2)
        app.handle(.pointerDown(x: jasper.midX, y: jasper.midY))
        #expect(app.dog == .jasper)
        let card = GameApp.levelCardRect(slot: 0)
        app.handle(.pointerDown(x: card.midX, y: card.midY))
        #expect(app.screenID == .play)
        app.handle(.pointerDown(x: 640, y: 300))
        app.update()
        #expect(app.simulation?.state.phase == .flying)
        app.handle(.pointerDown(x: GameApp.pauseButtonRect.midX, y: GameApp.pauseButtonRect.midY))
        #expect(app.screenID == .pause)
    }

    @Test func unsafeAnswerGetsKindFeedbackAndTheSafeChoice() {
        let app = GameApp.scenario(.feedback(levelID: "training", safe: false))
        #expect(app.screenID == .feedback)
        let texts = app.drawnText
        #expect(texts.contains { $0.contains("let's think again") })
        #expect(texts.contains { $0.contains("pictures can be fake") })
        #expect(texts.contains { $0.contains("The safe choice: I can't be sure who they are – People can pretend online") })
        #expect(texts.contains("Continue"))
    }

    @Test func quitIsConfirmedOnDesktop() {
        let (app, _) = makeApp()
        app.handle(.back)
        #expect(app.screenID == .quitConfirm)
        #expect(app.focusedLabel == "No, keep playing")
        app.handle(.primary)
        #expect(app.screenID == .title)
        #expect(!app.wantsQuit)
        app.handle(.back)
        app.handle(.choice(2))
        #expect(app.wantsQuit)
    }

    @Test func levelsUnlockOneAfterAnother() {
        let (app, store) = makeApp(content: manyLevels(5))
        app.handle(.primary)
        app.handle(.primary)
        #expect(app.screenID == .levelSelect)
        #expect((0..<5).map(app.isUnlocked) == [true, true, true, false, false])
        var saved = store.saved
        _ = saved.record(levelID: "level-2", score: 50, finished: true)
        app.progress = saved
        #expect((0..<5).map(app.isUnlocked) == [true, true, true, true, false])
        // A locked card cannot be played; it says why.
        let locked = GameApp.levelCardRect(slot: 4)
        app.handle(.pointerDown(x: locked.midX, y: locked.midY))
        #expect(app.screenID == .levelSelect)
        #expect(app.drawnText.contains { $0.contains("Finish the level before") })
    }

    @Test func settingsChangeTheRunAndAreSaved() {
        let (app, store) = makeApp()
        app.handle(.choice(3))  // Settings on the title (after Play and Get help)
        #expect(app.screenID == .settings)
        app.handle(.down)
        app.handle(.down)
        app.handle(.down)  // Speed (after Volume, Sound and Read aloud)
        #expect(app.focusedLabel == "Speed: 100 %")
        app.handle(.primary)
        #expect(app.settings.speedPercent == 80)
        app.handle(.right)
        #expect(app.settings.speedPercent == 60)
        #expect(store.saved.settings.speedPercent == 60)
        app.handle(.down)
        app.handle(.primary)  // Practice on
        #expect(app.settings.practice)
        app.handle(.back)
        #expect(app.screenID == .title)
        app.handle(.choice(1))
        app.handle(.primary)
        app.handle(.primary)
        #expect(app.simulation?.settings == RunSettings(speedPercent: 60, practice: true))
    }

    @Test func scanSpeedCannotBeSwitchedOffWithTheSwitchAlone() {
        var settings = GameSettings()
        settings.scanTenths = 40
        let (app, _) = makeApp(settings: settings)
        app.perform(.openSettings)
        for _ in 0..<8 { app.adjust(.scanSpeed, by: 1) }
        #expect(app.settings.scanTenths != 0)
        app.adjust(.scanSpeed, by: -1)
        app.adjust(.scanSpeed, by: -1)
        app.adjust(.scanSpeed, by: -1)
        #expect(GameSettings.scanPresets.contains(app.settings.scanTenths))
    }
}
