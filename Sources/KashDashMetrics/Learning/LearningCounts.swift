import KashDashContract

/// Exact answer counts for one message over a period, split by first meeting and later
/// meetings. Nothing here is suppressed: the dashboard applies the 10-5 rule before showing.
public struct LearningCounts: Equatable, Sendable {
    public var level: String
    public var message: String
    public var firstSafe: Int
    public var firstUnsafe: Int
    /// Second, third and later meetings together.
    public var againSafe: Int
    public var againUnsafe: Int
    /// Reflection answers (no verdict), any meeting.
    public var reflections: Int

    public init(
        level: String, message: String, firstSafe: Int = 0, firstUnsafe: Int = 0, againSafe: Int = 0,
        againUnsafe: Int = 0, reflections: Int = 0
    ) {
        self.level = level
        self.message = message
        self.firstSafe = firstSafe
        self.firstUnsafe = firstUnsafe
        self.againSafe = againSafe
        self.againUnsafe = againUnsafe
        self.reflections = reflections
    }

    public var firstAnswers: Int { firstSafe + firstUnsafe }
    public var againAnswers: Int { againSafe + againUnsafe }
}

/// The learning read model's column for a count, shared by both stores' roll-ups.
enum LearningColumn: String, CaseIterable {
    case firstSafe = "first_safe", firstUnsafe = "first_unsafe"
    case againSafe = "again_safe", againUnsafe = "again_unsafe"
    case reflections

    /// Where an answer of `encounter` with `verdict` ("safe", "unsafe" or "none") is counted.
    init?(encounter: String, verdict: String) {
        guard let bucket = EncounterBucket(rawValue: encounter) else { return nil }
        switch (bucket.isRepeat, verdict) {
        case (_, LearningKey.noVerdict): self = .reflections
        case (false, "safe"): self = .firstSafe
        case (false, "unsafe"): self = .firstUnsafe
        case (true, "safe"): self = .againSafe
        case (true, "unsafe"): self = .againUnsafe
        default: return nil
        }
    }

    /// SQL true when a `learning_counts` row (`row` is its prefix inside a trigger, such as
    /// "NEW.") is counted in this column.
    func rowTest(_ row: String = "") -> String {
        switch self {
        case .firstSafe: "\(row)encounter = 'first' AND \(row)verdict = 'safe'"
        case .firstUnsafe: "\(row)encounter = 'first' AND \(row)verdict = 'unsafe'"
        case .againSafe: "\(row)encounter <> 'first' AND \(row)verdict = 'safe'"
        case .againUnsafe: "\(row)encounter <> 'first' AND \(row)verdict = 'unsafe'"
        case .reflections: "\(row)verdict = 'none'"
        }
    }
}
