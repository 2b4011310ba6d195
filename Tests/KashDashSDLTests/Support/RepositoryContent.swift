import Foundation
import KashDashContract
import KashDashCore
@testable import KashDashGame
import KashDashLevels

/// The repository's own levels and translations, loaded as the game loads them, for tests
/// that must see real words in real fonts.
enum RepositoryContent {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var levelsFolder: String { root.appendingPathComponent("Levels").path }

    /// The levels `ids` from `Levels/` (English), as game levels.
    static func levels(_ ids: [String]) -> [GameLevel] {
        let library = LevelLibrary(directory: levelsFolder, catalogue: nil)
        return library.levels.filter { ids.contains($0.id) }.map { summary in
            GameLevel(
                id: summary.id, title: summary.title, topic: summary.topic, lesson: summary.lesson,
                difficulty: summary.difficulty, theme: summary.theme, minAge: summary.minAge, maxAge: summary.maxAge
            ) { seed in
                let loaded = try library.load(id: summary.id, seed: seed)
                return (loaded.plan, loaded.hooks)
            }
        }
    }

    /// `Assets/strings/<lang>.json` and `Levels/translations/<lang>/*.json`, with their problems.
    static func translations(_ languages: [Language]) -> GameTranslations {
        var translations = GameTranslations()
        for language in languages {
            let stringsFile = root.appendingPathComponent("Assets/strings/\(language.tag).json")
            if let bytes = try? Data(contentsOf: stringsFile) {
                let (catalogue, problems) = StringCatalogue.load(json: Array(bytes), file: stringsFile.path, language: language)
                translations.catalogues[language] = catalogue
                translations.problems += problems
            }
            let folder = root.appendingPathComponent("Levels/translations/\(language.tag)")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".json") {
                guard let bytes = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
                let (level, problems) = LevelTranslation.load(json: Array(bytes), file: name, language: language)
                translations.problems += problems
                if let level { translations.levels[language, default: [:]][level.levelID] = level }
            }
        }
        return translations
    }
}
