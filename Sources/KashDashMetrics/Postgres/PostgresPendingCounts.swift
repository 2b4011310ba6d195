import Logging
import PostgresNIO

/// On PostgreSQL, a commit appends its counts to `pending_counts` and a fold later adds
/// them to `daily_counts` and the report roll-ups.
///
/// Why two steps: every click of a day to one link adds to the same aggregate and roll-up
/// rows. Upserting them in the acknowledging commit made every commit, from every instance,
/// queue on those row locks, each held across a WAL flush: two instances behind nginx
/// served about 5,000 redirects a second (docs/perf/server.md). Appending locks no shared
/// row, so commits proceed side by side and PostgreSQL flushes them together.
///
/// Nothing acknowledged can be lost or counted twice: pending rows are committed before the
/// click is answered, and a fold deletes them and adds them in one transaction. Folds are
/// serialised by an advisory lock; any instance may fold anyone's rows. Every read folds
/// first, so a page always includes every acknowledged event, as SQLite's journal fold does.
/// The table holds the same day-grained dimensions as `daily_counts`, nothing more.
enum PostgresPendingCounts {
    static let statements: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS pending_counts (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            app_version TEXT NOT NULL,
            level TEXT NOT NULL,
            link TEXT NOT NULL,
            message TEXT NOT NULL,
            file TEXT NOT NULL,
            is_bot INTEGER NOT NULL,
            count BIGINT NOT NULL
        )
        """
    ]

    /// How often each instance folds in the background while nobody reads.
    static let foldInterval: Duration = .milliseconds(250)
    /// The advisory lock that serialises folds (7526 is the migration's, 7527 the tests').
    static let foldLock = 7528

    /// Waits for any running fold and keeps others out until `connection`'s transaction ends.
    /// Everything that must not overlap a fold takes this first, before any table lock.
    static func lockOutFolds(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(foldLock))", logger: logger)
    }
}

extension PostgresMetricsStore {
    /// Moves every pending count into the aggregates. With `wait`, waits for a fold another
    /// instance is running (a reader must see everything acknowledged before it asked);
    /// without, leaves the work to that fold.
    static func fold(client: PostgresClient, logger: Logger, wait: Bool) async throws {
        try await client.withTransaction(logger: logger) { connection in
            if wait {
                try await PostgresPendingCounts.lockOutFolds(on: connection, logger: logger)
            } else {
                let rows = try await connection.query(
                    "SELECT pg_try_advisory_xact_lock(\(PostgresPendingCounts.foldLock))", logger: logger)
                var locked = false
                for try await got in rows.decode(Bool.self) { locked = got }
                guard locked else { return }
            }
            let rows = try await connection.query("""
                WITH moved AS (DELETE FROM pending_counts RETURNING *)
                SELECT day, kind, source, app_version, level, link, message, file, is_bot, SUM(count)::bigint
                FROM moved GROUP BY day, kind, source, app_version, level, link, message, file, is_bot
                """, logger: logger)
            var counts: [AggregateKey: Int] = [:]
            for try await (day, kind, source, appVersion, level, link, message, file, isBot, count)
                in rows.decode((String, String, String, String, String, String, String, String, Int, Int).self)
            {
                let key = AggregateKey(
                    day: day, kind: kind, source: source, appVersion: appVersion, level: level, link: link,
                    message: message, file: file, isBot: isBot)
                counts[key, default: 0] += count
            }
            try await addToAggregates(counts, on: connection, logger: logger)
            try await PostgresLearning.fold(on: connection, logger: logger)
            try await PostgresLanguageCounts.fold(on: connection, logger: logger)
        }
    }

    /// Folds in the background every `foldInterval`, so the aggregates stay current for
    /// tools reading the database directly; failures wait for the next turn (nothing is lost).
    func startFolding() {
        let task = Task { [client, logger] in
            while !Task.isCancelled {
                try? await Task.sleep(for: PostgresPendingCounts.foldInterval)
                guard !Task.isCancelled else { return }
                do {
                    try await PostgresDeadline.run { try await Self.fold(client: client, logger: logger, wait: false) }
                } catch {
                    logger.debug("background fold failed; the next one retries", metadata: ["error": "\(error)"])
                }
            }
        }
        folding.withLock { $0 = task }
    }
}
