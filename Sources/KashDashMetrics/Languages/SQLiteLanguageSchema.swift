import GRDB
import KashDashContract

/// SQLite `language_counts`: one row per day x kind x language (see `LanguageKey` for why
/// nothing else). A few rows a day, so any range is summed straight from it.
enum SQLiteLanguageSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: language counts") { db in
            try db.execute(sql: """
                CREATE TABLE language_counts (
                    day TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL, count INTEGER NOT NULL,
                    PRIMARY KEY (day, kind, language)
                ) WITHOUT ROWID;
                """)
        }
    }
}

extension SQLiteMetricsStore {
    /// Adds a commit's language counts, in the caller's transaction.
    static func insertLanguages(_ events: [MetricEvent], in db: Database) throws {
        let counts = events.tally(by: { LanguageKey($0) })
        guard !counts.isEmpty else { return }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO language_counts(day, kind, language, count) VALUES (?, ?, ?, ?)
            ON CONFLICT(day, kind, language) DO UPDATE SET count = count + excluded.count
            """)
        for (key, count) in counts { try upsert.execute(arguments: [key.day, key.kind, key.language, count]) }
    }

    public func languageCounts(in range: DayRange) async throws -> [LanguageCount] {
        try await flush()
        return try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT language, kind, SUM(count) FROM language_counts WHERE day BETWEEN ? AND ?
                GROUP BY language, kind ORDER BY language, kind
                """, arguments: [range.first.iso, range.last.iso])
            return LanguageCount.known(rows.map { ($0[0], $0[1], $0[2]) })
        }
    }
}
