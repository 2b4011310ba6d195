import GRDB
import KashDashContract

extension SQLiteMetricsStore {
    /// Adds a batch's answers to `learning_counts`, in the caller's transaction (the
    /// triggers keep `learning_daily` in step).
    static func insertLearning(_ events: [MetricEvent], in db: Database) throws {
        let counts = events.tally(by: { LearningKey($0) })
        guard !counts.isEmpty else { return }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO learning_counts(day, source, level, message, encounter, verdict, count)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(day, source, level, message, encounter, verdict) DO UPDATE SET count = count + excluded.count
            """)
        for (key, count) in counts {
            try upsert.execute(arguments: [key.day, key.source, key.level, key.message, key.encounter, key.verdict, count])
        }
    }

    public func learning(in range: DayRange) async throws -> [LearningCounts] {
        try await flush()
        return try await writer.read { db in
            try Row.fetchAll(
                db, sql: SQLiteLearningSchema.rangeQuery,
                arguments: [range.first.iso, range.last.iso]
            ).map { row in
                LearningCounts(
                    level: row[0], message: row[1], firstSafe: row[2], firstUnsafe: row[3], againSafe: row[4],
                    againUnsafe: row[5], reflections: row[6])
            }
        }
    }
}
