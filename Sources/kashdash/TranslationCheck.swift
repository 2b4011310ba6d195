import Foundation
import KashDashContract
import KashDashCore
import KashDashGame
import KashDashLevels
import KashDashSDL

/// `kashdash levels check --lang L`: whether a translation is whole and fits.
///
/// Whole: the catalogue has every string with the same `{placeholders}`, each level's file
/// has every message with as many choices, each with text and feedback (and a why exactly
/// where the English has one), and a phrase for every gate label. Fits: every screen of the
/// tour (`TranslationTour`: menus, every message, every choice's feedback, round end, advice
/// links) at the largest text size, measured with the renderer's own fonts and shaping.
enum TranslationCheck {
    struct Result {
        var problems: [String] = []
        var screens = 0
        var strings = 0
    }

    static func run(language: Language, levelsFolder: String, levelFiles: [String]) -> Result {
        var result = Result()
        let catalogueFile = TranslationFiles.stringsFolder(besideLevels: levelsFolder).appendingPathComponent("\(language.tag).json")
        if language != .english, !FileManager.default.fileExists(atPath: catalogueFile.path) {
            result.problems.append("\(TranslationFiles.display(catalogueFile)): missing: the game's own words in \(language.englishName)")
        }
        let translations = TranslationFiles.load(levelsFolder: levelsFolder, only: [language])
        result.problems += translations.problems.map(\.description)

        let source = LevelSource(folder: levelsFolder)
        var ids: Set<String> = []
        for file in levelFiles {
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            ids.insert(id)
            guard language != .english else { continue }
            let translationFile = TranslationFiles.display(
                TranslationFiles.levelsFolder(levelsFolder, language: language).appendingPathComponent("\(id).json"))
            guard let plan = try? source.load(file, seed: 1).plan else { continue }  // `levels check` reports a broken level
            guard let translation = translations.level(id, in: language) else {
                if !translations.problems.contains(where: { $0.file == translationFile }) {
                    result.problems.append("\(translationFile): missing: \(id) would play in English")
                }
                continue
            }
            result.problems += translation.problems(against: plan, file: translationFile).map(\.description)
        }
        // Extra translations are judged against the whole folder, so checking a few levels
        // does not call the others' translations strays.
        let folderIDs = Set(((try? FileManager.default.contentsOfDirectory(atPath: levelsFolder)) ?? [])
            .filter { $0.hasSuffix(".lua") }.map { String($0.dropLast(".lua".count)) })
        for id in (translations.levels[language] ?? [:]).keys.sorted() where !folderIDs.contains(id) {
            result.problems.append("\(TranslationFiles.display(TranslationFiles.levelsFolder(levelsFolder, language: language))): \(id).json: no such level")
        }

        let fit = fitProblems(language: language, levelsFolder: levelsFolder, levelIDs: ids)
        result.problems += fit.problems
        result.screens = fit.screens
        result.strings = fit.strings
        return result
    }

    /// Text that overflows its box anywhere on the tour, measured by an offscreen renderer.
    static func fitProblems(language: Language, levelsFolder: String, levelIDs: Set<String>) -> (problems: [String], screens: Int, strings: Int) {
        let offscreen: OffscreenRenderer
        do { offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: AssetLocator.find()) } catch {
            return (["cannot measure text: \(error)"], 0, 0)
        }
        let content = GameContentLoader.load(source: LevelSource(folder: levelsFolder))
        let metrics = offscreen.drawing.textMetrics
        var problems: [String] = []
        var seen: Set<String> = []
        var strings = 0
        let stops = TranslationTour.stops(content: content, language: language, levelIDs: levelIDs)
        for stop in stops {
            strings += stop.list.commands.count { if case .text = $0 { true } else { false } }
            for overflow in TextFit.overflows(in: stop.list, metrics: metrics) where seen.insert(overflow.text).inserted {
                problems.append("\(language.tag): \(stop.place): does not fit at the largest text size: \(overflow)")
            }
        }
        return (problems, stops.count, strings)
    }
}
