import KashDashContract
import KashDashCore

/// A level as the game sees it: what the level select shows, and how to build a run.
///
/// The executable fills these in (from Lua levels, or Core's `BuiltInLevels`), so this
/// module never depends on the Lua layer.
public struct GameLevel: Sendable {
    public var id: String
    public var title: String
    /// Lesson topic words, e.g. "stranger-danger".
    public var topic: String
    /// The topic as the level card shows it in the current language (from the level's
    /// translation); `nil` shows the topic's own words ("Stranger danger").
    public var topicLabel: String?
    /// The lesson in one sentence.
    public var lesson: String
    /// 1 (first steps) ... 10 (hardest).
    public var difficulty: Int
    /// Art theme for gates, e.g. "padlock".
    public var theme: String
    public var minAge: Int
    public var maxAge: Int
    /// Lays the level out from a seed; throws if the level's script fails.
    public var build: @Sendable (UInt64) throws -> (LevelPlan, (any LevelScriptHooks)?)

    public init(
        id: String, title: String, topic: String, lesson: String, difficulty: Int, theme: String,
        minAge: Int = 7, maxAge: Int = 13,
        build: @escaping @Sendable (UInt64) throws -> (LevelPlan, (any LevelScriptHooks)?)
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.lesson = lesson
        self.difficulty = difficulty
        self.theme = theme
        self.minAge = minAge
        self.maxAge = maxAge
        self.build = build
    }

    /// A level whose plan does not need a script, described by the plan built from seed 0.
    public init(info: LevelInfo, plan: @escaping @Sendable (UInt64) -> LevelPlan) {
        self.init(
            id: info.id, title: info.title, topic: info.topic, lesson: info.lesson, difficulty: info.difficulty,
            theme: info.theme, minAge: info.minAge, maxAge: info.maxAge, build: { (plan($0), nil) })
    }
}

/// Everything the game can offer: levels in play order, the advice catalogue, and any
/// problems found while loading levels (shown to grown-ups, never blocking play).
public struct GameContent: Sendable {
    public var levels: [GameLevel]
    public var links: [AdviceLink]
    public var levelProblems: [String]
    /// The other languages' words (English is built in).
    public var translations: GameTranslations

    public init(
        levels: [GameLevel], links: [AdviceLink], levelProblems: [String] = [],
        translations: GameTranslations = .englishOnly
    ) {
        self.levels = levels
        self.links = links
        self.levelProblems = levelProblems
        self.translations = translations
    }

    public func level(id: String) -> GameLevel? { levels.first { $0.id == id } }
    public func link(id: String) -> AdviceLink? { links.first { $0.id == id } }

    /// Core's two Swift levels and the links they name: enough to play and to test with.
    public static var builtIn: GameContent {
        let levels = BuiltInLevels.ids.compactMap { id -> GameLevel? in
            guard let info = BuiltInLevels.plan(id: id, seed: 0)?.info else { return nil }
            return GameLevel(info: info) { seed in BuiltInLevels.plan(id: id, seed: seed)! }
        }
        return GameContent(levels: levels, links: AdviceLink.builtInHelp)
    }
}

extension AdviceLink {
    /// Three places to get help, built in so a child always leaves knowing where to turn,
    /// even when `Assets/advice-links.json` cannot be read. The catalogue's rules still
    /// apply to them (a test makes the catalogue from these).
    public static let builtInHelp: [AdviceLink] = [
        AdviceLink(
            id: "childline", title: "Childline", url: "https://www.childline.org.uk",
            description: "Talk to someone about anything that worries you. Call free on 0800 1111."),
        AdviceLink(
            id: "thinkuknow", title: "Thinkuknow (CEOP)", url: "https://www.thinkuknow.co.uk",
            description: "Games and advice on staying safe online, from the police."),
        AdviceLink(
            id: "childnet-young-people", title: "Childnet", url: "https://www.childnet.com/young-people/",
            description: "Tips for being safe and kind online."),
    ]
}
