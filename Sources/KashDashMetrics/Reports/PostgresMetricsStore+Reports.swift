import KashDashContract
import PostgresNIO

/// The PostgreSQL store answers reports from its roll-up tables (`PostgresReportSchema`,
/// whole months from `PostgresMonthlyRollups`),
/// in one read-only repeatable-read transaction, so a page never mixes two states of the
/// store even while other instances write.
extension PostgresMetricsStore: ReportStore {
    public func figures(for request: ReportRequest) async throws -> ReportFigures {
        do {
            return try await PostgresDeadline.run { [client, logger] in
                try await Self.fold(client: client, logger: logger, wait: true)
                return try await client.withConnection { connection in
                    try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                    do {
                        let figures = try await Self.figures(request, on: connection, logger: logger)
                        try await connection.query("COMMIT", logger: logger)
                        return figures
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                }
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    private static func figures(_ request: ReportRequest, on connection: PostgresConnection, logger: Logger) async throws -> ReportFigures {
        var figures = ReportFigures()
        figures.totals = try await totals(request.range, on: connection, logger: logger)
        figures.previousTotals = try await totals(request.range.previous, on: connection, logger: logger)
        figures.dailyDownloads = try await daily(.download, request.range, on: connection, logger: logger)
        figures.dailyAdviceClicks = try await daily(.adviceClick, request.range, on: connection, logger: logger)
        for dimension in request.breakdowns {
            let split = MonthSplit(request.range)
            let (head, tail, months) = (split.headBounds, split.tailBounds, split.monthBounds)
            let rows = try await connection.query("""
                SELECT key, SUM(count)::bigint AS total FROM (
                    SELECT key, count FROM report_daily_breakdown WHERE dimension = \(dimension.rawValue)
                        AND (day BETWEEN \(head.0) AND \(head.1) OR day BETWEEN \(tail.0) AND \(tail.1))
                    UNION ALL
                    SELECT key, count FROM report_monthly_breakdown WHERE dimension = \(dimension.rawValue)
                        AND month BETWEEN \(months.0) AND \(months.1)
                ) AS rows
                GROUP BY key HAVING SUM(count) > 0 ORDER BY total DESC, key ASC LIMIT \(request.breakdownLimit)
                """, logger: logger)
            var result: [BreakdownRow] = []
            for try await (key, total) in rows.decode((String, Int).self) { result.append(BreakdownRow(key: key, count: total)) }
            figures.breakdowns[dimension] = result
        }
        return figures
    }

    private static func totals(_ range: DayRange, on connection: PostgresConnection, logger: Logger) async throws -> HeadlineTotals {
        let split = MonthSplit(range)
        let (head, tail, months) = (split.headBounds, split.tailBounds, split.monthBounds)
        let rows = try await connection.query("""
            SELECT kind, is_bot, SUM(count)::bigint FROM (
                SELECT kind, is_bot, count FROM report_daily_totals
                WHERE day BETWEEN \(head.0) AND \(head.1) OR day BETWEEN \(tail.0) AND \(tail.1)
                UNION ALL
                SELECT kind, is_bot, count FROM report_monthly_totals WHERE month BETWEEN \(months.0) AND \(months.1)
            ) AS rows GROUP BY kind, is_bot
            """, logger: logger)
        var totals = HeadlineTotals()
        for try await (kind, isBot, total) in rows.decode((String, Int, Int).self) { totals.add(kind: kind, isBot: isBot != 0, count: total) }
        return totals
    }

    private static func daily(_ kind: EventKind, _ range: DayRange, on connection: PostgresConnection, logger: Logger) async throws -> [Day: Int] {
        let rows = try await connection.query("""
            SELECT day, count FROM report_daily_totals
            WHERE kind = \(kind.rawValue) AND is_bot = 0 AND day BETWEEN \(range.first.iso) AND \(range.last.iso) AND count > 0
            """, logger: logger)
        var counts: [Day: Int] = [:]
        for try await (text, count) in rows.decode((String, Int).self) {
            if let day = Day(iso: text) { counts[day] = count }
        }
        return counts
    }
}
