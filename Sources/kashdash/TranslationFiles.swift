import Foundation
import KashDashContract
import KashDashGame

/// Reads every translation beside a levels folder: the game's words from
/// `Assets/strings/<lang>.json` and each level's from `Levels/translations/<lang>/<id>.json`
/// (docs/TRANSLATING.md). A language is offered when its catalogue file exists. Problems
/// come back one line each, naming the file and the key; nothing here stops the game.
enum TranslationFiles {
    static func stringsFolder(besideLevels levels: String) -> URL {
        URL(fileURLWithPath: levels).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("Assets/strings", isDirectory: true)
    }

    static func levelsFolder(_ levels: String, language: Language) -> URL {
        URL(fileURLWithPath: levels).appendingPathComponent("translations/\(language.tag)", isDirectory: true)
    }

    /// `levelWords: false` reads only the catalogues: the game's own words, all the first
    /// picture needs (`addLevelWords` brings the levels' words later, with the levels).
    static func load(levelsFolder levels: String?, only: Set<Language>? = nil, levelWords: Bool = true) -> GameTranslations {
        guard let levels else { return .englishOnly }
        var translations = GameTranslations()
        for language in Language.allCases where language != .english && only?.contains(language) != false {
            let file = stringsFolder(besideLevels: levels).appendingPathComponent("\(language.tag).json")
            guard let bytes = try? Data(contentsOf: file) else { continue }
            let (catalogue, problems) = StringCatalogue.load(json: Array(bytes), file: display(file), language: language)
            translations.catalogues[language] = catalogue
            translations.problems += problems
        }
        if levelWords { addLevelWords(to: &translations, levelsFolder: levels) }
        return translations
    }

    /// Each offered language's level translations, added to catalogues already read.
    static func addLevelWords(to translations: inout GameTranslations, levelsFolder levels: String?) {
        guard let levels else { return }
        for language in translations.catalogues.keys.sorted() {
            let (levelTranslations, levelProblems) = loadLevels(levelsFolder: levels, language: language)
            translations.levels[language] = levelTranslations
            translations.problems += levelProblems
        }
    }

    static func loadLevels(levelsFolder levels: String, language: Language) -> ([String: LevelTranslation], [TranslationProblem]) {
        let folder = levelsFolder(levels, language: language)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var result: [String: LevelTranslation] = [:]
        var problems: [TranslationProblem] = []
        for name in files {
            let file = folder.appendingPathComponent(name)
            guard let bytes = try? Data(contentsOf: file) else {
                problems.append(TranslationProblem(file: display(file), key: nil, reason: "cannot be read"))
                continue
            }
            let (translation, found) = LevelTranslation.load(json: Array(bytes), file: display(file), language: language)
            problems += found
            guard let translation else { continue }
            let expected = String(name.dropLast(".json".count))
            guard translation.levelID == expected else {
                problems.append(TranslationProblem(
                    file: display(file), key: "level", reason: "says \"\(translation.levelID)\" but the file is named \(name)"))
                continue
            }
            result[translation.levelID] = translation
        }
        return (result, problems)
    }

    /// A path as people would type it: relative to the working folder when inside it.
    static func display(_ file: URL) -> String {
        let path = file.standardizedFileURL.path
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }
}
