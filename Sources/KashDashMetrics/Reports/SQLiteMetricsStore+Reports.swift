import GRDB
import KashDashContract

/// The SQLite store answers reports from its roll-up tables (see `ReportSchema`), all in one
/// read transaction so a page never mixes two states of the store.
extension SQLiteMetricsStore: ReportStore {
    public func figures(for request: ReportRequest) async throws -> ReportFigures {
        try await flush()
        return try await writer.read { db in
            var figures = ReportFigures()
            figures.totals = try Self.totals(db, request.range)
            figures.previousTotals = try Self.totals(db, request.range.previous)
            figures.dailyDownloads = try Self.daily(db, .download, request.range)
            figures.dailyAdviceClicks = try Self.daily(db, .adviceClick, request.range)
            for dimension in request.breakdowns {
                figures.breakdowns[dimension] = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT key, SUM(count) AS total FROM report_daily_breakdown
                        WHERE dimension = ? AND day BETWEEN ? AND ?
                        GROUP BY key HAVING total > 0 ORDER BY total DESC, key ASC LIMIT ?
                        """,
                    arguments: [
                        dimension.rawValue, request.range.first.iso, request.range.last.iso, request.breakdownLimit,
                    ]
                ).map { BreakdownRow(key: $0["key"], count: $0["total"]) }
            }
            return figures
        }
    }

    private static func totals(_ db: Database, _ range: DayRange) throws -> HeadlineTotals {
        var totals = HeadlineTotals()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT kind, is_bot, SUM(count) AS total FROM report_daily_totals
                WHERE day BETWEEN ? AND ? GROUP BY kind, is_bot
                """, arguments: [range.first.iso, range.last.iso])
        while let row = try rows.next() {
            totals.add(kind: row["kind"], isBot: (row["is_bot"] as Int) != 0, count: row["total"])
        }
        return totals
    }

    private static func daily(_ db: Database, _ kind: EventKind, _ range: DayRange) throws -> [Day: Int] {
        var counts: [Day: Int] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT day, count FROM report_daily_totals
                WHERE kind = ? AND is_bot = 0 AND day BETWEEN ? AND ? AND count > 0
                """, arguments: [kind.rawValue, range.first.iso, range.last.iso])
        while let row = try rows.next() {
            if let day = Day(iso: row["day"] as String) { counts[day] = row["count"] }
        }
        return counts
    }
}
