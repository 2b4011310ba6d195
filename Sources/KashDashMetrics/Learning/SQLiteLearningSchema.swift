import GRDB

/// SQLite learning tables: `learning_counts` (the aggregates, one row per day x source x
/// level x message x encounter bucket x verdict) and `learning_daily`, a roll-up with one row
/// per day x level x message and a column per figure the learning page shows.
///
/// Why the roll-up has columns rather than rows: the page needs, per message, safe and
/// unsafe answers on first and later meetings; five columns on one row make a long range a
/// sum over about 40 rows a day (like the unsafe-message breakdown), not 30 times as many.
/// Triggers keep it equal to sums over `learning_counts`, whoever writes (the benchmark
/// generator writes `learning_counts` directly), as `ReportSchema` does for the reports.
enum SQLiteLearningSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: learning counts") { db in
            try db.execute(sql: createTables + triggers)
        }
    }

    static let createTables = """
        CREATE TABLE learning_counts (
            day TEXT NOT NULL, source TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL,
            encounter TEXT NOT NULL, verdict TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (day, source, level, message, encounter, verdict)
        ) WITHOUT ROWID;
        CREATE TABLE learning_daily (
            day TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL,
            first_safe INTEGER NOT NULL, first_unsafe INTEGER NOT NULL,
            again_safe INTEGER NOT NULL, again_unsafe INTEGER NOT NULL, reflections INTEGER NOT NULL,
            PRIMARY KEY (day, level, message)
        ) WITHOUT ROWID;

        """

    /// One trigger per change to `learning_counts`; `delta` is how much the row's count moved.
    static var triggers: String {
        let columns = LearningColumn.allCases
        return [
            ("insert", "AFTER INSERT", "NEW", "NEW.count"),
            ("update", "AFTER UPDATE OF count", "NEW", "NEW.count - OLD.count"),
            ("delete", "AFTER DELETE", "OLD", "-OLD.count"),
        ].map { name, event, row, delta in
            let values = columns.map { "CASE WHEN \($0.rowTest("\(row).")) THEN \(delta) ELSE 0 END" }
            return """
                CREATE TRIGGER learning_rollup_after_\(name) \(event) ON learning_counts BEGIN
                INSERT INTO learning_daily(day, level, message, \(columns.map(\.rawValue).joined(separator: ", ")))
                    VALUES (\(row).day, \(row).level, \(row).message, \(values.joined(separator: ", ")))
                    ON CONFLICT(day, level, message) DO UPDATE SET
                    \(columns.map { "\($0.rawValue) = \($0.rawValue) + excluded.\($0.rawValue)" }.joined(separator: ", "));
                END;

                """
        }.joined()
    }

    /// The read behind the learning page: one row per message over a range of days.
    static let rangeQuery = """
        SELECT level, message, SUM(first_safe), SUM(first_unsafe), SUM(again_safe), SUM(again_unsafe), SUM(reflections)
        FROM learning_daily WHERE day BETWEEN ? AND ? GROUP BY level, message ORDER BY level, message
        """
}
