import KashDashContract

/// What a server instance must remember beyond the metrics, kept where every instance
/// sees it: dashboard accounts and their audit log, sessions (as token hashes), the
/// login-failure pause, and the day's visitor salt with its seen set.
///
/// SQLite (`SQLiteSharedState`, one server: `accounts.sqlite` in its data folder) and
/// PostgreSQL (`PostgresSharedState`, several servers on one database) implement it.
/// Times are wall-clock Unix milliseconds, because instances share no monotonic clock.
public protocol AccountStorage: AnnotationStorage, PanelLinkStorage {
    /// Inserts an account and its audit record in one transaction; `false` if it exists.
    func addAccount(username: String, passwordHash: String, audit: AuditRecord) async throws -> Bool
    /// Deletes an account and records it; `false` if there was none.
    func removeAccount(username: String, audit: AuditRecord) async throws -> Bool
    func usernames() async throws -> [String]
    func passwordHash(username: String) async throws -> String?
    func appendAudit(_ record: AuditRecord) async throws
    /// Newest first.
    func auditLog(limit: Int) async throws -> [AuditRecord]

    /// Stores a session under the hash of its token (the token itself is never stored).
    func insertSession(tokenHash: String, username: String, nowMillis: Int64) async throws
    /// The session's username, touching its idle timer; expired sessions are deleted and
    /// give `nil`, as do unknown ones.
    func touchSession(tokenHash: String, nowMillis: Int64, idleMillis: Int64, absoluteMillis: Int64) async throws -> String?
    func deleteSession(tokenHash: String) async throws

    /// When the login pause for `username` ends (Unix ms), if any.
    func loginPausedUntil(username: String) async throws -> Int64?
    /// Counts a failure atomically (instances may race) and returns the failures so far;
    /// `pause(failures)` gives the pause to set from now, or `nil` for none yet.
    func recordLoginFailure(username: String, nowMillis: Int64, pause: @escaping @Sendable (Int) -> Int64?) async throws -> Int
    func clearLoginFailures(username: String) async throws
}

/// Where the day's visitor salt and seen set live (see `DailyVisitorHasher`).
public protocol VisitorDayStorage: Sendable {
    /// The salt of `day`: the one already stored, else `candidate`, stored now. When two
    /// instances race, the first insert wins and both use it.
    func salt(for day: Day, candidate: [UInt8]) async throws -> [UInt8]
    /// Adds a visitor key to `day`'s seen set; `true` if it was not there.
    func insertSeen(day: Day, key: [UInt8]) async throws -> Bool
    /// How many keys `day` holds.
    func seenCount(day: Day) async throws -> Int
    /// Deletes the salts and seen sets of days before `day`.
    func forgetDays(before day: Day) async throws
}

/// One audit-log record: who did what, when (UTC, to the second).
public struct AuditRecord: Equatable, Sendable {
    public var at: String
    public var username: String
    public var action: String
    public var detail: String

    public init(at: String, username: String, action: String, detail: String) {
        self.at = at
        self.username = String(username.prefix(64))
        self.action = action
        self.detail = String(detail.prefix(200))
    }
}
