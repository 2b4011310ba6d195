import KashDashContract
import Logging
import NIOCore
import PostgresNIO

/// Shared state on PostgreSQL, so that several server instances behind a proxy are one
/// service: an account added on one logs in on all, a session started on one is known to
/// all, the login pause counts failures wherever they land, and a visitor's download is
/// counted once whichever instance serves it. Tables are in `SharedStateSchema`; failures
/// are `MetricsStoreError(.unavailable)` (503 at the HTTP layer).
public final class PostgresSharedState: AccountStorage, VisitorDayStorage {
    let client: PostgresClient
    private let runTask: Task<Void, Never>
    let logger: Logger

    private init(client: PostgresClient, runTask: Task<Void, Never>, logger: Logger) {
        self.client = client
        self.runTask = runTask
        self.logger = logger
    }

    /// Connects to `url` and migrates the schema (under the schema's advisory lock).
    public static func connect(url: String, logger: Logger) async throws -> PostgresSharedState {
        try await PostgresConnectionURL.probe(url, logger: logger)
        let client = PostgresClient(configuration: try PostgresConnectionURL.configuration(from: url), backgroundLogger: logger)
        let runTask = Task { await client.run() }
        do {
            try await PostgresSchema.migrate(client, logger: logger)
        } catch {
            runTask.cancel()
            throw MetricsStoreError(.unavailable, "cannot prepare PostgreSQL at \(url.redactingPassword): \(PostgresFailure.describe(error))")
        }
        return PostgresSharedState(client: client, runTask: runTask, logger: logger)
    }

    /// Closes the connection pool.
    public func shutdown() { runTask.cancel() }

    /// The same, returning once every connection has ended.
    public func shutdownAndWait() async {
        runTask.cancel()
        await runTask.value
    }

    deinit { runTask.cancel() }

    // MARK: Accounts and audit

    public func addAccount(username: String, passwordHash: String, audit: AuditRecord) async throws -> Bool {
        try await transaction { connection in
            let rows = try await connection.query(
                "INSERT INTO accounts(username, password_hash) VALUES (\(username), \(passwordHash)) ON CONFLICT DO NOTHING RETURNING 1",
                logger: self.logger)
            guard try await Self.any(rows) else { return false }
            try await self.append(audit, on: connection)
            return true
        }
    }

    public func removeAccount(username: String, audit: AuditRecord) async throws -> Bool {
        try await transaction { connection in
            let rows = try await connection.query("DELETE FROM accounts WHERE username = \(username) RETURNING 1", logger: self.logger)
            guard try await Self.any(rows) else { return false }
            try await connection.query("DELETE FROM sessions WHERE username = \(username)", logger: self.logger)
            // A departed analyst's panel links stop working with their account.
            try await connection.query(
                "UPDATE panel_links SET revoked = 1 WHERE created_by = \(username) AND revoked = 0", logger: self.logger)
            try await self.append(audit, on: connection)
            return true
        }
    }

    public func usernames() async throws -> [String] {
        try await guarded { [client, logger] in
            var names: [String] = []
            for try await name in try await client.query("SELECT username FROM accounts ORDER BY username", logger: logger).decode(String.self) {
                names.append(name)
            }
            return names
        }
    }

    public func passwordHash(username: String) async throws -> String? {
        try await guarded { [client, logger] in
            let rows = try await client.query("SELECT password_hash FROM accounts WHERE username = \(username)", logger: logger)
            for try await hash in rows.decode(String.self) { return hash }
            return nil
        }
    }

    public func appendAudit(_ record: AuditRecord) async throws {
        try await guarded { [client, logger] in
            try await client.query("""
                INSERT INTO audit_log(at, username, action, detail)
                VALUES (\(record.at), \(record.username), \(record.action), \(record.detail))
                """, logger: logger)
        }
    }

    public func auditLog(limit: Int) async throws -> [AuditRecord] {
        try await guarded { [client, logger] in
            let rows = try await client.query(
                "SELECT at, username, action, detail FROM audit_log ORDER BY id DESC LIMIT \(limit)", logger: logger)
            var records: [AuditRecord] = []
            for try await (at, username, action, detail) in rows.decode((String, String, String, String).self) {
                records.append(AuditRecord(at: at, username: username, action: action, detail: detail))
            }
            return records
        }
    }

    func append(_ record: AuditRecord, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO audit_log(at, username, action, detail)
            VALUES (\(record.at), \(record.username), \(record.action), \(record.detail))
            """, logger: logger)
    }

    // MARK: Sessions

    public func insertSession(tokenHash: String, username: String, nowMillis: Int64) async throws {
        try await guarded { [client, logger] in
            try await client.query("""
                INSERT INTO sessions(token_hash, username, created_ms, last_seen_ms)
                VALUES (\(tokenHash), \(username), \(nowMillis), \(nowMillis))
                """, logger: logger)
        }
    }

    public func touchSession(tokenHash: String, nowMillis: Int64, idleMillis: Int64, absoluteMillis: Int64) async throws -> String? {
        try await transaction { connection in
            // Expired sessions of anyone go too, so the table never grows.
            try await connection.query("""
                DELETE FROM sessions WHERE \(nowMillis) - last_seen_ms >= \(idleMillis) OR \(nowMillis) - created_ms >= \(absoluteMillis)
                """, logger: self.logger)
            let rows = try await connection.query(
                "UPDATE sessions SET last_seen_ms = \(nowMillis) WHERE token_hash = \(tokenHash) RETURNING username",
                logger: self.logger)
            for try await username in rows.decode(String.self) { return username }
            return nil
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await guarded { [client, logger] in try await client.query("DELETE FROM sessions WHERE token_hash = \(tokenHash)", logger: logger) }
    }

    // MARK: Login failures

    public func loginPausedUntil(username: String) async throws -> Int64? {
        try await guarded { [client, logger] in
            let rows = try await client.query(
                "SELECT paused_until_ms FROM login_failures WHERE username = \(username) AND paused_until_ms > 0", logger: logger)
            for try await until in rows.decode(Int64.self) { return until }
            return nil
        }
    }

    public func recordLoginFailure(username: String, nowMillis: Int64, pause: @escaping @Sendable (Int) -> Int64?) async throws -> Int {
        try await transaction { connection in
            // The upsert takes the row lock, so failures racing on two instances both count.
            let rows = try await connection.query("""
                INSERT INTO login_failures AS f(username, failures, paused_until_ms) VALUES (\(username), 1, 0)
                ON CONFLICT (username) DO UPDATE SET failures = f.failures + 1 RETURNING failures
                """, logger: self.logger)
            var failures = 1
            for try await count in rows.decode(Int.self) { failures = count }
            if let millis = pause(failures) {
                try await connection.query(
                    "UPDATE login_failures SET paused_until_ms = \(nowMillis + millis) WHERE username = \(username)", logger: self.logger)
            }
            return failures
        }
    }

    public func clearLoginFailures(username: String) async throws {
        try await guarded { [client, logger] in try await client.query("DELETE FROM login_failures WHERE username = \(username)", logger: logger) }
    }

    // MARK: Visitor days

    public func salt(for day: Day, candidate: [UInt8]) async throws -> [UInt8] {
        try await transaction { connection in
            try await connection.query(
                "INSERT INTO visitor_salts(day, salt) VALUES (\(day.iso), \(ByteBuffer(bytes: candidate))) ON CONFLICT DO NOTHING",
                logger: self.logger)
            let rows = try await connection.query("SELECT salt FROM visitor_salts WHERE day = \(day.iso)", logger: self.logger)
            for try await salt in rows.decode(ByteBuffer.self) { return Array(salt.readableBytesView) }
            return candidate
        }
    }

    public func insertSeen(day: Day, key: [UInt8]) async throws -> Bool {
        try await guarded { [client, logger] in
            let rows = try await client.query(
                "INSERT INTO visitor_seen(day, key) VALUES (\(day.iso), \(ByteBuffer(bytes: key))) ON CONFLICT DO NOTHING RETURNING 1",
                logger: logger)
            return try await Self.any(rows)
        }
    }

    public func seenCount(day: Day) async throws -> Int {
        try await guarded { [client, logger] in
            let rows = try await client.query("SELECT COUNT(*)::bigint FROM visitor_seen WHERE day = \(day.iso)", logger: logger)
            for try await count in rows.decode(Int.self) { return count }
            return 0
        }
    }

    public func forgetDays(before day: Day) async throws {
        try await transaction { connection in
            try await connection.query("DELETE FROM visitor_seen WHERE day < \(day.iso)", logger: self.logger)
            try await connection.query("DELETE FROM visitor_salts WHERE day < \(day.iso)", logger: self.logger)
        }
    }

    /// Column names of the shared-state tables, for the privacy test.
    public func schemaColumns() async throws -> [String: [String]] {
        let rows = try await client.query("""
            SELECT table_name::text, column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ANY(\(SharedStateSchema.tables))
            ORDER BY table_name, ordinal_position
            """, logger: logger)
        var columns: [String: [String]] = [:]
        for try await (table, column) in rows.decode((String, String).self) { columns[table, default: []].append(column) }
        return columns
    }

    /// Empties the shared-state tables (tests share one database).
    public func deleteEverything() async throws {
        try await client.query("TRUNCATE accounts, audit_log, sessions, login_failures, visitor_salts, visitor_seen, annotations, panel_links", logger: logger)
    }

    // MARK: Helpers

    @discardableResult
    func guarded<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        do { return try await PostgresDeadline.run(PostgresDeadline.request, body) } catch { throw PostgresFailure.unavailable(error) }
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await PostgresDeadline.run { [client, logger] in
                try await client.withTransaction(logger: logger) { connection in try await body(connection) }
            }
        } catch let error as PostgresTransactionError where error.closureError is MetricsStoreError {
            throw error.closureError!
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    static func any(_ rows: PostgresRowSequence) async throws -> Bool {
        var found = false
        for try await _ in rows { found = true }
        return found
    }
}
