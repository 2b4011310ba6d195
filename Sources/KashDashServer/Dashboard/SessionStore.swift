import Crypto
import KashDashMetrics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Logged-in dashboard sessions, kept in the shared `AccountStorage` so that any instance
/// behind a proxy knows a session another one started. Only SHA-256 of each cookie token
/// is stored (a copy of the table logs no one in); the CSRF token is derived from the
/// cookie token, so no instance needs to remember it.
struct SessionStore: Sendable {
    struct Session: Sendable {
        let username: String
        /// Sent back in every form; a POST without it is refused (CSRF).
        let csrfToken: String
    }

    let storage: any AccountStorage
    let idleTimeout: Duration
    let absoluteTimeout: Duration

    init(storage: any AccountStorage, idleTimeout: Duration = .seconds(30 * 60), absoluteTimeout: Duration = .seconds(8 * 3600)) {
        self.storage = storage
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    /// Starts a session; returns its cookie token.
    func start(username: String) async throws -> String {
        let token = Self.randomToken()
        try await storage.insertSession(tokenHash: Self.hash(token), username: username, nowMillis: WallClock.millis())
        return token
    }

    /// The live session for `token`, touching its idle timer; `nil` if unknown, expired or
    /// not even shaped like a token (a forged cookie costs no database query).
    func session(token: String?) async throws -> Session? {
        guard let token, Self.isWellFormed(token) else { return nil }
        guard let username = try await storage.touchSession(
            tokenHash: Self.hash(token), nowMillis: WallClock.millis(),
            idleMillis: Self.millis(idleTimeout), absoluteMillis: Self.millis(absoluteTimeout))
        else { return nil }
        return Session(username: username, csrfToken: Self.hash("csrf:" + token))
    }

    func end(token: String) async throws {
        guard Self.isWellFormed(token) else { return }
        try await storage.deleteSession(tokenHash: Self.hash(token))
    }

    /// 256 random bits as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let text = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    static func hash(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    static func millis(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// Unix time in milliseconds: instances share no monotonic clock, so shared expiries use
/// the wall clock (kept in step by NTP; a skew of seconds only shifts a 30-minute timeout).
enum WallClock {
    static func millis() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
