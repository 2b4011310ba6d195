import KashDashContract
import KashDashCore
import Testing

@testable import KashDashGame

/// Issue 12's screens: reflections, every safe choice after an unsafe answer, help always
/// in reach, and a round end that counts only the questions a child met.
@Suite struct LessonsTwoFlowTests {
    /// The easy built-in level with its one message changed by `change`.
    static func content(_ change: @escaping @Sendable (inout SafetyMessage) -> Void) -> GameContent {
        let level = GameLevel(
            id: "training", title: "Training Day", topic: "online-friends", lesson: "Tell a trusted adult.",
            difficulty: 1, theme: "default"
        ) { seed in
            var plan = BuiltInLevels.training(seed: seed)
            change(&plan.messages[0])
            return (plan, nil)
        }
        return GameContent(levels: [level], links: AdviceLink.builtInHelp)
    }

    static let reflection: @Sendable (inout SafetyMessage) -> Void = { message in
        message.kind = .reflection
        message.prompt = "Someone is mean to you online. How would you feel?"
        message.choices = [
            Choice(text: "Sad", isSafe: true, feedback: "It's OK to feel sad. Tell a trusted adult."),
            Choice(text: "Angry", isSafe: true, feedback: "It's OK to feel angry. Tell a trusted adult."),
        ]
    }

    static let twoSafeChoices: @Sendable (inout SafetyMessage) -> Void = { message in
        message.choices = [
            Choice(text: "Tell a parent", isSafe: true, feedback: "Yes!", why: "They look after you."),
            Choice(text: "Keep it secret", isSafe: false, feedback: "It can feel hard to tell."),
            Choice(text: "Tell a teacher", isSafe: true, feedback: "Yes!", why: "Teachers help you stay safe."),
        ]
    }

    /// From the title to the message, answering `choice` once answers are taken.
    static func answer(_ app: GameApp, _ choice: Int) {
        app.handle(.primary)
        app.handle(.primary)
        app.handle(.primary)
        app.flyWithPrimary()
        app.tickUntil { $0.session?.acceptsAnswers == true }
        app.handle(.choice(choice))
        app.update()
    }

    @Test func aReflectionHasNoCrossNoVerdictAndNoCount() {
        let (app, _) = makeApp(content: Self.content(Self.reflection))
        _ = app.drainEffects()
        Self.answer(app, 2)
        #expect(app.screenID == .feedback)
        let frame = app.draw(alpha: 0)
        #expect(frame.texts.contains("Thank you for sharing how you feel."))
        #expect(!frame.texts.contains { $0.contains("Good try") })
        #expect(!frame.imageNames.contains("cross"))
        #expect(app.simulation?.state.rightAnswers == 0)
        #expect(app.simulation?.state.wrongAnswers == 0)
        let effects = app.drainEffects()
        #expect(!effects.sounds.contains(.wrong))
        // Reported for the learning page with its encounter and no verdict: never counted
        // as safe or unsafe (issue 16).
        let verdicts = effects.reports.compactMap { report -> String? in
            if case .messageAnswered(_, _, _, let verdict) = report { verdict.map { "\($0)" } ?? "none" } else { nil }
        }
        #expect(verdicts == ["none"])
    }

    @Test func anUnsafeAnswerNamesEverySafeChoiceAndWhy() {
        let (app, _) = makeApp(content: Self.content(Self.twoSafeChoices))
        Self.answer(app, 2)
        #expect(app.screenID == .feedback)
        let text = app.drawnText.joined(separator: "\n")
        #expect(text.contains("Tell a parent – They look after you."))
        #expect(text.contains("Tell a teacher – Teachers help you stay safe."))
    }

    @Test func theRoundEndCountsOnlyQuestionsMet() {
        var plan = BuiltInLevels.training(seed: 1)
        let fresh = SimulationState(plan: plan, seed: 1)
        #expect(GameApp.questionsMet(plan: plan, state: fresh) == 0)
        var answered = fresh
        answered.answers[0] = 0
        #expect(GameApp.questionsMet(plan: plan, state: answered) == 1)
        plan.messages[0].kind = .reflection
        #expect(GameApp.questionsMet(plan: plan, state: answered) == 0, "a reflection is never counted")
    }

    @Test func getHelpIsOneSwitchAwayOnTheTitleAndPause() {
        let (app, _) = makeApp()
        #expect(app.pressWhenFocused("Get help"))
        #expect(app.screenID == .getHelp)
        for line in HelpLines.all(.english) { #expect(app.drawnText.contains(line), "\(line)") }
        app.handle(.back)
        #expect(app.screenID == .title)

        let (player, _) = makeApp()
        player.handle(.primary)
        player.handle(.primary)
        player.handle(.primary)
        player.handle(.back)
        #expect(player.screenID == .pause)
        #expect(player.currentItems().contains { $0.action == .getHelp })
        player.perform(.getHelp)
        #expect(player.screenID == .getHelp)
        player.handle(.back)
        #expect(player.screenID == .pause)
    }

    @Test func everyAdviceScreenShowsChildline999AndATrustedAdult() {
        let (app, _) = makeApp()
        app.handle(.primary)
        app.handle(.primary)
        app.handle(.primary)
        app.botFlies = true
        app.botAnswers = true
        app.tickUntil(limit: 60 * 60 * 10) { $0.screenID == .roundEnd }
        app.perform(.showAdviceLinks)
        #expect(app.screenID == .adviceLinks)
        for line in HelpLines.all(.english) { #expect(app.drawnText.contains(line), "\(line)") }
    }
}
