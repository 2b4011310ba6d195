import KashDashCore
import Testing

@testable import KashDashGame

/// Read-aloud as the game decides it: what is said, when, and with which urgency. (The
/// voice itself is KashDashSpeech's; the window plays it.)
@Suite struct ReadAloudTests {
    private func readingApp(_ readAloud: Bool = true) -> GameApp {
        var settings = GameSettings()
        settings.readAloud = readAloud
        settings.scanTenths = 0
        return makeApp(settings: settings).0
    }

    /// From the title to the first message of the first level, the effects drained on the way.
    private func reachMessage(_ app: GameApp) -> (SafetyMessage, [GameEffect]) {
        var effects: [GameEffect] = []
        app.handle(.primary)  // Play
        app.handle(.primary)  // Kash
        app.handle(.primary)  // the first level
        effects += app.drainEffects()
        app.flyWithPrimary()
        effects += app.drainEffects()
        guard case .message(let index) = app.session?.phase else {
            Issue.record("no message reached")
            return (SafetyMessage(id: "", atX: .zero, prompt: "", choices: []), effects)
        }
        return (app.simulation!.plan.messages[index], effects)
    }

    @Test func aMessageIsReadWithEveryChoiceNumbered() {
        let app = readingApp()
        let (message, effects) = reachMessage(app)
        let said = effects.utterances.last
        #expect(said?.kind == .screen)
        #expect(said?.text.hasPrefix("Kash asks: ") == true)
        for (index, choice) in message.choices.enumerated() {
            #expect(said?.text.contains("\(index + 1): \(choice.text)") == true, "choice \(index + 1)")
        }
        #expect(said == Utterance(Narration.message(message, askedBy: .kash, in: .english), kind: .screen))
        // Said once, not again every tick while it stays on screen.
        app.update()
        app.update()
        #expect(app.drainEffects().utterances.isEmpty)
    }

    @Test func movingTheHighlightReadsTheAnswerWithItsNumber() {
        let app = readingApp()
        let (message, _) = reachMessage(app)
        app.tickUntil { $0.session?.acceptsAnswers == true }
        _ = app.drainEffects()
        app.handle(.down)
        let said = app.drainEffects().utterances
        #expect(said == [Utterance("2: " + Narration.sentence(message.choices[1].text), kind: .focus)])
    }

    @Test func feedbackIsReadAndContinuingStopsTheVoice() {
        let app = readingApp()
        let (message, _) = reachMessage(app)
        app.tickUntil { $0.session?.acceptsAnswers == true }
        let unsafe = message.choices.firstIndex { !$0.isSafe } ?? 0
        app.handle(.choice(unsafe + 1))
        app.update()
        let feedback = app.drainEffects().utterances.last
        #expect(feedback?.kind == .screen)
        #expect(feedback?.text.contains(message.choices[unsafe].feedback) == true)
        if message.kind == .question {
            for safe in message.safeChoices { #expect(feedback?.text.contains(safe.text) == true) }
        }
        app.tickUntil { $0.session?.acceptsAnswers == true }
        app.handle(.choice(1))  // Continue
        app.update()
        #expect(app.drainEffects().contains(.stopSpeaking))
    }

    @Test func nothingIsSaidWithReadAloudOffButTheRKeyStillReads() {
        let app = readingApp(false)
        let (message, effects) = reachMessage(app)
        #expect(effects.utterances.isEmpty)
        #expect(!app.itemLabels.contains("Hear it"), "no Hear it button when read-aloud is off")
        app.handle(.readAgain)
        #expect(app.drainEffects().utterances == [Utterance(Narration.message(message, askedBy: .kash, in: .english))])
    }

    @Test func hearItComesAfterTheAnswersSoNumbersStillAnswer() {
        let app = readingApp()
        let (message, _) = reachMessage(app)
        #expect(app.itemLabels == message.choices.map(\.text) + ["Hear it"])
        app.tickUntil { $0.session?.acceptsAnswers == true }
        _ = app.drainEffects()
        app.handle(.choice(message.choices.count + 1))  // the Hear it button's place
        #expect(app.screenID == .message)
        #expect(app.drainEffects().utterances.last?.text == Narration.message(message, askedBy: .kash, in: .english))
        app.handle(.choice(1))
        app.update()
        #expect(app.screenID == .feedback)
    }

    @Test func theRoundEndReadsTheLessonAndHelpNumbersDigitByDigit() {
        let app = readingApp()
        _ = reachMessage(app)
        var said: [Utterance] = []
        for _ in 0..<100 where app.screenID != .roundEnd {
            if app.screenID == .message || app.screenID == .feedback {
                app.tickUntil { $0.session?.acceptsAnswers == true }
                app.handle(.choice(1))
                app.update()
            } else {
                app.flyWithPrimary()
            }
            said += app.drainEffects().utterances
        }
        #expect(app.screenID == .roundEnd)
        said += app.drainEffects().utterances
        let roundEnd = said.last?.text ?? ""
        #expect(roundEnd.contains(app.levels[0].lesson))
        #expect(roundEnd.contains("0 8 0 0, 1 1 1 1"))
        #expect(roundEnd.contains("Call 9 9 9"))
    }

    @Test func aKioskDemoSaysNothing() {
        var settings = GameSettings()
        settings.readAloud = true
        let (app, _) = makeApp(mode: .kiosk, settings: settings, idleSeconds: 10)
        app.tickUntil(limit: 60 * 60) { $0.attract }
        _ = app.drainEffects()
        for _ in 0..<60 * 30 { app.update() }
        #expect(app.drainEffects().utterances.isEmpty)
    }

    @Test func theSettingIsOneSwitchAwayAndSaysWhatItDoes() {
        let app = readingApp(false)
        app.handle(.choice(3))  // Settings
        app.handle(.down)
        app.handle(.down)
        #expect(app.focusedLabel == "Read aloud: Off")
        app.handle(.primary)
        #expect(app.settings.readAloud)
        #expect(app.drawnText.contains { $0.hasPrefix("Read the words out loud.") })
        // Turning it on reads the row, now on.
        #expect(app.drainEffects().utterances.last?.text == "Read aloud: On")
    }
}
