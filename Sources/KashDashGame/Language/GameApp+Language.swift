import KashDashContract

extension GameApp {
    /// The language every word is shown and read aloud in.
    public var language: Language { settings.language }

    /// The game's own words in the current language.
    public var strings: StringCatalogue { content.translations.catalogue(language) }

    /// One of the game's own strings in the current language (English where it lacks one).
    func text(_ key: UIString) -> String { strings.text(key) }

    /// A string with its `{name}` placeholders filled in.
    func text(_ key: UIString, _ values: [String: String]) -> String { strings.text(key, values) }
}

extension GameApp {
    /// The content's levels in play order, in the current language: titles and lessons for
    /// the level select and round end, and plans translated as they are built (the
    /// simulation itself never sees the language, so scores and replays do not change).
    func localizedLevels() -> [GameLevel] {
        Self.playOrder(content.levels).map { level in
            guard let translation = content.translations.level(level.id, in: language) else { return level }
            var localized = level
            localized.title = translation.title ?? level.title
            localized.topicLabel = translation.topic
            localized.lesson = translation.lesson ?? level.lesson
            let build = level.build
            localized.build = { seed in
                let (plan, hooks) = try build(seed)
                return (translation.apply(to: plan), hooks)
            }
            return localized
        }
    }

    /// A short phrase from a level's script (a banner) in the current language.
    func phrase(_ english: String, level id: String) -> String {
        content.translations.level(id, in: language)?.phrase(english) ?? english
    }

    /// Switches every word (and the read-aloud voice) to `language`, and saves the choice.
    func setLanguage(_ language: Language) {
        guard language != settings.language else { return }
        progress.settings.language = language
        levels = localizedLevels()
        save()
        configuration.log("kashdash: language \(language.tag)\(content.translations.isDraft(language) ? " (draft translation)" : "")")
    }
}
