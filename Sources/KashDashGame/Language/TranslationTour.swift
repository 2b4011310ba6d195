import KashDashContract
import KashDashCore

/// Every screen a child can meet in one language, as draw lists: the menus, each level's
/// every message with each of its choices' feedback, the round end and the advice links.
/// `kashdash levels check --lang` measures the text in these with the renderer's real fonts,
/// so a translation that would spill out of a box is caught before a child sees it.
public enum TranslationTour {
    public struct Stop: Sendable {
        /// Where in the game, e.g. "message online-friends/meet-up" or "feedback … choice 2".
        public var place: String
        public var list: DrawList
    }

    /// The tour at the largest text size (and the settings a child can choose that lengthen
    /// text), in `language`. `levelIDs` limits the levels visited (nil: all).
    public static func stops(
        content: GameContent, language: Language, levelIDs: Set<String>? = nil
    ) -> [Stop] {
        var settings = GameSettings()
        settings.language = language
        settings.largeText = true
        settings.readAloud = true  // shows the "Hear it" buttons, which take room beside the answers
        settings.practice = true  // a run cannot be lost, so every message is reached
        var stops: [Stop] = []
        func visit(_ place: String, _ app: GameApp) { stops.append(Stop(place: place, list: app.draw(alpha: 1))) }

        for (place, scenario) in [("title", Scenario.title), ("dog select", .characterSelect), ("settings", .settings),
                                  ("get help", .getHelp)] {
            visit(place, GameApp.scenario(scenario, content: content, settings: settings))
        }
        let picker = GameApp.scenario(.title, content: content, settings: settings)
        picker.enter(LanguageSelectScreen())
        visit("language select", picker)
        let levelSelect = GameApp.scenario(.levelSelect, content: content, settings: settings)
        for page in 0..<levelSelect.levelPageCount {
            levelSelect.enter(LevelSelectScreen(page: page))
            visit("level select page \(page + 1)", levelSelect)
        }
        for level in content.levels where levelIDs?.contains(level.id) != false {
            stops += levelStops(level.id, content: content, settings: settings)
        }
        return stops
    }

    /// One level, run once per choice position: run `r` answers every message with choice
    /// `r` (or its last), so every choice's feedback shows once.
    static func levelStops(_ id: String, content: GameContent, settings: GameSettings) -> [Stop] {
        var stops: [Stop] = []
        let first = GameApp.scenario(.pause(levelID: id), content: content, settings: settings)
        stops.append(Stop(place: "pause \(id)", list: first.draw(alpha: 1)))
        let mostChoices = first.session?.simulation.plan.messages.map(\.choices.count).max() ?? 1
        for round in 0..<max(1, mostChoices) {
            let app = GameApp.scenario(.playing(levelID: id, ticks: 0), content: content, settings: settings)
            app.botFlies = true  // flies, but the tour answers
            var ticks = 0
            while app.screenID != .roundEnd, ticks < 60 * 60 * 10 {
                ticks += 1
                app.update()
                guard let session = app.session, session.acceptsAnswers else { continue }
                switch session.phase {
                case .message(let index):
                    let message = session.simulation.plan.messages[index]
                    if round == 0 { stops.append(Stop(place: "message \(id)/\(message.id)", list: app.draw(alpha: 1))) }
                    app.answer(min(round, message.choices.count - 1))
                case .feedback(let index, _) where round < session.simulation.plan.messages[index].choices.count:
                    let message = session.simulation.plan.messages[index]
                    stops.append(Stop(place: "feedback \(id)/\(message.id) choice \(round + 1)", list: app.draw(alpha: 1)))
                    app.continueAfterFeedback()
                case .feedback:
                    app.continueAfterFeedback()
                default:
                    break
                }
            }
            guard round == 0, app.screenID == .roundEnd else { continue }
            for _ in 0..<600 { app.update() }  // the score counts up
            stops.append(Stop(place: "round end \(id)", list: app.draw(alpha: 1)))
            app.perform(.showAdviceLinks)
            stops.append(Stop(place: "advice links \(id)", list: app.draw(alpha: 1)))
        }
        return stops
    }
}
