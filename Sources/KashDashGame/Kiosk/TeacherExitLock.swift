import KashDashCore

/// Wrong teacher-PIN attempts and the lock after too many, counted in simulation ticks so
/// the timing is exact in tests. Kept by the app, not the pad: closing and reopening the pad
/// (or a session reset) never clears a lock.
struct TeacherExitLock {
    static let attemptsBeforeLock = 3
    static let lockTicks = 60 * Simulation.ticksPerSecond

    private(set) var wrongAttempts = 0
    /// The app tick at which the pad opens again.
    private(set) var lockedUntilTick: Int?

    func isLocked(at tick: Int) -> Bool { lockedUntilTick.map { tick < $0 } ?? false }

    /// Whole seconds left, rounded up (what the pad shows).
    func secondsLeft(at tick: Int) -> Int {
        guard let until = lockedUntilTick, tick < until else { return 0 }
        return (until - tick + Simulation.ticksPerSecond - 1) / Simulation.ticksPerSecond
    }

    /// Notes one wrong PIN at `tick`; the third in a row locks the pad.
    mutating func noteWrong(at tick: Int) {
        wrongAttempts += 1
        if wrongAttempts >= Self.attemptsBeforeLock {
            lockedUntilTick = tick + Self.lockTicks
            wrongAttempts = 0
        }
    }

    /// Forgets an expired lock.
    mutating func expire(at tick: Int) {
        if let until = lockedUntilTick, tick >= until { lockedUntilTick = nil }
    }
}
