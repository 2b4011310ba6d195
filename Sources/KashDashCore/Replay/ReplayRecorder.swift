/// Collects inputs and state hashes while a run is played.
public struct ReplayRecorder {
    public private(set) var replay: Replay

    public init(simulation: Simulation, hashInterval: Int = 60) {
        replay = Replay(
            levelID: simulation.plan.info.id, levelSourceHash: simulation.plan.sourceHash, seed: simulation.seed,
            settings: simulation.settings, hashInterval: hashInterval)
    }

    /// Call after each `Simulation.step`, with the input that was given to it.
    public mutating func record(_ input: TickInput, after simulation: Simulation) {
        replay.inputs.append(input)
        if simulation.state.tick % replay.hashInterval == 0 {
            replay.checkpoints.append(.init(tick: simulation.state.tick, hash: simulation.state.hash))
        }
    }

    /// The finished replay, with a last checkpoint at the final tick.
    public func finish(final simulation: Simulation) -> Replay {
        var done = replay
        if done.checkpoints.last?.tick != simulation.state.tick {
            done.checkpoints.append(.init(tick: simulation.state.tick, hash: simulation.state.hash))
        }
        return done
    }
}
