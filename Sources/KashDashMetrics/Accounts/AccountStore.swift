import GRDB
import KashDashContract

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Named dashboard accounts (commissioner's office staff) and the audit log of their
/// logins and exports. Kept in its own SQLite file, apart from the anonymous metrics:
/// these are adults' accounts, and the audit log's exact times are required for audit.
public final class AccountStore: Sendable {
    /// One audit record: who did what, when (UTC, to the second).
    public struct AuditEntry: Equatable, Sendable {
        public var at: String
        public var username: String
        public var action: String
        public var detail: String
    }

    private let writer: any DatabaseWriter
    private let hasher: PasswordHasher

    public init(writer: any DatabaseWriter, hasher: PasswordHasher = PasswordHasher()) throws {
        self.writer = writer
        self.hasher = hasher
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: accounts and audit log") { db in
            try db.execute(sql: """
                CREATE TABLE accounts (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY, at TEXT NOT NULL, username TEXT NOT NULL,
                    action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''
                );
                """)
        }
        try migrator.migrate(writer)
    }

    /// Opens `<data>/accounts.sqlite`.
    public convenience init(dataDirectory: String, hasher: PasswordHasher = PasswordHasher()) throws {
        // WAL: an audit entry (written on every login and export) costs one fsync, not the
        // three or four of a rollback journal, which kept exports under 100 ms on a busy disk.
        var configuration = Configuration()
        configuration.prepareDatabase { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        try self.init(writer: try DatabaseQueue(path: dataDirectory + "/accounts.sqlite", configuration: configuration), hasher: hasher)
    }

    /// Usernames: 2-32 of `[a-z0-9._-]`, starting with a letter or digit.
    public static func isValidUsername(_ name: String) -> Bool {
        (2...32).contains(name.count) && Identifier.isCatalogueID(name)
    }

    public enum AccountError: Error, Equatable, CustomStringConvertible {
        case invalidUsername, passwordTooShort, exists, notFound
        public var description: String {
            switch self {
            case .invalidUsername: return "a username is 2-32 lower-case letters, digits, '.', '-' or '_'"
            case .passwordTooShort: return "a password needs at least 12 characters (three random words work well)"
            case .exists: return "that account already exists"
            case .notFound: return "there is no such account"
            }
        }
    }

    public func add(username: String, password: String) async throws {
        guard Self.isValidUsername(username) else { throw AccountError.invalidUsername }
        guard password.count >= 12 else { throw AccountError.passwordTooShort }
        let hash = hasher.hash(password)
        try await writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO accounts(username, password_hash) VALUES (?, ?)", arguments: [username, hash])
            guard db.changesCount == 1 else { throw AccountError.exists }
            try Self.audit(db, username: username, action: "account_added", detail: "")
        }
    }

    public func remove(username: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM accounts WHERE username = ?", arguments: [username])
            guard db.changesCount == 1 else { throw AccountError.notFound }
            try Self.audit(db, username: username, action: "account_removed", detail: "")
        }
    }

    public func list() async throws -> [String] {
        try await writer.read { db in try String.fetchAll(db, sql: "SELECT username FROM accounts ORDER BY username") }
    }

    /// `true` when the password matches. An unknown user costs the same hashing time.
    public func verify(username: String, password: String) async throws -> Bool {
        let stored = try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM accounts WHERE username = ?", arguments: [username])
        }
        guard let stored else {
            _ = hasher.verify(password, against: "pbkdf2-sha256$\(hasher.iterations)$00$00")
            return false
        }
        return hasher.verify(password, against: stored)
    }

    /// Appends to the audit log.
    public func audit(username: String, action: String, detail: String = "") async throws {
        try await writer.write { db in try Self.audit(db, username: username, action: action, detail: detail) }
    }

    public func auditLog(limit: Int = 100) async throws -> [AuditEntry] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT at, username, action, detail FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit])
                .map { AuditEntry(at: $0["at"], username: $0["username"], action: $0["action"], detail: $0["detail"]) }
        }
    }

    private static func audit(_ db: Database, username: String, action: String, detail: String) throws {
        try db.execute(
            sql: "INSERT INTO audit_log(at, username, action, detail) VALUES (?, ?, ?, ?)",
            arguments: [utcTimestamp(), String(username.prefix(64)), action, String(detail.prefix(200))])
    }

    /// `YYYY-MM-DDThh:mm:ssZ`: the date from `Day`, the time of day from the seconds left over.
    static func utcTimestamp(unixSeconds: Int = Int(time(nil))) -> String {
        let day = Day(unixSeconds: unixSeconds)
        let seconds = unixSeconds - day.ordinal * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.iso)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }
}
