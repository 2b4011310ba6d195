import Foundation
import KashDashContract
import KashDashCore
import KashDashGame
import KashDashLevels
import KashDashUpdates

/// What the game offers, from the level source: the folder's good levels (sorted by
/// difficulty) with any installed level updates laid over them (highest valid version wins),
/// and the catalogue's links; else Core's built-in levels and the built-in places to get
/// help, so the game always starts. Problems are logged, never fatal.
enum GameContentLoader {
    /// `catalogues`: the game's own words if already read (`ContentPreload`); only the
    /// levels' words are then added.
    static func load(source: LevelSource = LevelSource(), installedLevels: URL? = nil, catalogues: GameTranslations? = nil,
                     log: (String) -> Void = { _ in }) -> GameContent {
        var problems = source.problems
        let installed = installedLevels.flatMap { LevelShelf.installedLibrary(directory: $0, catalogue: source.catalogue) }
        let shelf = LevelShelf(shipped: source.library(), installed: installed)
        problems += shelf.problems
        var levels = shelf.levels.map { entry in
            let summary = entry.summary
            let library = entry.library
            return GameLevel(
                id: summary.id, title: summary.title, topic: summary.topic, lesson: summary.lesson,
                difficulty: summary.difficulty, theme: summary.theme, minAge: summary.minAge,
                maxAge: summary.maxAge
            ) { seed in
                let loaded = try library.load(id: summary.id, seed: seed)
                return (loaded.plan, loaded.hooks)
            }
        }
        if levels.isEmpty { levels = GameContent.builtIn.levels }
        for problem in problems { log(problem) }
        let translations = loadTranslations(levelsFolder: source.folder, catalogues: catalogues, log: log)
        return GameContent(
            levels: levels, links: source.catalogue?.links ?? AdviceLink.builtInHelp, levelProblems: problems,
            translations: translations)
    }

    /// Every translation beside the levels folder, each problem logged as one line.
    static func loadTranslations(levelsFolder: String?, catalogues: GameTranslations? = nil, log: (String) -> Void) -> GameTranslations {
        var translations: GameTranslations
        if let catalogues {
            translations = catalogues
            TranslationFiles.addLevelWords(to: &translations, levelsFolder: levelsFolder)
        } else {
            translations = TranslationFiles.load(levelsFolder: levelsFolder)
        }
        for problem in translations.problems { log("translation: \(problem)") }
        return translations
    }

    /// Where level updates are installed: `levels/` beside saved progress (the XDG data folder).
    static func installedLevelsFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        FileProgressStore.defaultFileURL(environment: environment).deletingLastPathComponent()
            .appendingPathComponent("levels", isDirectory: true)
    }
}
