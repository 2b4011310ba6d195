import Foundation
import KashDashGame
import KashDashLevels

/// Loads the game's content on a second thread while the window opens, words first: the
/// catalogues of the game's own words (the first picture is in the player's language), then
/// the levels with their translations and the advice links (compiling the Lua levels takes
/// longer than opening the window, and the title screen needs none of it). The game opens on
/// the words and the built-in levels, and takes the full content at its first tick with no
/// round running (`startingContent`).
final class ContentPreload: @unchecked Sendable {
    // Written only by the loading thread before the matching semaphore is signalled; read only after.
    private var openingWords = GameTranslations.englishOnly
    private var content: GameContent?
    private var problems: [String] = []
    private let wordsLoaded = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Shipped levels come from `source`; signed updates installed in `installedLevels` win over them.
    init(source: LevelSource, installedLevels: URL) {
        let thread = Thread { [self] in
            // The game's own words first; their problems are logged with the full load's,
            // which adds the levels' words to them rather than reading them again.
            openingWords = TranslationFiles.load(levelsFolder: source.folder, levelWords: false)
            StartTrace.mark("content-translations")
            wordsLoaded.signal()
            // The levels are not needed for the first picture: they yield the cores to the
            // window, its sprites and the X server (Linux nice is per thread).
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)  // who 0: this thread, on Linux
            content = GameContentLoader.load(
                source: source, installedLevels: installedLevels, catalogues: openingWords,
                log: { self.problems.append($0) })
            StartTrace.mark("content-levels")
            finished.signal()
        }
        thread.stackSize = 8 << 20  // as the main thread's: Lua compiles nested code recursively
        thread.start()
    }

    /// What the first picture needs: every language's catalogue, with the built-in levels and
    /// places to get help standing in until the full content is loaded.
    func waitForWords() -> GameContent {
        wordsLoaded.wait()
        var opening = GameContent.builtIn
        opening.translations = openingWords
        return opening
    }

    /// The full content, once loaded; its problems are logged here, on the caller's thread.
    func wait(log: (String) -> Void) -> GameContent {
        finished.wait()
        problems.forEach(log)
        return content ?? .builtIn
    }

    /// Offers the full content to `inbox` once it is loaded (from a background thread, its
    /// problems logged there), then runs `then` (what must not share the level source with
    /// the loading thread, such as the level updater).
    func deliver(to inbox: ContentUpdateInbox, then: @escaping @Sendable () -> Void = {}) {
        Thread.detachNewThread { [self] in
            inbox.offer(wait(log: printError))
            then()
        }
    }
}
