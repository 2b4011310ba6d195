import Foundation
import KashDashCore
import KashDashGame
import KashDashLevels

/// Builds what the game offers from the Lua levels and the advice catalogue, falling back
/// to Core's built-in levels and a small built-in catalogue so the game always starts.
enum GameContentLoader {
    /// The levels folder's levels (sorted by difficulty), the catalogue's links, and any
    /// problems with broken levels (those are left out; the rest still play).
    static func load(
        levelsDirectory: String? = ContentLocator.levelsDirectory(), log: (String) -> Void = { _ in }
    ) -> GameContent {
        var problems: [String] = []
        var catalogue: AdviceCatalogue?
        var levels: [GameLevel] = []
        if let folder = levelsDirectory {
            if let file = ContentLocator.catalogueFile(besideLevels: folder) {
                do { catalogue = try AdviceCatalogue.load(path: file) } catch {
                    problems.append("\(error)")
                }
            } else {
                problems.append(
                    "advice-link catalogue \(ContentLocator.expectedCatalogueFile(besideLevels: folder)) is missing; "
                        + "showing the built-in links")
            }
            let library = SharedLibrary(LevelLibrary(directory: folder, catalogue: catalogue))
            problems += library.value.problems.map(\.description)
            levels = library.value.levels.map { summary in
                GameLevel(
                    id: summary.id, title: summary.title, topic: summary.topic, lesson: summary.lesson,
                    difficulty: summary.difficulty, theme: summary.theme, minAge: summary.minAge,
                    maxAge: summary.maxAge
                ) { seed in
                    let loaded = try library.value.load(id: summary.id, seed: seed)
                    return (loaded.plan, loaded.hooks)
                }
            }
        } else {
            problems.append(ContentLocator.noLevelsFolderLine + "; playing the built-in training levels")
        }
        if levels.isEmpty { levels = GameContent.builtIn.levels }
        let links =
            catalogue.map { catalogue in
                catalogue.links.map {
                    AdviceLinkInfo(id: $0.id, title: $0.title, url: $0.url, description: $0.description)
                }
            } ?? AdviceLinkInfo.fallbackCatalogue
        for problem in problems { log(problem) }
        return GameContent(levels: levels, links: links, levelProblems: problems)
    }
}

/// Lets level builders share one library.
///
/// `LevelLibrary` is not marked `Sendable`, but it is never changed after it is made and each
/// `load` builds in a fresh Lua state of its own, so sharing it between closures is safe.
private final class SharedLibrary: @unchecked Sendable {
    let value: LevelLibrary
    init(_ value: LevelLibrary) { self.value = value }
}
