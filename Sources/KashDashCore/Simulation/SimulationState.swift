/// The complete, copyable state of a run. Saving it and stepping again gives the same result.
public struct SimulationState: Hashable, Sendable {
    public var tick: Int = 0
    public var phase: Phase = .ready
    /// World x of the dog's centre: how far it has travelled.
    public var distance: Fixed = .zero
    public var dogY: Fixed = WorldGeometry.startY
    /// Positive is falling.
    public var dogVelocity: Fixed = .zero
    public var score: Int = 0
    public var lives: Int
    public var crashes: Int = 0
    /// Index of the first gate not yet passed.
    public var nextGate: Int = 0
    /// Index of the first message not yet shown.
    public var nextMessage: Int = 0
    /// Index of the first pickup that may still be ahead of or beside the dog.
    public var pickupCursor: Int = 0
    /// One bit per pickup, set once collected.
    public var collected: [UInt64]
    /// The choice made for each message, or -1.
    public var answers: [Int8]
    public var rightAnswers: Int = 0
    public var wrongAnswers: Int = 0
    /// Ticks during which the world moved; the renderer animates wings and parallax from it.
    public var flightTicks: Int = 0
    public var rng: EngineRNG

    public init(plan: LevelPlan, seed: UInt64) {
        lives = max(1, plan.lives)
        collected = Array(repeating: 0, count: (plan.pickups.count + 63) / 64)
        answers = Array(repeating: -1, count: plan.messages.count)
        // The plan was built from `seed`; the run's own stream is a separate one.
        rng = EngineRNG(seed: seed ^ 0x5DEE_CE66_D1CE_5EED)
    }

    public func isCollected(_ pickup: Int) -> Bool { collected[pickup >> 6] & (1 << UInt64(pickup & 63)) != 0 }
    mutating func markCollected(_ pickup: Int) { collected[pickup >> 6] |= 1 << UInt64(pickup & 63) }

    /// The police rank this run's score has reached.
    public var rank: Rank { Rank.forScore(score) }

    /// FNV-1a over a canonical encoding of every field (never via Hashable, whose seed changes per process).
    public var hash: UInt64 {
        var hasher = StateHasher()
        hasher.add(tick)
        switch phase {
        case .ready: hasher.add(byte: 0)
        case .flying: hasher.add(byte: 1)
        case .message(let index):
            hasher.add(byte: 2)
            hasher.add(index)
        case .feedback(let message, let choice):
            hasher.add(byte: 3)
            hasher.add(message)
            hasher.add(choice)
        case .finished: hasher.add(byte: 4)
        case .gameOver: hasher.add(byte: 5)
        }
        hasher.add(distance)
        hasher.add(dogY)
        hasher.add(dogVelocity)
        hasher.add(score)
        hasher.add(lives)
        hasher.add(crashes)
        hasher.add(nextGate)
        hasher.add(nextMessage)
        hasher.add(pickupCursor)
        for word in collected { hasher.add(word) }
        for answer in answers { hasher.add(byte: UInt8(bitPattern: answer)) }
        hasher.add(rightAnswers)
        hasher.add(wrongAnswers)
        hasher.add(flightTicks)
        hasher.add(rng.s0)
        hasher.add(rng.s1)
        hasher.add(rng.s2)
        hasher.add(rng.s3)
        return hasher.value
    }
}
