import KashDashGame

/// What the window loop needs from the game. `GameApp` is the live one; tests and tools
/// can pass anything that answers these.
public protocol WindowedGame: AnyObject {
    func handle(_ action: PlayerAction)
    /// One fixed 1/60 s tick.
    func update()
    func draw(alpha: Double) -> DrawList
    func drainSounds() -> [SoundCue]
    var requestedURL: String? { get set }
    var wantsQuit: Bool { get }
    var settings: GameSettings { get }
}

extension GameApp: WindowedGame {}
