import KashDashContract
import Logging
import PostgresNIO

/// PostgreSQL learning tables: the same `learning_counts` and `learning_daily` as SQLite's
/// `SQLiteLearningSchema`, plus `pending_learning_counts`.
///
/// Answers take the same two steps as every other count (`PostgresPendingCounts`): a commit
/// appends them to `pending_learning_counts`; the fold, under the same advisory lock and in
/// the same transaction as the other aggregates, moves them into `learning_counts` and the
/// `learning_daily` and `learning_monthly` roll-ups. Every learning read folds first.
enum PostgresLearning {
    static let statements: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS pending_learning_counts (
            day TEXT NOT NULL, source TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL,
            encounter TEXT NOT NULL, verdict TEXT NOT NULL, count BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS learning_counts (
            day TEXT NOT NULL, source TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL,
            encounter TEXT NOT NULL, verdict TEXT NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (day, source, level, message, encounter, verdict)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS learning_daily (
            day TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL,
            first_safe BIGINT NOT NULL, first_unsafe BIGINT NOT NULL,
            again_safe BIGINT NOT NULL, again_unsafe BIGINT NOT NULL, reflections BIGINT NOT NULL,
            PRIMARY KEY (day, level, message)
        )
        """,
        // Backfill the roll-up once, when it is new and counts exist (a database loaded by
        // the benchmark, or one from a build that kept the counts without the roll-up).
        PostgresQuery(unsafeSQL: """
            INSERT INTO learning_daily(day, level, message, \(LearningColumn.allCases.map(\.rawValue).joined(separator: ", ")))
            SELECT day, level, message, \(LearningColumn.allCases.map { "SUM(CASE WHEN \($0.rowTest()) THEN count ELSE 0 END)" }.joined(separator: ", "))
            FROM learning_counts WHERE NOT EXISTS (SELECT 1 FROM learning_daily) GROUP BY day, level, message
            """),
        // Whole months, as for the reports (`PostgresMonthlyRollups`): an all-time page then
        // sums about 24 months of rows plus at most 60 days, not 730 days of rows.
        """
        CREATE TABLE IF NOT EXISTS learning_monthly (
            month TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL,
            first_safe BIGINT NOT NULL, first_unsafe BIGINT NOT NULL,
            again_safe BIGINT NOT NULL, again_unsafe BIGINT NOT NULL, reflections BIGINT NOT NULL,
            PRIMARY KEY (month, level, message)
        )
        """,
        """
        INSERT INTO learning_monthly(month, level, message, first_safe, first_unsafe, again_safe, again_unsafe, reflections)
        SELECT left(day, 7), level, message, SUM(first_safe), SUM(first_unsafe), SUM(again_safe), SUM(again_unsafe), SUM(reflections)
        FROM learning_daily WHERE NOT EXISTS (SELECT 1 FROM learning_monthly) GROUP BY left(day, 7), level, message
        """,
    ]

    static let objects = ["pending_learning_counts", "learning_counts", "learning_daily", "learning_monthly"]

    /// Column arrays for one `UNNEST` insert of learning counts, in a fixed key order.
    struct Columns {
        var day: [String] = [], source: [String] = [], level: [String] = [], message: [String] = []
        var encounter: [String] = [], verdict: [String] = [], count: [Int] = []

        init(_ counts: [LearningKey: Int]) {
            for (key, count) in counts.sorted(by: { $0.key.sortKey < $1.key.sortKey }) {
                day.append(key.day); source.append(key.source); level.append(key.level); message.append(key.message)
                encounter.append(key.encounter); verdict.append(key.verdict); self.count.append(count)
            }
        }
    }

    /// Moves pending learning counts into the aggregates and the roll-up, in the fold's
    /// transaction (which holds the fold lock).
    static func fold(on connection: PostgresConnection, logger: Logger) async throws {
        let rows = try await connection.query("""
            WITH moved AS (DELETE FROM pending_learning_counts RETURNING *)
            SELECT day, source, level, message, encounter, verdict, SUM(count)::bigint
            FROM moved GROUP BY day, source, level, message, encounter, verdict
            """, logger: logger)
        var counts: [LearningKey: Int] = [:]
        for try await (day, source, level, message, encounter, verdict, count)
            in rows.decode((String, String, String, String, String, String, Int).self)
        {
            counts[LearningKey(day: day, source: source, level: level, message: message, encounter: encounter, verdict: verdict), default: 0] += count
        }
        guard !counts.isEmpty else { return }
        let totals = Columns(counts)
        try await connection.query("""
            INSERT INTO learning_counts AS l(day, source, level, message, encounter, verdict, count)
            SELECT * FROM UNNEST(\(totals.day)::text[], \(totals.source)::text[], \(totals.level)::text[],
                \(totals.message)::text[], \(totals.encounter)::text[], \(totals.verdict)::text[], \(totals.count)::bigint[])
            ON CONFLICT (day, source, level, message, encounter, verdict) DO UPDATE SET count = l.count + excluded.count
            """, logger: logger)
        // The roll-up's deltas: one row per day, level and message, a column per figure.
        var daily: [String: (day: String, level: String, message: String, values: [Int])] = [:]
        for (key, count) in counts {
            guard let column = LearningColumn(encounter: key.encounter, verdict: key.verdict),
                let index = LearningColumn.allCases.firstIndex(of: column)
            else { continue }
            let id = [key.day, key.level, key.message].joined(separator: "\u{0}")
            daily[id, default: (key.day, key.level, key.message, Array(repeating: 0, count: LearningColumn.allCases.count))]
                .values[index] += count
        }
        var monthly: [String: (day: String, level: String, message: String, values: [Int])] = [:]
        for row in daily.values {
            let month = String(row.day.prefix(7))
            let id = [month, row.level, row.message].joined(separator: "\u{0}")
            var sum = monthly[id] ?? (month, row.level, row.message, Array(repeating: 0, count: row.values.count))
            for index in row.values.indices { sum.values[index] += row.values[index] }
            monthly[id] = sum
        }
        try await upsert(daily, into: "learning_daily", keyedBy: "day", on: connection, logger: logger)
        try await upsert(monthly, into: "learning_monthly", keyedBy: "month", on: connection, logger: logger)
    }

    /// Adds roll-up deltas to `table` (keyed by `key`, level and message), rows in key order.
    private static func upsert(
        _ rows: [String: (day: String, level: String, message: String, values: [Int])], into table: String, keyedBy key: String,
        on connection: PostgresConnection, logger: Logger
    ) async throws {
        let sorted = rows.sorted { $0.key < $1.key }.map(\.value)
        func column(_ index: Int) -> [Int] { sorted.map { $0.values[index] } }
        // `table` and `key` are the two constants above, never from a request.
        try await connection.query("""
            INSERT INTO \(unescaped: table) AS r(\(unescaped: key), level, message, first_safe, first_unsafe, again_safe, again_unsafe, reflections)
            SELECT * FROM UNNEST(\(sorted.map(\.day))::text[], \(sorted.map(\.level))::text[], \(sorted.map(\.message))::text[],
                \(column(0))::bigint[], \(column(1))::bigint[], \(column(2))::bigint[], \(column(3))::bigint[], \(column(4))::bigint[])
            ON CONFLICT (\(unescaped: key), level, message) DO UPDATE SET
                first_safe = r.first_safe + excluded.first_safe, first_unsafe = r.first_unsafe + excluded.first_unsafe,
                again_safe = r.again_safe + excluded.again_safe, again_unsafe = r.again_unsafe + excluded.again_unsafe,
                reflections = r.reflections + excluded.reflections
            """, logger: logger)
    }
}

extension PostgresMetricsStore {
    /// Appends a commit's answers to `pending_learning_counts` on the commit's connection.
    static func appendLearning(_ events: [MetricEvent], on connection: PostgresConnection, logger: Logger) async throws {
        let counts = events.tally(by: { LearningKey($0) })
        guard !counts.isEmpty else { return }
        let pending = PostgresLearning.Columns(counts)
        try await connection.query("""
            INSERT INTO pending_learning_counts(day, source, level, message, encounter, verdict, count)
            SELECT * FROM UNNEST(\(pending.day)::text[], \(pending.source)::text[], \(pending.level)::text[],
                \(pending.message)::text[], \(pending.encounter)::text[], \(pending.verdict)::text[], \(pending.count)::bigint[])
            """, logger: logger)
    }

    public func learning(in range: DayRange) async throws -> [LearningCounts] {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                try await Self.fold(client: client, logger: logger, wait: true)
                // Whole months from the monthly roll-up, the days around them from the daily one.
                let split = MonthSplit(range)
                let (headFirst, headLast) = split.headBounds, (tailFirst, tailLast) = split.tailBounds
                let (monthFirst, monthLast) = split.monthBounds
                let rows = try await client.query("""
                    SELECT level, message, SUM(first_safe)::bigint, SUM(first_unsafe)::bigint, SUM(again_safe)::bigint,
                        SUM(again_unsafe)::bigint, SUM(reflections)::bigint
                    FROM (
                        SELECT level, message, first_safe, first_unsafe, again_safe, again_unsafe, reflections FROM learning_daily
                        WHERE day BETWEEN \(headFirst) AND \(headLast) OR day BETWEEN \(tailFirst) AND \(tailLast)
                        UNION ALL
                        SELECT level, message, first_safe, first_unsafe, again_safe, again_unsafe, reflections FROM learning_monthly
                        WHERE month BETWEEN \(monthFirst) AND \(monthLast)
                    ) AS parts
                    GROUP BY level, message ORDER BY level, message
                    """, logger: logger)
                var result: [LearningCounts] = []
                for try await (level, message, firstSafe, firstUnsafe, againSafe, againUnsafe, reflections)
                    in rows.decode((String, String, Int, Int, Int, Int, Int).self)
                {
                    result.append(LearningCounts(
                        level: level, message: message, firstSafe: firstSafe, firstUnsafe: firstUnsafe,
                        againSafe: againSafe, againUnsafe: againUnsafe, reflections: reflections))
                }
                return result
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }
}
