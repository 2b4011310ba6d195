import KashDashCore
import Testing

@testable import KashDashGame

/// A player with a single switch: only `.primary` presses, and waiting.
@Suite struct OneSwitchTests {
    @Test func oneSwitchReachesEveryScreenAndAnswersAMessage() {
        let (app, _) = makeApp()
        var seen: Set<ScreenID> = [app.screenID]
        let pilot = AutoPilot()

        #expect(app.pressWhenFocused("Settings"))
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("High contrast: Off"))
        #expect(app.settings.highContrast)
        #expect(app.pressWhenFocused("Done"))
        #expect(app.screenID == .title)

        #expect(app.pressWhenFocused("Quit"))
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("No, keep playing"))

        #expect(app.pressWhenFocused("Play"))
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("Jasper"))
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("Training Day"))
        seen.insert(app.screenID)

        // Hovering before the first flap, the highlight visits Pause after a while.
        #expect(app.pressWhenFocused("Pause"))
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("Keep playing"))
        #expect(app.screenID == .play)

        // Fly with the switch until the message, then let the highlight pick the second answer.
        var left = 60 * 60 * 3
        while app.screenID == .play, left > 0 {
            if let simulation = app.simulation, pilot.input(for: simulation) == .flap,
                simulation.state.phase == .flying || app.focusedLabel == "Fly"
            {
                app.handle(.primary)
            }
            app.update()
            left -= 1
        }
        #expect(app.screenID == .message)
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("Yes, the picture shows it"))
        app.update()
        #expect(app.screenID == .feedback)
        seen.insert(app.screenID)
        #expect(app.simulation?.state.wrongAnswers == 1)
        app.tickUntil { $0.session?.acceptsAnswers == true }
        #expect(app.pressWhenFocused("Continue"))
        app.update()

        left = 60 * 60 * 5
        while app.screenID == .play, left > 0 {
            if let simulation = app.simulation, pilot.input(for: simulation) == .flap,
                simulation.state.phase == .flying || app.focusedLabel == "Fly"
            {
                app.handle(.primary)
            }
            app.update()
            left -= 1
        }
        #expect(app.screenID == .roundEnd)
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("Advice links"))
        seen.insert(app.screenID)
        #expect(app.pressWhenFocused("Childline"))
        #expect(app.requestedURL == "https://www.childline.org.uk")

        #expect(
            seen == [
                .title, .settings, .quitConfirm, .characterSelect, .levelSelect, .pause, .play, .message, .feedback,
                .roundEnd, .adviceLinks,
            ])
    }

    @Test func scanningSkipsLockedLevelsAndPausesAfterArrowKeys() {
        let (app, _) = makeApp(content: manyLevels(5))
        app.perform(.start)
        app.perform(.pickDog(.kash))
        var labels: [String] = []
        for _ in 0..<8 {
            labels.append(app.focusedLabel ?? "")
            app.tickUntil(limit: 600) { $0.focusedLabel != labels.last }
        }
        #expect(!labels.contains("Level 3"))
        #expect(!labels.contains("Level 4"))
        #expect(labels.contains("Level 2"))
        app.handle(.down)
        let focused = app.focusedLabel
        for _ in 0..<(5 * 60) { app.update() }
        #expect(app.focusedLabel == focused, "arrow keys pause the scanning")
    }
}
