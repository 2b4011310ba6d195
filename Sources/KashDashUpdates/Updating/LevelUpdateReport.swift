/// What one update check did, level by level.
public struct LevelUpdateReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case installed(version: Int)
        /// The game already has this version (or the server offers the one it has).
        case unchanged(version: Int)
        case refused(reason: String)
    }

    public struct Level: Sendable, Equatable {
        public var id: String
        public var outcome: Outcome

        public init(id: String, outcome: Outcome) {
            self.id = id
            self.outcome = outcome
        }
    }

    /// Set when the whole check failed (server unreachable, manifest not signed by the
    /// configured key...): then no level was looked at and nothing changed.
    public var failure: String?
    public var levels: [Level] = []

    public init(failure: String? = nil, levels: [Level] = []) {
        self.failure = failure
        self.levels = levels
    }

    public var installed: [String] { levels.compactMap { if case .installed = $0.outcome { $0.id } else { nil } } }
    public var refused: [String] { levels.compactMap { if case .refused = $0.outcome { $0.id } else { nil } } }

    /// One line per level (and one for a failed check), as `kashdash levels update` prints
    /// them and the game logs them.
    public var lines: [String] {
        if let failure { return ["level update failed: \(failure); the installed levels stay as they are"] }
        return levels.map { level in
            switch level.outcome {
            case .installed(let version): "installed \(level.id) v\(version)"
            case .unchanged(let version): "unchanged \(level.id) v\(version)"
            case .refused(let reason): "refused \(level.id): \(reason)"
            }
        }
    }

    /// The lines a running game logs: failures and changes, not the quiet "unchanged" ones.
    public var noteworthyLines: [String] {
        lines.filter { !$0.hasPrefix("unchanged ") }
    }
}
