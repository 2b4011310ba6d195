import KashDashContract
import KashDashCore
import KashDashGame
import KashDashLevels

/// What the game offers, from the level source: the folder's good levels (sorted by
/// difficulty) and the catalogue's links, else Core's built-in levels and the built-in
/// places to get help, so the game always starts. Problems are logged, never fatal.
enum GameContentLoader {
    static func load(source: LevelSource = LevelSource(), log: (String) -> Void = { _ in }) -> GameContent {
        var problems = source.problems
        var levels: [GameLevel] = []
        if let library = source.library() {
            problems += library.problems.map(\.description)
            levels = library.levels.map { summary in
                GameLevel(
                    id: summary.id, title: summary.title, topic: summary.topic, lesson: summary.lesson,
                    difficulty: summary.difficulty, theme: summary.theme, minAge: summary.minAge,
                    maxAge: summary.maxAge
                ) { seed in
                    let loaded = try library.load(id: summary.id, seed: seed)
                    return (loaded.plan, loaded.hooks)
                }
            }
        }
        if levels.isEmpty { levels = GameContent.builtIn.levels }
        for problem in problems { log(problem) }
        return GameContent(
            levels: levels, links: source.catalogue?.links ?? AdviceLink.builtInHelp, levelProblems: problems)
    }
}
