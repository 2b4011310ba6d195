/// Plays a replay back and checks it.
public enum ReplayPlayer {
    /// Refuses a replay made for another engine or another version of the level.
    public static func checkCompatible(_ replay: Replay, with plan: LevelPlan) throws(ReplayProblem) {
        guard replay.engineVersion == EngineVersion.current else {
            throw .engineMismatch(recorded: replay.engineVersion, current: EngineVersion.current)
        }
        guard replay.levelID == plan.info.id else {
            throw .levelMismatch(recorded: replay.levelID, current: plan.info.id)
        }
        guard replay.levelSourceHash == plan.sourceHash else {
            throw .levelSourceMismatch(level: plan.info.id, recorded: replay.levelSourceHash, current: plan.sourceHash)
        }
    }

    /// Replays every input and compares each recorded hash; returns the final simulation.
    /// `onTick` sees each state (for frame output or a sync test).
    @discardableResult
    public static func verify(
        _ replay: Replay, plan: LevelPlan, hooks: (any LevelScriptHooks)? = nil,
        onTick: (Simulation, [GameEvent]) -> Void = { _, _ in }
    ) throws(ReplayProblem) -> Simulation {
        try checkCompatible(replay, with: plan)
        var simulation = Simulation(plan: plan, seed: replay.seed, settings: replay.settings, hooks: hooks)
        var checker = CheckpointChecker(replay)
        var events: [GameEvent] = []
        for input in replay.inputs {
            events.removeAll(keepingCapacity: true)
            simulation.step(input, events: &events)
            onTick(simulation, events)
            if let problem = checker.check(simulation) { throw problem }
        }
        if let problem = checker.finish(simulation) { throw problem }
        return simulation
    }
}
