import Logging
import PostgresNIO

/// The PostgreSQL twin of `SQLiteSchema`: same tables, same columns, same privacy.
enum PostgresSchema {
    static let statements: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS events (
            id BIGSERIAL PRIMARY KEY,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            app_version TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            file TEXT NOT NULL DEFAULT '',
            is_bot INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX IF NOT EXISTS events_by_day ON events(day)",
        """
        CREATE TABLE IF NOT EXISTS daily_counts (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            app_version TEXT NOT NULL,
            level TEXT NOT NULL,
            link TEXT NOT NULL,
            message TEXT NOT NULL,
            file TEXT NOT NULL,
            is_bot INTEGER NOT NULL,
            count BIGINT NOT NULL,
            PRIMARY KEY (day, kind, source, app_version, level, link, message, file, is_bot)
        )
        """,
        "CREATE INDEX IF NOT EXISTS daily_counts_by_kind_day ON daily_counts(kind, day)",
        """
        CREATE TABLE IF NOT EXISTS client_batches (
            batch_id TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            event_count INTEGER NOT NULL
        )
        """,
        "CREATE INDEX IF NOT EXISTS client_batches_by_day ON client_batches(day)",
        // Shared state (`SharedStateSchema`): what makes several instances one service.
        "CREATE TABLE IF NOT EXISTS accounts (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, username TEXT NOT NULL,
            action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS sessions (
            token_hash TEXT PRIMARY KEY, username TEXT NOT NULL,
            created_ms BIGINT NOT NULL, last_seen_ms BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS login_failures (
            username TEXT PRIMARY KEY, failures INTEGER NOT NULL, paused_until_ms BIGINT NOT NULL
        )
        """,
        "CREATE TABLE IF NOT EXISTS visitor_salts (day TEXT PRIMARY KEY, salt BYTEA NOT NULL)",
        "CREATE TABLE IF NOT EXISTS visitor_seen (day TEXT NOT NULL, key BYTEA NOT NULL, PRIMARY KEY (day, key))",
    ] + PostgresPendingCounts.statements + PostgresReportSchema.statements + PostgresMonthlyRollups.statements
        + PostgresLearning.statements + PostgresLanguageCounts.statements + SharedStateSchema.postgresNotesAndLinks.map { PostgresQuery(unsafeSQL: $0) }

    /// Every table and index `statements` create.
    static let objects = [
        "events", "events_by_day", "daily_counts", "daily_counts_by_kind_day", "client_batches", "client_batches_by_day",
        "accounts", "audit_log", "sessions", "login_failures", "visitor_salts", "visitor_seen",
        "report_daily_totals", "report_daily_breakdown", "pending_counts",
    ] + PostgresMonthlyRollups.objects + PostgresLearning.objects + PostgresLanguageCounts.objects + SharedStateSchema.postgresNotesAndLinksObjects

    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            // Serialise concurrent server start-ups creating the schema.
            try await connection.query("SELECT pg_advisory_xact_lock(7526)", logger: logger)
            // With the schema in place, run no DDL at all: even `CREATE INDEX IF NOT EXISTS`
            // takes a share lock on its table, which deadlocks against another instance
            // already writing to the tables.
            let rows = try await connection.query(
                "SELECT count(*)::int FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname = ANY(\(objects))",
                logger: logger)
            var present = 0
            for try await count in rows.decode(Int.self) { present = count }
            guard present < objects.count else { return }
            for statement in statements { try await connection.query(statement, logger: logger) }
        }
    }
}
