/// A recorded run: what is needed to play it again exactly, and the hashes to check it against.
///
/// The text form is described in `docs/REPLAYS.md` and by `ReplayText`.
public struct Replay: Hashable, Sendable {
    public static let formatVersion = 1

    public var engineVersion: String
    public var levelID: String
    /// Hash of the level source the run was played on.
    public var levelSourceHash: UInt64
    public var seed: UInt64
    public var settings: RunSettings
    /// One input per tick, from tick 1.
    public var inputs: [TickInput]
    /// A state hash is recorded after every `hashInterval` ticks and after the last one.
    public var hashInterval: Int
    public var checkpoints: [Checkpoint]

    public struct Checkpoint: Hashable, Sendable {
        public var tick: Int
        public var hash: UInt64
        public init(tick: Int, hash: UInt64) {
            self.tick = tick
            self.hash = hash
        }
    }

    public init(
        engineVersion: String = EngineVersion.current, levelID: String, levelSourceHash: UInt64, seed: UInt64,
        settings: RunSettings, inputs: [TickInput] = [], hashInterval: Int = 60, checkpoints: [Checkpoint] = []
    ) {
        self.engineVersion = engineVersion
        self.levelID = levelID
        self.levelSourceHash = levelSourceHash
        self.seed = seed
        self.settings = settings
        self.inputs = inputs
        self.hashInterval = max(1, hashInterval)
        self.checkpoints = checkpoints
    }
}

/// Why a replay cannot be played on this engine and level, or where it went wrong.
public enum ReplayProblem: Error, Equatable, CustomStringConvertible {
    case engineMismatch(recorded: String, current: String)
    case levelMismatch(recorded: String, current: String)
    case levelSourceMismatch(level: String, recorded: UInt64, current: UInt64)
    case hashMismatch(tick: Int, expected: UInt64, actual: UInt64)
    case truncated(lastTick: Int, checkpointTick: Int)

    public var description: String {
        switch self {
        case .engineMismatch(let recorded, let current):
            "replay was recorded with engine \(recorded), but this is engine \(current); record it again"
        case .levelMismatch(let recorded, let current):
            "replay is for level '\(recorded)', not '\(current)'"
        case .levelSourceMismatch(let level, let recorded, let current):
            "replay was recorded on a different version of level '\(level)' (source \(recorded.hex16), now \(current.hex16))"
        case .hashMismatch(let tick, let expected, let actual):
            "state hash differs at tick \(tick): recorded \(expected.hex16), replayed \(actual.hex16)"
        case .truncated(let lastTick, let checkpointTick):
            "replay's inputs end at tick \(lastTick) but it has a hash for tick \(checkpointTick)"
        }
    }
}
