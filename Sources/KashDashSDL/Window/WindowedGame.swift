import KashDashGame

/// What the window loop needs from the game. `GameApp` is the live one; tests and tools
/// can pass anything that answers these.
public protocol WindowedGame: AnyObject {
    func handle(_ action: PlayerAction)
    /// One fixed 1/60 s tick.
    func update()
    func draw(alpha: Double) -> DrawList
    /// What the game asked for since the last call (sounds, links, quitting, ...), in order.
    func drainEffects() -> [GameEffect]
    var settings: GameSettings { get }
    /// Ticks between two pictures (1: every tick); the window draws no more often than this.
    var ticksPerFrame: Int { get }
    /// Why read-aloud cannot be heard (the settings screen says it); the window sets it.
    var speechUnavailable: String? { get set }
}

extension GameApp: WindowedGame {}
