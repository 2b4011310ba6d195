import GRDB

/// SQLite report roll-ups: two small tables kept equal to sums over `daily_counts` by triggers.
///
/// Why: with ten million events `daily_counts` holds about two million rows, and summing them
/// for "all time" takes over a second; the roll-ups hold about 80 rows a day, so any range
/// answers in milliseconds. Triggers (rather than code in the write path) keep them right in
/// the same transaction as every change to the aggregates, whoever makes it, including the
/// benchmark generator writing to `daily_counts` directly.
///
/// - `report_daily_totals(kind, day, is_bot, count)`: headline totals and the time series;
/// - `report_daily_breakdown(dimension, day, key, count)`: bots left out, one row per
///   breakdown key per day.
///
/// Privacy: the same dimensions as the aggregates, at the same day grain; nothing new.
enum ReportSchema {
    /// Adds the roll-up migration (tables, backfill from existing aggregates, triggers).
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: report roll-ups") { db in
            try db.execute(sql: createTables + backfill + triggers)
        }
    }

    static let createTables = """
        CREATE TABLE report_daily_totals (
            kind TEXT NOT NULL, day TEXT NOT NULL, is_bot INTEGER NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (kind, day, is_bot)
        ) WITHOUT ROWID;
        CREATE TABLE report_daily_breakdown (
            dimension TEXT NOT NULL, day TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (dimension, day, key)
        ) WITHOUT ROWID;

        """

    static var backfill: String {
        var sql = """
            INSERT INTO report_daily_totals(kind, day, is_bot, count)
                SELECT kind, day, is_bot, SUM(count) FROM daily_counts GROUP BY kind, day, is_bot;

            """
        for dimension in BreakdownDimension.allCases {
            sql += """
                INSERT INTO report_daily_breakdown(dimension, day, key, count)
                    SELECT '\(dimension.rawValue)', day, \(dimension.column), SUM(count) FROM daily_counts
                    WHERE \(kindTest(dimension, row: nil)) AND is_bot = 0 GROUP BY day, \(dimension.column);

                """
        }
        return sql
    }

    /// One trigger per change to `daily_counts`; `delta` is how much the row's count moved.
    static var triggers: String {
        [
            ("insert", "AFTER INSERT", "NEW", "NEW.count"),
            ("update", "AFTER UPDATE OF count", "NEW", "NEW.count - OLD.count"),
            ("delete", "AFTER DELETE", "OLD", "-OLD.count"),
        ].map { name, event, row, delta in
            var body = """
                INSERT INTO report_daily_totals(kind, day, is_bot, count) VALUES (\(row).kind, \(row).day, \(row).is_bot, \(delta))
                    ON CONFLICT(kind, day, is_bot) DO UPDATE SET count = count + excluded.count;

                """
            for dimension in BreakdownDimension.allCases {
                // `WHERE` on the SELECT is also what lets SQLite parse `ON CONFLICT` after it.
                body += """
                    INSERT INTO report_daily_breakdown(dimension, day, key, count)
                        SELECT '\(dimension.rawValue)', \(row).day, \(row).\(dimension.column), \(delta)
                        WHERE \(kindTest(dimension, row: row)) AND \(row).is_bot = 0
                        ON CONFLICT(dimension, day, key) DO UPDATE SET count = count + excluded.count;

                    """
            }
            return "CREATE TRIGGER report_rollup_after_\(name) \(event) ON daily_counts BEGIN\n\(body)END;\n"
        }.joined()
    }

    /// `kind IN (...)` for a dimension, on `row.kind` inside a trigger.
    private static func kindTest(_ dimension: BreakdownDimension, row: String?) -> String {
        let column = row.map { "\($0).kind" } ?? "kind"
        return "\(column) IN (\(dimension.kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"
    }
}
