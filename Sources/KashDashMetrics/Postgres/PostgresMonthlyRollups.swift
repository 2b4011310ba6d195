import KashDashContract
import PostgresNIO

/// Monthly roll-ups on PostgreSQL: the daily report roll-ups summed by calendar month.
///
/// Why: an all-time page over two years of daily roll-ups sums about 58,000 rows
/// (`report_daily_breakdown` at 10 M events), which took PostgreSQL most of the 100 ms
/// page budget (docs/perf/dashboard.md). A range is answered from whole months here and
/// from daily rows only for the days before its first and after its last whole month, so
/// a two-year page reads about 24 months of rows plus at most 60 days. Same dimensions as
/// the daily roll-ups, at a coarser grain: nothing new is kept.
enum PostgresMonthlyRollups {
    static let tables = ["report_monthly_totals", "report_monthly_breakdown"]

    static let statements: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS report_monthly_totals (
            kind TEXT NOT NULL, month TEXT NOT NULL, is_bot INTEGER NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (month, kind, is_bot)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS report_monthly_breakdown (
            dimension TEXT NOT NULL, month TEXT NOT NULL, key TEXT NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (dimension, month, key)
        )
        """,
        // The edge days of a range are looked up by day across kinds.
        "CREATE INDEX IF NOT EXISTS report_daily_totals_by_day ON report_daily_totals(day)",
        // Backfill from the daily roll-ups once, when the monthly ones are new.
        """
        INSERT INTO report_monthly_totals(kind, month, is_bot, count)
        SELECT kind, left(day, 7), is_bot, SUM(count) FROM report_daily_totals
        WHERE NOT EXISTS (SELECT 1 FROM report_monthly_totals) GROUP BY kind, left(day, 7), is_bot
        """,
        """
        INSERT INTO report_monthly_breakdown(dimension, month, key, count)
        SELECT dimension, left(day, 7), key, SUM(count) FROM report_daily_breakdown
        WHERE NOT EXISTS (SELECT 1 FROM report_monthly_breakdown) GROUP BY dimension, left(day, 7), key
        """,
    ]

    static let objects = tables + ["report_daily_totals_by_day"]

    /// The monthly deltas of a fold's daily deltas, sorted (one lock order).
    static func deltas(_ daily: PostgresReportSchema.Deltas) -> PostgresReportSchema.Deltas {
        var totals: [String: (String, String, Int, Int)] = [:]
        for row in daily.totals {
            let month = String(row.day.prefix(7))
            totals["\(row.kind)\u{0}\(month)\u{0}\(row.isBot)", default: (row.kind, month, row.isBot, 0)].3 += row.count
        }
        var breakdowns: [String: (String, String, String, Int)] = [:]
        for row in daily.breakdowns {
            let month = String(row.day.prefix(7))
            breakdowns["\(row.dimension)\u{0}\(month)\u{0}\(row.key)", default: (row.dimension, month, row.key, 0)].3 += row.count
        }
        var monthly = PostgresReportSchema.Deltas([:])
        monthly.totals = totals.sorted { $0.key < $1.key }.map { (kind: $0.value.0, day: $0.value.1, isBot: $0.value.2, count: $0.value.3) }
        monthly.breakdowns = breakdowns.sorted { $0.key < $1.key }.map {
            (dimension: $0.value.0, day: $0.value.1, key: $0.value.2, count: $0.value.3)
        }
        return monthly
    }

    /// Adds monthly deltas (their `day` is a `YYYY-MM` month), in the fold's transaction.
    static func add(_ monthly: PostgresReportSchema.Deltas, on connection: PostgresConnection, logger: Logger) async throws {
        if !monthly.totals.isEmpty {
            try await connection.query("""
                INSERT INTO report_monthly_totals AS r(kind, month, is_bot, count)
                SELECT * FROM UNNEST(\(monthly.totals.map(\.kind))::text[], \(monthly.totals.map(\.day))::text[],
                    \(monthly.totals.map(\.isBot))::int[], \(monthly.totals.map(\.count))::bigint[])
                ON CONFLICT (month, kind, is_bot) DO UPDATE SET count = r.count + excluded.count
                """, logger: logger)
        }
        if !monthly.breakdowns.isEmpty {
            try await connection.query("""
                INSERT INTO report_monthly_breakdown AS r(dimension, month, key, count)
                SELECT * FROM UNNEST(\(monthly.breakdowns.map(\.dimension))::text[], \(monthly.breakdowns.map(\.day))::text[],
                    \(monthly.breakdowns.map(\.key))::text[], \(monthly.breakdowns.map(\.count))::bigint[])
                ON CONFLICT (dimension, month, key) DO UPDATE SET count = r.count + excluded.count
                """, logger: logger)
        }
    }
}

/// A range cut into whole calendar months and the days before and after them.
struct MonthSplit: Equatable {
    /// Days answered from the daily roll-ups: before the first whole month and after the
    /// last (or the whole range when it holds no whole month). Empty sides are `nil`.
    var head: DayRange?
    var tail: DayRange?
    /// First and last whole month, `YYYY-MM`, or `nil`.
    var months: (first: String, last: String)?

    init(_ range: DayRange) {
        let first = range.first.parts
        let firstWhole = first.day == 1 ? range.first : Self.firstOfNextMonth(after: range.first)
        let lastWhole = Self.firstOfNextMonth(after: range.last).adding(days: -1) == range.last
            ? range.last : Day(year: range.last.parts.year, month: range.last.parts.month, day: 1)!.adding(days: -1)
        guard firstWhole < lastWhole else {
            head = range
            return
        }
        months = (String(firstWhole.iso.prefix(7)), String(lastWhole.iso.prefix(7)))
        head = DayRange(first: range.first, last: firstWhole.adding(days: -1))
        tail = DayRange(first: lastWhole.adding(days: 1), last: range.last)
    }

    private static func firstOfNextMonth(after day: Day) -> Day {
        let (year, month, _) = day.parts
        return month == 12 ? Day(year: year + 1, month: 1, day: 1)! : Day(year: year, month: month + 1, day: 1)!
    }

    /// Bounds for `BETWEEN`: an absent side becomes a range no day is in.
    var headBounds: (String, String) { head.map { ($0.first.iso, $0.last.iso) } ?? ("1", "0") }
    var tailBounds: (String, String) { tail.map { ($0.first.iso, $0.last.iso) } ?? ("1", "0") }
    var monthBounds: (String, String) { months.map { ($0.first, $0.last) } ?? ("1", "0") }

    static func == (lhs: MonthSplit, rhs: MonthSplit) -> Bool {
        lhs.head == rhs.head && lhs.tail == rhs.tail && lhs.months?.first == rhs.months?.first
            && lhs.months?.last == rhs.months?.last
    }
}
