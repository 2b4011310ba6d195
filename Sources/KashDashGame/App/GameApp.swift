import KashDashCore

/// The whole game above the simulation: screens, flow, UI state, and the frame's draw list.
///
/// Single-threaded by design: the backend's loop calls `handle(_:)` for each input,
/// `update()` once per fixed 1/60 s tick, and `draw(alpha:)` once per rendered frame, all
/// from the same thread. Not `Sendable`, on purpose.
public final class GameApp {
    public static let ticksPerSecond = 60

    public let content: GameContent
    public let mode: GameMode
    public let configuration: GameConfiguration
    let store: any ProgressStore
    var progress: SavedProgress

    /// Sound effects asked for since the backend last drained them.
    public var pendingSounds: [SoundCue] = []
    /// Set once the player confirmed quitting (desktop only); the backend then closes.
    public private(set) var wantsQuit = false
    /// An advice link the backend should open with `xdg-open`; it sets this back to nil.
    public var requestedURL: String?

    public init(content: GameContent, store: any ProgressStore, mode: GameMode = .desktop,
                configuration: GameConfiguration = GameConfiguration()) {
        self.content = content
        self.store = store
        self.mode = mode
        self.configuration = configuration
        self.progress = store.load()
    }

    /// The current settings (the backend reads volume and mute from here).
    public var settings: GameSettings { progress.settings }

    /// Returns and forgets the queued sound effects.
    public func drainSounds() -> [SoundCue] {
        defer { pendingSounds.removeAll() }
        return pendingSounds
    }

    /// One input from the player.
    public func handle(_ action: PlayerAction) {
        if action == .quitRequested, mode == .desktop { wantsQuit = true }
    }

    /// Advances one fixed tick (1/60 s).
    public func update() {}

    /// The frame, with the play field interpolated `alpha` (0...1) of the way from the
    /// previous tick to the current one.
    public func draw(alpha: Double) -> DrawList {
        var list = DrawList()
        list.clear(Color(hex: 0x8FD3FF))
        list.text(TextCommand("Kash Dash", box: Rect(x: 0, y: 200, width: 1280, height: 100), size: 72, color: .white, bold: true))
        return list
    }
}
