import PostgresNIO

/// PostgreSQL report roll-ups: the same two small tables as SQLite's `ReportSchema`
/// (`report_daily_totals`, `report_daily_breakdown`), so a dashboard page sums about 80 rows
/// a day instead of the millions of `daily_counts` rows ten million events make.
///
/// Unlike SQLite they are kept by the write path (`PostgresMetricsStore.insert`), in the
/// same transaction as the aggregates, with the deltas of the whole group commit in one
/// `UNNEST` upsert each and in a fixed key order: row triggers would cost an upsert per
/// aggregate row, and two instances locking the same rows in different orders could
/// deadlock. Privacy: the same dimensions as the aggregates, at the same day grain.
enum PostgresReportSchema {
    static let statements: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS report_daily_totals (
            kind TEXT NOT NULL, day TEXT NOT NULL, is_bot INTEGER NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (kind, day, is_bot)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS report_daily_breakdown (
            dimension TEXT NOT NULL, day TEXT NOT NULL, key TEXT NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (dimension, day, key)
        )
        """,
        // Backfill an existing database's aggregates once, when the roll-ups are new.
        """
        INSERT INTO report_daily_totals(kind, day, is_bot, count)
        SELECT kind, day, is_bot, SUM(count) FROM daily_counts
        WHERE NOT EXISTS (SELECT 1 FROM report_daily_totals) GROUP BY kind, day, is_bot
        """,
    ] + BreakdownDimension.allCases.map { dimension in
        PostgresQuery(unsafeSQL: """
            INSERT INTO report_daily_breakdown(dimension, day, key, count)
            SELECT '\(dimension.rawValue)', day, \(dimension.column), SUM(count) FROM daily_counts
            WHERE kind IN (\(dimension.kinds.map { "'\($0.rawValue)'" }.joined(separator: ", "))) AND is_bot = 0
              AND NOT EXISTS (SELECT 1 FROM report_daily_breakdown WHERE dimension = '\(dimension.rawValue)')
            GROUP BY day, \(dimension.column)
            """)
    }

    /// The roll-up deltas of a set of aggregate increments, sorted so every transaction
    /// locks roll-up rows in the same order.
    struct Deltas {
        var totals: [(kind: String, day: String, isBot: Int, count: Int)] = []
        var breakdowns: [(dimension: String, day: String, key: String, count: Int)] = []

        init(_ counts: [AggregateKey: Int]) {
            var totals: [String: (String, String, Int, Int)] = [:]
            var breakdowns: [String: (String, String, String, Int)] = [:]
            for (key, count) in counts {
                totals["\(key.kind)\u{0}\(key.day)\u{0}\(key.isBot)", default: (key.kind, key.day, key.isBot, 0)].3 += count
                guard key.isBot == 0 else { continue }
                for dimension in BreakdownDimension.allCases where dimension.kinds.contains(where: { $0.rawValue == key.kind }) {
                    let value = key.value(of: dimension)
                    breakdowns["\(dimension.rawValue)\u{0}\(key.day)\u{0}\(value)", default: (dimension.rawValue, key.day, value, 0)].3 += count
                }
            }
            self.totals = totals.sorted { $0.key < $1.key }.map { ($0.value.0, $0.value.1, $0.value.2, $0.value.3) }
            self.breakdowns = breakdowns.sorted { $0.key < $1.key }.map { ($0.value.0, $0.value.1, $0.value.2, $0.value.3) }
        }
    }
}

extension AggregateKey {
    /// The breakdown key this aggregate row adds to.
    func value(of dimension: BreakdownDimension) -> String {
        switch dimension {
        case .adviceLink: return link
        case .level: return level
        case .source: return source
        case .file: return file
        case .unsafeMessage: return message
        }
    }

    /// A total order, so concurrent transactions lock aggregate rows in the same order.
    var sortKey: String { [day, kind, source, appVersion, level, link, message, file, String(isBot)].joined(separator: "\u{0}") }
}
