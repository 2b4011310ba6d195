import KashDashCore

/// What the game remembers between sessions: best results, the chosen dog, settings.
/// Nothing personal: no names, no times, no identifiers.
public struct SavedProgress: Hashable, Sendable, Codable {
    /// Bumped when the layout changes incompatibly.
    public var version: Int = 1
    public var dog: Dog = .kash
    public var settings: GameSettings = GameSettings()
    /// Keyed by level id.
    public var levels: [String: LevelRecord] = [:]
    /// How many times each message was answered, keyed "level/message". It stays on the
    /// device: only the bucket of each answer (first, second, later) is ever reported.
    /// Optional so progress files written before it existed still load.
    public var messageMeetings: [String: Int]?

    public init() {}

    /// Counts one more meeting of a message and returns which meeting it is (1 for the first).
    public mutating func meetMessage(level: String, message: String) -> Int {
        let key = level + "/" + message
        var meetings = messageMeetings ?? [:]
        let meeting = (meetings[key] ?? 0) + 1
        meetings[key] = meeting
        messageMeetings = meetings
        return meeting
    }

    /// The highest rank reached on any level, or nil before the first finished round.
    public var careerRank: Rank? {
        levels.values.compactMap { Rank(rawValue: $0.bestRank) }.max()
    }

    /// Stores a round's result and says whether it promoted the player.
    public mutating func record(levelID: String, score: Int, finished: Bool) -> RoundRecordResult {
        let rank = Rank.forScore(score)
        let previousCareer = careerRank
        var record = levels[levelID] ?? LevelRecord()
        let previousBest = record.bestScore
        record.bestScore = max(record.bestScore ?? 0, score)
        record.bestRank = max(record.bestRank, rank.rawValue)
        record.finished = record.finished || finished
        record.plays += 1
        levels[levelID] = record
        return RoundRecordResult(
            rank: rank, promotion: RankPromotion.check(previous: previousCareer, reached: rank),
            newBestScore: previousBest.map { score > $0 } ?? true)
    }
}

/// One level's best results.
public struct LevelRecord: Hashable, Sendable, Codable {
    public var bestScore: Int?
    /// `Rank.rawValue` of the best rank reached.
    public var bestRank: Int = 0
    /// Whether the level was ever flown to the finish (this unlocks the next one).
    public var finished: Bool = false
    public var plays: Int = 0

    public init() {}
}

/// The outcome of recording a round.
public struct RoundRecordResult: Hashable, Sendable {
    public var rank: Rank
    /// Non-nil when this round reached a rank above anything before.
    public var promotion: RankPromotion?
    public var newBestScore: Bool
}

/// A step up the ranks, celebrated on the round end screen.
public struct RankPromotion: Hashable, Sendable {
    public var from: Rank?
    public var to: Rank

    /// A promotion happens when `reached` beats the best rank so far. A first round that only
    /// reaches Cadet is a welcome, not a promotion.
    public static func check(previous: Rank?, reached: Rank) -> RankPromotion? {
        if let previous { return reached > previous ? RankPromotion(from: previous, to: reached) : nil }
        return reached > .cadet ? RankPromotion(from: nil, to: reached) : nil
    }
}
