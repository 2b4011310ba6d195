import Foundation
import KashDashGame
import KashDashLevels

/// Loads the levels and the advice links on a second thread while the window opens: on a
/// kiosk's two cores, compiling the Lua levels then no longer adds to start to first frame.
final class ContentPreload: @unchecked Sendable {
    // Written only by the loading thread before `finished` is signalled; read only after.
    private var content: GameContent?
    private var problems: [String] = []
    private let finished = DispatchSemaphore(value: 0)

    /// Shipped levels come from `source`; signed updates installed in `installedLevels` win over them.
    init(source: LevelSource, installedLevels: URL) {
        let thread = Thread { [self] in
            content = GameContentLoader.load(source: source, installedLevels: installedLevels,
                                             log: { self.problems.append($0) })
            finished.signal()
        }
        thread.stackSize = 8 << 20  // as the main thread's: Lua compiles nested code recursively
        thread.start()
    }

    /// The content, once loaded; its problems are logged here, on the caller's thread.
    func wait(log: (String) -> Void) -> GameContent {
        finished.wait()
        problems.forEach(log)
        return content ?? .builtIn
    }
}
