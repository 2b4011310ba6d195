/// Compares a run, tick by tick, with a replay's recorded state hashes.
///
/// One checker serves `ReplayPlayer.verify` and the headless command, which plays the
/// same inputs while also recording and writing frames.
public struct CheckpointChecker: Sendable {
    private var pending: ArraySlice<Replay.Checkpoint>

    public init(_ replay: Replay) { pending = replay.checkpoints[...] }

    /// Call after every step; returns the first mismatch at a checkpoint this tick reached.
    public mutating func check(_ simulation: Simulation) -> ReplayProblem? {
        while let checkpoint = pending.first, checkpoint.tick <= simulation.state.tick {
            pending.removeFirst()
            let actual = simulation.state.hash
            if checkpoint.tick == simulation.state.tick, actual != checkpoint.hash {
                return .hashMismatch(tick: checkpoint.tick, expected: checkpoint.hash, actual: actual)
            }
        }
        return nil
    }

    /// After the last input: a checkpoint the inputs never reached means the replay was cut.
    public func finish(_ simulation: Simulation) -> ReplayProblem? {
        pending.first.map { .truncated(lastTick: simulation.state.tick, checkpointTick: $0.tick) }
    }
}
