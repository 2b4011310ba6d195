import KashDashContract
import KashDashCore
import Testing

@testable import KashDashGame

/// Catalogues and level translations: what a broken file does (one line naming file and key,
/// English for that string), how a translation reaches the screen, and that the language
/// never reaches the simulation.
@Suite struct TranslationTests {
    static func catalogue(_ json: String, language: Language = .polish) -> (StringCatalogue, [TranslationProblem]) {
        let (catalogue, problems) = StringCatalogue.load(json: Array(json.utf8), file: "pl.json", language: language)
        return (catalogue, problems)
    }

    static let trainingPolish = """
        {"level": "training", "language": "pl", "status": "draft", "title": "Dzień treningowy", "topic": "Trening",
         "lesson": "Lekcja po polsku.",
         "messages": {"same-age": {"prompt": "Czy naprawdę mają 10 lat?", "choices": [
            {"text": "Nie mogę być pewien", "feedback": "Tak! Ludzie udają.", "why": "Zdjęcia mogą być fałszywe."},
            {"text": "Tak, widać na zdjęciu", "feedback": "Zdjęcia mogą być fałszywe."}]}},
         "phrases": {}}
        """

    static func polishContent(catalogue json: String = #"{"language": "pl", "strings": {"title.play": "Graj"}}"#) -> GameContent {
        var content = GameContent.builtIn
        let (catalogue, _) = Self.catalogue(json)
        let (level, _) = LevelTranslation.load(json: Array(trainingPolish.utf8), file: "training.json", language: .polish)
        content.translations = GameTranslations(catalogues: [.polish: catalogue], levels: [.polish: ["training": level!]])
        return content
    }

    // MARK: Catalogue files

    @Test func badJSONIsOneLineAndEnglishThroughout() {
        let (catalogue, problems) = Self.catalogue(#"{"strings": {"title.play": "Graj",}"#)
        #expect(problems.count == 1)
        #expect(problems[0].description.hasPrefix("pl.json: not valid JSON"))
        #expect(catalogue.text(.titlePlay) == "Play")
    }

    @Test func unknownKeyAndMissingStringNameTheKey() {
        let (catalogue, problems) = Self.catalogue(#"{"language": "pl", "strings": {"title.play": "Graj", "title.nope": "x"}}"#)
        #expect(problems.contains { $0.key == "title.nope" && $0.reason == "unknown key" })
        let missing = problems.filter { $0.reason.hasPrefix("missing") }
        #expect(missing.count == UIString.allCases.count - 1)
        #expect(missing.contains { $0.description.hasPrefix("pl.json: common.back: missing; English is used") })
        #expect(catalogue.text(.titlePlay) == "Graj")
        #expect(catalogue.text(.commonBack) == "Back")  // English, never a blank box
    }

    @Test func aChangedPlaceholderFallsBackToEnglish() {
        let (catalogue, problems) = Self.catalogue(#"{"strings": {"roundEnd.score": "Wynik: {punkty}"}}"#)
        #expect(problems.contains { $0.key == "roundEnd.score" && $0.reason.contains("{punkty}") })
        #expect(catalogue.text(.roundEndScore, ["score": "12"]) == "Score: 12")
    }

    @Test func anEmptyStringIsAProblemNotABlank() {
        let (catalogue, problems) = Self.catalogue(#"{"strings": {"title.play": "  "}}"#)
        #expect(problems.contains { $0.key == "title.play" })
        #expect(catalogue.text(.titlePlay) == "Play")
    }

    /// A string of line breaks passed the blank check (it trimmed spaces only) and drew an
    /// empty "Back" button; the `translation` fuzz target's blank check fails on this input.
    @Test func aStringOfLineBreaksIsAProblemNotABlank() {
        for blank in [#"\n"#, #" \r\n\t "#, #"\u2028"#] {
            let (catalogue, problems) = Self.catalogue(#"{"strings": {"common.back": ""# + blank + #""}}"#)
            #expect(problems.contains { $0.key == "common.back" && $0.reason.hasPrefix("not a non-empty string") }, "\(blank)")
            #expect(catalogue.text(.commonBack) == "Back", "\(blank)")
        }
    }

    @Test func everyEnglishStringIsFilledAndPlaceholdersAreNamed() {
        for key in UIString.allCases {
            #expect(!key.english.isEmpty, "\(key.rawValue)")
            #expect(key.english.filter { $0 == "{" }.count == StringCatalogue.placeholders(in: key.english).count)
        }
        #expect(Set(UIString.allCases.map(\.rawValue)).count == UIString.allCases.count)
    }

    // MARK: Level translations

    @Test func aLevelTranslationReplacesEveryWordButNotTheRun() throws {
        let plan = try #require(BuiltInLevels.plan(id: "training", seed: 3))
        let (translation, problems) = LevelTranslation.load(
            json: Array(Self.trainingPolish.utf8), file: "training.json", language: .polish)
        #expect(problems.isEmpty)
        let translated = try #require(translation).apply(to: plan)
        #expect(translated.info.title == "Dzień treningowy")
        #expect(translation?.topic == "Trening")
        #expect(translated.messages[0].prompt == "Czy naprawdę mają 10 lat?")
        #expect(translated.messages[0].choices.map(\.text) == ["Nie mogę być pewien", "Tak, widać na zdjęciu"])
        #expect(translated.messages[0].choices[0].why == "Zdjęcia mogą być fałszywe.")
        // Safety, geometry and the script's hash are the English level's.
        #expect(translated.messages[0].choices.map(\.isSafe) == plan.messages[0].choices.map(\.isSafe))
        #expect(translated.gates == plan.gates)
        #expect(translated.sourceHash == plan.sourceHash)
        #expect(translation!.problems(against: plan, file: "training.json").isEmpty)
    }

    @Test func aMismatchedTranslationIsRefusedByKey() throws {
        let plan = try #require(BuiltInLevels.plan(id: "training", seed: 1))
        let json = """
            {"level": "training", "title": "T", "lesson": "L", "colour": "red", "messages": {
              "same-age": {"prompt": "P", "choices": [{"text": "A", "feedback": "F"}]},
              "no-such": {"prompt": "P", "choices": [{"text": "A", "feedback": "F"}]}}}
            """
        let (translation, problems) = LevelTranslation.load(json: Array(json.utf8), file: "t.json", language: .polish)
        #expect(problems.map(\.description) == ["t.json: colour: unknown key"])
        let mismatches = try #require(translation).problems(against: plan, file: "t.json").map(\.description)
        #expect(mismatches.contains("t.json: messages.no-such: no such message in the level"))
        #expect(mismatches.contains("t.json: messages.same-age.choices: has 1 choices; the level has 2"))
        #expect(mismatches.contains("t.json: topic: missing"), "the level card would name its topic in English")
        // The mismatched message stays English rather than half translated.
        #expect(translation!.apply(to: plan).messages[0].prompt == plan.messages[0].prompt)
    }

    @Test func aLevelPromptOfLineBreaksIsAProblemAndStaysEnglish() throws {
        let plan = try #require(BuiltInLevels.plan(id: "training", seed: 3))
        for blank in [#"\n"#, #" \r\n\t "#, #"\u2028"#] {
            let json = Self.trainingPolish.replacingOccurrences(of: "Czy naprawdę mają 10 lat?", with: blank)
            let (translation, problems) = LevelTranslation.load(json: Array(json.utf8), file: "t.json", language: .polish)
            #expect(problems.map(\.description).contains("t.json: messages.same-age.prompt: not a non-empty string"), "\(blank)")
            let prompt = try #require(translation).apply(to: plan).messages[0].prompt
            let drawsSomething = prompt.contains { !$0.isWhitespace }
            #expect(drawsSomething, "\(blank) drew a blank message")
        }
    }

    @Test func aWhyWhereTheEnglishHasNoneIsAProblem() throws {
        let plan = try #require(BuiltInLevels.plan(id: "training", seed: 1))
        let json = Self.trainingPolish.replacingOccurrences(
            of: #""feedback": "Zdjęcia mogą być fałszywe."}"#, with: #""feedback": "Z.", "why": "W."}"#)
        let (translation, _) = LevelTranslation.load(json: Array(json.utf8), file: "t.json", language: .polish)
        let problems = try #require(translation).problems(against: plan, file: "t.json").map(\.description)
        #expect(problems == ["t.json: messages.same-age.choices[1].why: the English choice has no why"])
    }

    // MARK: In the game

    @Test func thePickerComesBeforeTheDogsAndSwitchesEverything() {
        let (app, store) = makeApp(content: Self.polishContent())
        app.perform(.start)
        #expect(app.screenID == .languageSelect)
        #expect(app.currentItems().map(\.label).prefix(2) == ["English", "Polski"])
        #expect(app.focusedLabel == "English")  // one press goes on in the language chosen last time
        app.handle(.down)
        app.handle(.primary)
        #expect(app.screenID == .characterSelect)
        #expect(app.language == .polish)
        #expect(store.load().settings.language == .polish)  // remembered
        #expect(app.levels.first { $0.id == "training" }?.title == "Dzień treningowy")
        #expect(app.levels.first { $0.id == "training" }?.topicLabel == "Trening")  // the level card's topic
        #expect(app.drawnText.contains("Back"))  // untranslated strings stay English, never blank
    }

    /// Urdu reads from the right: the first level card is top right, and the left arrow goes
    /// on to the next level.
    @Test func theLevelSelectIsMirroredInUrdu() throws {
        var settings = GameSettings()
        settings.language = .urdu
        let app = GameApp.scenario(.levelSelect, settings: settings)
        let cards = app.currentItems().filter { if case .pickLevel = $0.action { true } else { false } }
        try #require(cards.count >= 2)
        #expect(cards[0].rect.x > cards[1].rect.x)
        #expect(cards[0].rect == GameApp.levelCardRect(slot: 2))
        let first = app.scanner.focus
        #expect(app.currentItems()[first].action == .pickLevel(0))
        var finished = LevelRecord()
        finished.finished = true
        app.progress.levels[app.levels[0].id] = finished  // so the second level is open
        app.handle(.left)
        #expect(app.scanner.focus == first + 1)
        app.handle(.right)
        #expect(app.scanner.focus == first)
    }

    /// Issue 13's "done when": a child who cannot read English picks Polish, plays a whole
    /// round, hears the message and its numbered choices in Polish, answers by number and
    /// hears the feedback, then the round's lesson, all in the Polish voice.
    @Test func aWholeRoundInPolishIsReadAloudAndAnsweredByNumber() throws {
        var settings = GameSettings()
        settings.readAloud = true
        settings.scanTenths = 0
        let (app, _) = makeApp(settings: settings, content: Self.polishContent())
        app.perform(.start)
        app.handle(.down)
        app.handle(.primary)  // Polski
        app.handle(.primary)  // Kash
        #expect(app.screenID == .levelSelect)
        app.handle(.primary)  // the first level: training, translated
        var said: [Utterance] = []
        var answers = 0
        for _ in 0..<10 where app.screenID != .roundEnd {
            app.flyWithPrimary()
            said += app.drainEffects().utterances
            guard app.screenID == .message else { continue }
            #expect(app.tickUntil { $0.session?.acceptsAnswers == true })
            said += app.drainEffects().utterances
            app.handle(.choice(1))  // answered by number
            answers += 1
            app.update()
            said += app.drainEffects().utterances
            #expect(app.tickUntil { $0.session?.acceptsAnswers == true })
            app.handle(.choice(1))  // go on
            app.update()
            said += app.drainEffects().utterances
        }
        #expect(app.screenID == .roundEnd)
        app.update()
        said += app.drainEffects().utterances
        #expect(answers == 1, "training has one message")
        let screens = said.filter { $0.kind == .screen }
        #expect(!screens.isEmpty)
        #expect(said.allSatisfy { $0.language == "pl" }, "every word in the Polish voice: \(said.map(\.language))")
        let message = try #require(screens.first { $0.text.contains("Czy naprawdę mają 10 lat?") })
        #expect(message.text.contains("1: Nie mogę być pewien") && message.text.contains("2: Tak, widać na zdjęciu"))
        #expect(screens.contains { $0.text.contains("Tak! Ludzie udają.") }, "the feedback")
        #expect(screens.contains { $0.text.contains("Lekcja po polsku.") }, "the round's lesson")
        #expect(!said.contains { $0.text.contains("Is this person really 10") }, "no English of the level")
    }

    @Test func eachLanguageNameIsReadInItsOwnVoice() {
        var settings = GameSettings()
        settings.readAloud = true
        let (app, _) = makeApp(settings: settings, content: Self.polishContent())
        app.perform(.start)
        app.effects.removeAll()
        app.handle(.down)
        app.update()
        let spoken = app.effects.compactMap { effect -> Utterance? in
            if case .speak(let utterance) = effect { return utterance }
            return nil
        }
        #expect(spoken.last?.text == "Polski")
        #expect(spoken.last?.language == "pl")
    }

    @Test func aKioskResetGoesBackToTheKiosksLanguage() {
        let (app, _) = makeApp(mode: .kiosk, content: Self.polishContent(), idleSeconds: 10)
        app.handle(.primary)  // wakes the kiosk from its demo
        app.perform(.start)
        app.handle(.down)
        app.handle(.primary)
        #expect(app.language == .polish)
        app.tickUntil(limit: 60 * 30) { $0.attract }
        #expect(app.language == .english)
        #expect(app.levels.first { $0.id == "training" }?.title == "Training Day")
    }

    @Test func withOnlyEnglishThereIsNoPicker() {
        let (app, _) = makeApp()
        app.perform(.start)
        #expect(app.screenID == .characterSelect)
    }

    @Test func aTranslatedRunIsTheSameRun() throws {
        var polish = GameSettings()
        polish.language = .polish
        let english = GameApp.scenario(.roundEnd(levelID: "training"), content: Self.polishContent())
        let translated = GameApp.scenario(.roundEnd(levelID: "training"), content: Self.polishContent(), settings: polish)
        let a = try #require(english.session)
        let b = try #require(translated.session)
        #expect(a.simulation.state == b.simulation.state)
        #expect(b.simulation.plan.messages[0].prompt == "Czy naprawdę mają 10 lat?")
        #expect(a.simulation.plan.messages[0].prompt.hasPrefix("A new online friend"))
    }

    @Test func theMessageScreenShowsTheTranslationRightToLeftInUrdu() {
        var content = Self.polishContent()
        let (level, _) = LevelTranslation.load(
            json: Array(Self.trainingPolish.replacingOccurrences(of: "\"pl\"", with: "\"ur\"")
                .replacingOccurrences(of: "Czy naprawdę mają 10 lat?", with: "کیا وہ واقعی 10 سال کے ہیں؟").utf8),
            file: "training.json", language: .urdu)
        content.translations.catalogues[.urdu] = StringCatalogue.load(json: Array("{\"strings\": {}}".utf8), file: "ur.json", language: .urdu).catalogue
        content.translations.levels[.urdu] = ["training": level!]
        var settings = GameSettings()
        settings.language = .urdu
        let app = GameApp.scenario(.message(levelID: "training"), content: content, settings: settings)
        let prompt = app.draw(alpha: 0).commands.compactMap { command -> TextCommand? in
            if case .text(let text) = command, text.string == "کیا وہ واقعی 10 سال کے ہیں؟" { return text }
            return nil
        }.first
        #expect(prompt?.rightToLeft == true)
        #expect(prompt?.font == .nastaliq)
    }
}
