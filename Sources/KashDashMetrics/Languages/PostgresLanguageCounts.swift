import KashDashContract
import Logging
import PostgresNIO

/// PostgreSQL `language_counts`, the same table as SQLite's (`SQLiteLanguageSchema`), fed
/// like every other count: a commit appends to `pending_language_counts` in the statement
/// that stores its events (no extra round trip, no shared row locked), and the fold moves
/// the pending rows in, under the fold lock and in the fold's transaction.
enum PostgresLanguageCounts {
    static let statements: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS pending_language_counts (
            day TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL, count BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS language_counts (
            day TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (day, kind, language)
        )
        """,
    ]

    static let objects = ["pending_language_counts", "language_counts"]

    /// Column arrays for one `UNNEST` insert, in a fixed key order.
    struct Columns {
        var day: [String] = [], kind: [String] = [], language: [String] = [], count: [Int] = []

        init(_ counts: [LanguageKey: Int]) {
            for (key, count) in counts.sorted(by: { $0.key.sortKey < $1.key.sortKey }) {
                day.append(key.day); kind.append(key.kind); language.append(key.language); self.count.append(count)
            }
        }
    }

    /// Moves pending language counts into `language_counts`, in the fold's transaction.
    static func fold(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            WITH moved AS (DELETE FROM pending_language_counts RETURNING *)
            INSERT INTO language_counts AS l(day, kind, language, count)
            SELECT day, kind, language, SUM(count)::bigint FROM moved GROUP BY day, kind, language
            ORDER BY day, kind, language
            ON CONFLICT (day, kind, language) DO UPDATE SET count = l.count + excluded.count
            """, logger: logger)
    }
}

extension PostgresMetricsStore {
    public func languageCounts(in range: DayRange) async throws -> [LanguageCount] {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                try await Self.fold(client: client, logger: logger, wait: true)
                let rows = try await client.query("""
                    SELECT language, kind, SUM(count)::bigint FROM language_counts
                    WHERE day BETWEEN \(range.first.iso) AND \(range.last.iso)
                    GROUP BY language, kind ORDER BY language, kind
                    """, logger: logger)
                var result: [(String, String, Int)] = []
                for try await row in rows.decode((String, String, Int).self) { result.append(row) }
                return LanguageCount.known(result)
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }
}
