import KashDashContract
import Foundation
import GRDB

/// Shared state for a single server: `accounts.sqlite` in its data folder (apart from the
/// anonymous metrics: adults' accounts and an audit log that needs exact times).
/// Persisting the visitor salt here makes a restart at noon keep the morning's seen set.
public final class SQLiteSharedState: AccountStorage, VisitorDayStorage {
    let writer: any DatabaseWriter

    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
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
        migrator.registerMigration("v2: sessions, login failures, visitor days") { db in
            try db.execute(sql: SharedStateSchema.sqlite)
        }
        migrator.registerMigration("v3: annotations and panel links") { db in
            try db.execute(sql: SharedStateSchema.sqliteNotesAndLinks)
        }
        try migrator.migrate(writer)
    }

    /// Opens `<data>/accounts.sqlite`.
    public convenience init(dataDirectory: String) throws {
        // WAL: an audit entry (written on every login and export) costs one fsync, not the
        // three or four of a rollback journal, which kept exports under 100 ms on a busy disk.
        var configuration = Configuration()
        configuration.prepareDatabase { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        try self.init(writer: try DatabaseQueue(path: dataDirectory + "/accounts.sqlite", configuration: configuration))
    }

    // MARK: Accounts and audit

    public func addAccount(username: String, passwordHash: String, audit: AuditRecord) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO accounts(username, password_hash) VALUES (?, ?)", arguments: [username, passwordHash])
            guard db.changesCount == 1 else { return false }
            try Self.append(audit, db)
            return true
        }
    }

    public func removeAccount(username: String, audit: AuditRecord) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM accounts WHERE username = ?", arguments: [username])
            guard db.changesCount == 1 else { return false }
            try db.execute(sql: "DELETE FROM sessions WHERE username = ?", arguments: [username])
            // A departed analyst's panel links stop working with their account.
            try db.execute(sql: "UPDATE panel_links SET revoked = 1 WHERE created_by = ? AND revoked = 0", arguments: [username])
            try Self.append(audit, db)
            return true
        }
    }

    public func usernames() async throws -> [String] {
        try await writer.read { db in try String.fetchAll(db, sql: "SELECT username FROM accounts ORDER BY username") }
    }

    public func passwordHash(username: String) async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM accounts WHERE username = ?", arguments: [username])
        }
    }

    public func appendAudit(_ record: AuditRecord) async throws {
        try await writer.write { db in try Self.append(record, db) }
    }

    public func auditLog(limit: Int) async throws -> [AuditRecord] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT at, username, action, detail FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit])
                .map { AuditRecord(at: $0["at"], username: $0["username"], action: $0["action"], detail: $0["detail"]) }
        }
    }

    static func append(_ record: AuditRecord, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO audit_log(at, username, action, detail) VALUES (?, ?, ?, ?)",
            arguments: [record.at, record.username, record.action, record.detail])
    }

    // MARK: Sessions

    public func insertSession(tokenHash: String, username: String, nowMillis: Int64) async throws {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO sessions(token_hash, username, created_ms, last_seen_ms) VALUES (?, ?, ?, ?)",
                arguments: [tokenHash, username, nowMillis, nowMillis])
        }
    }

    public func touchSession(tokenHash: String, nowMillis: Int64, idleMillis: Int64, absoluteMillis: Int64) async throws -> String? {
        try await writer.write { db in
            // Expired sessions of anyone go too, so the table never grows.
            try db.execute(
                sql: "DELETE FROM sessions WHERE ? - last_seen_ms >= ? OR ? - created_ms >= ?",
                arguments: [nowMillis, idleMillis, nowMillis, absoluteMillis])
            try db.execute(sql: "UPDATE sessions SET last_seen_ms = ? WHERE token_hash = ?", arguments: [nowMillis, tokenHash])
            return try String.fetchOne(db, sql: "SELECT username FROM sessions WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await writer.write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    // MARK: Login failures

    public func loginPausedUntil(username: String) async throws -> Int64? {
        try await writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT paused_until_ms FROM login_failures WHERE username = ? AND paused_until_ms > 0", arguments: [username])
        }
    }

    public func recordLoginFailure(username: String, nowMillis: Int64, pause: @escaping @Sendable (Int) -> Int64?) async throws -> Int {
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO login_failures(username, failures, paused_until_ms) VALUES (?, 1, 0)
                    ON CONFLICT(username) DO UPDATE SET failures = failures + 1
                    """, arguments: [username])
            let failures = try Int.fetchOne(db, sql: "SELECT failures FROM login_failures WHERE username = ?", arguments: [username]) ?? 1
            if let millis = pause(failures) {
                try db.execute(sql: "UPDATE login_failures SET paused_until_ms = ? WHERE username = ?", arguments: [nowMillis + millis, username])
            }
            return failures
        }
    }

    public func clearLoginFailures(username: String) async throws {
        try await writer.write { db in try db.execute(sql: "DELETE FROM login_failures WHERE username = ?", arguments: [username]) }
    }

    // MARK: Visitor days

    public func salt(for day: Day, candidate: [UInt8]) async throws -> [UInt8] {
        try await writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO visitor_salts(day, salt) VALUES (?, ?)", arguments: [day.iso, Data(candidate)])
            return try [UInt8](Data.fetchOne(db, sql: "SELECT salt FROM visitor_salts WHERE day = ?", arguments: [day.iso]) ?? Data(candidate))
        }
    }

    public func insertSeen(day: Day, key: [UInt8]) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO visitor_seen(day, key) VALUES (?, ?)", arguments: [day.iso, Data(key)])
            return db.changesCount == 1
        }
    }

    public func seenCount(day: Day) async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM visitor_seen WHERE day = ?", arguments: [day.iso]) ?? 0 }
    }

    public func forgetDays(before day: Day) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM visitor_seen WHERE day < ?", arguments: [day.iso])
            try db.execute(sql: "DELETE FROM visitor_salts WHERE day < ?", arguments: [day.iso])
        }
    }

    /// Column names per table, for the privacy test.
    public func schemaColumns() async throws -> [String: [String]] {
        try await writer.read { db in
            var columns: [String: [String]] = [:]
            for table in SharedStateSchema.tables {
                columns[table] = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] }
            }
            return columns
        }
    }
}
