/// A level's reactions to discrete events (a gate passed, a message answered).
///
/// The Lua layer implements it; the core only sees effects. A hook draws randomness from the
/// run's own generator, so replays stay exact. Hooks must not keep their own state between
/// calls: a saved simulation state could not bring it back.
public protocol LevelScriptHooks: AnyObject {
    /// Which events the level wants to hear about; others are never sent (cheap ticks).
    var wantsGatePassed: Bool { get }
    var wantsMessageAnswered: Bool { get }
    func react(to event: GameEvent, state: SimulationState, rng: inout EngineRNG) -> [ScriptEffect]
}

/// What a level script may do in answer to an event.
public enum ScriptEffect: Hashable, Sendable {
    case addScore(Int)
    case banner(String)
}
