import KashDashMetrics

/// Slows password guessing: after `freeAttempts` failures for a username, further tries
/// are refused for a pause that doubles each time (30 s up to 15 min). Success resets it.
/// The counts are in the shared `AccountStorage`, so a guesser spreading tries over
/// several instances gets one allowance, not one per instance.
struct LoginThrottle: Sendable {
    let storage: any AccountStorage
    let freeAttempts: Int
    let basePause: Duration

    init(storage: any AccountStorage, freeAttempts: Int = 5, basePause: Duration = .seconds(30)) {
        self.storage = storage
        self.freeAttempts = freeAttempts
        self.basePause = basePause
    }

    /// Seconds left to wait, or `nil` when a try is allowed now.
    func pauseRemaining(for username: String) async throws -> Int? {
        guard let until = try await storage.loginPausedUntil(username: username) else { return nil }
        let left = until - WallClock.millis()
        guard left > 0 else { return nil }
        return max(1, Int((left + 999) / 1000))
    }

    func recordFailure(for username: String) async throws {
        let free = freeAttempts, base = SessionStore.millis(basePause)
        _ = try await storage.recordLoginFailure(username: username, nowMillis: WallClock.millis()) { failures in
            guard failures >= free else { return nil }
            return min(base << Int64(min(failures - free, 5)), 900_000)
        }
    }

    func recordSuccess(for username: String) async throws { try await storage.clearLoginFailures(username: username) }
}
