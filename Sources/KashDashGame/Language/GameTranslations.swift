import KashDashContract

/// Every language's words the game has loaded: the UI catalogue and the level translations,
/// with the problems found reading them (logged once at start, one line each).
public struct GameTranslations: Sendable {
    public var catalogues: [Language: StringCatalogue]
    /// Level id → translation, per language.
    public var levels: [Language: [String: LevelTranslation]]
    public var problems: [TranslationProblem]

    public init(
        catalogues: [Language: StringCatalogue] = [:], levels: [Language: [String: LevelTranslation]] = [:],
        problems: [TranslationProblem] = []
    ) {
        self.catalogues = catalogues
        self.levels = levels
        self.problems = problems
    }

    /// English only: what the game shows when no translation files are found.
    public static let englishOnly = GameTranslations()

    public func catalogue(_ language: Language) -> StringCatalogue {
        language == .english ? .english : catalogues[language] ?? .english
    }

    public func level(_ id: String, in language: Language) -> LevelTranslation? {
        language == .english ? nil : levels[language]?[id]
    }

    /// The languages a child can pick: English, and every language with a catalogue loaded.
    public var offered: [Language] { Language.allCases.filter { $0 == .english || catalogues[$0] != nil } }

    /// Whether `language` is still a draft (any of its files not yet reviewed by a native speaker).
    public func isDraft(_ language: Language) -> Bool {
        guard language != .english else { return false }
        return !(catalogues[language]?.reviewed ?? false) || (levels[language]?.values.contains { !$0.reviewed } ?? false)
    }
}
