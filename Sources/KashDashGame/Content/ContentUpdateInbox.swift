import Foundation

/// Hands newly installed levels from a background updater to the game loop.
///
/// The updater `offer`s a whole new `GameContent` from any thread; the game takes it only
/// at a safe moment (a kiosk's idle reset, the desktop's title screen), never mid-round, so
/// a child never sees the levels change under them. A newer offer replaces an older one.
public final class ContentUpdateInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: GameContent?

    public init() {}

    public func offer(_ content: GameContent) {
        lock.withLock { waiting = content }
    }

    /// The waiting content, if any, and forgets it.
    func take() -> GameContent? {
        lock.withLock {
            defer { waiting = nil }
            return waiting
        }
    }

    var hasWaiting: Bool { lock.withLock { waiting != nil } }
}

extension GameApp {
    /// Switches to content the updater left waiting, if any. Only call at a safe moment.
    func adoptWaitingContent() {
        guard let next = contentUpdates?.take() else { return }
        adopt(next)
        configuration.log("kashdash: new levels are ready (\(next.levels.count) levels)")
    }

    /// The content still loading when the window opened, at the first tick with no round
    /// running, in any mode (`startingContent`).
    func adoptStartingContentIfNoRound() {
        guard session == nil, let next = startingContent?.take() else { return }
        startingContent = nil
        adopt(next)
    }

    private func adopt(_ next: GameContent) {
        content = next
        levels = localizedLevels()
    }

    /// The desktop's safe moment: on the title screen with no round running.
    func adoptWaitingContentIfOnTitle() {
        guard mode == .desktop, session == nil, screen is TitleScreen, contentUpdates?.hasWaiting == true else { return }
        adoptWaitingContent()
    }

    /// Easiest first; a stable sort keeps the content's order among equally difficult levels.
    static func playOrder(_ levels: [GameLevel]) -> [GameLevel] {
        levels.enumerated()
            .sorted { ($0.element.difficulty, $0.offset) < ($1.element.difficulty, $1.offset) }
            .map(\.element)
    }
}
