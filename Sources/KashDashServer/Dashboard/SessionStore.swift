import Synchronization

/// Logged-in dashboard sessions, in memory (a restart logs everyone out, which is fine
/// for a handful of staff and keeps session secrets off disk).
final class SessionStore: Sendable {
    struct Session: Sendable {
        let username: String
        /// Sent back in every form; a POST without it is refused (CSRF).
        let csrfToken: String
        let created: ContinuousClock.Instant
        var lastSeen: ContinuousClock.Instant
    }

    private let sessions = Mutex<[String: Session]>([:])
    let idleTimeout: Duration
    let absoluteTimeout: Duration

    init(idleTimeout: Duration = .seconds(30 * 60), absoluteTimeout: Duration = .seconds(8 * 3600)) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    /// Starts a session; returns its cookie token.
    func start(username: String) -> String {
        let now = ContinuousClock.now
        let session = Session(username: username, csrfToken: Self.randomToken(), created: now, lastSeen: now)
        let token = Self.randomToken()
        sessions.withLock { all in
            all = all.filter { !isExpired($0.value, now: now) }
            all[token] = session
        }
        return token
    }

    /// The live session for `token`, touching its idle timer; `nil` if unknown or expired.
    func session(token: String?) -> Session? {
        guard let token else { return nil }
        let now = ContinuousClock.now
        return sessions.withLock { all in
            guard var session = all[token] else { return nil }
            guard !isExpired(session, now: now) else {
                all[token] = nil
                return nil
            }
            session.lastSeen = now
            all[token] = session
            return session
        }
    }

    func end(token: String) { _ = sessions.withLock { $0.removeValue(forKey: token) } }

    private func isExpired(_ session: Session, now: ContinuousClock.Instant) -> Bool {
        now - session.lastSeen >= idleTimeout || now - session.created >= absoluteTimeout
    }

    /// 256 random bits as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let text = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
    }
}

/// Slows password guessing: after `freeAttempts` failures for a username, further tries
/// are refused for a pause that doubles each time (30 s up to 15 min). Success resets it.
final class LoginThrottle: Sendable {
    private struct Record { var failures = 0; var pausedUntil: ContinuousClock.Instant? }
    private let records = Mutex<[String: Record]>([:])
    let freeAttempts: Int
    let basePause: Duration

    init(freeAttempts: Int = 5, basePause: Duration = .seconds(30)) {
        self.freeAttempts = freeAttempts
        self.basePause = basePause
    }

    /// Seconds left to wait, or `nil` when a try is allowed now.
    func pauseRemaining(for username: String) -> Int? {
        let now = ContinuousClock.now
        return records.withLock { all in
            guard let until = all[username]?.pausedUntil, until > now else { return nil }
            return max(1, Int((until - now).components.seconds))
        }
    }

    func recordFailure(for username: String) {
        let now = ContinuousClock.now
        records.withLock { all in
            var record = all[username] ?? Record()
            record.failures += 1
            if record.failures >= freeAttempts {
                let doublings = min(record.failures - freeAttempts, 5)
                record.pausedUntil = now + min(basePause * (1 << doublings), .seconds(900))
            }
            all[username] = record
        }
    }

    func recordSuccess(for username: String) { _ = records.withLock { $0.removeValue(forKey: username) } }
}
