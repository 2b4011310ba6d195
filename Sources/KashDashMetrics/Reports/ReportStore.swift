import KashDashContract

/// Read-only queries behind the OPCC dashboard and its exports.
///
/// Kept apart from `MetricsStore` so the dashboard can ask for everything one page needs in
/// one call (one read transaction, one consistent snapshot), and so a store can answer from
/// small report roll-ups instead of scanning the daily aggregates: with ten million events the
/// aggregates hold millions of rows, and a page must answer in 100 ms.
public protocol ReportStore: Sendable {
    /// Exact figures for `range` and the period before it, and the top rows of each breakdown.
    func figures(for request: ReportRequest) async throws -> ReportFigures
}

/// What a page or an export wants to know.
public struct ReportRequest: Equatable, Sendable {
    /// The period shown.
    public var range: DayRange
    /// The breakdowns wanted (the overview wants all of them, a breakdown page one).
    public var breakdowns: [BreakdownDimension]
    /// Most rows per breakdown, largest first.
    public var breakdownLimit: Int

    public init(
        range: DayRange, breakdowns: [BreakdownDimension] = BreakdownDimension.allCases, breakdownLimit: Int = 50
    ) {
        self.range = range
        self.breakdowns = breakdowns
        self.breakdownLimit = breakdownLimit
    }
}

/// Exact counts for one report. Nothing here is suppressed yet: the dashboard applies the
/// 10-5 rule (`SuppressedCount`) to every breakdown and series value before showing it.
public struct ReportFigures: Equatable, Sendable {
    public var totals: HeadlineTotals
    /// The same-length period that ends the day before `range` starts.
    public var previousTotals: HeadlineTotals
    /// Human downloads per day (days with none are absent).
    public var dailyDownloads: [Day: Int]
    /// Human advice clicks per day (days with none are absent).
    public var dailyAdviceClicks: [Day: Int]
    /// Rows per requested dimension, largest first, at most `breakdownLimit` each.
    public var breakdowns: [BreakdownDimension: [BreakdownRow]]

    public init(
        totals: HeadlineTotals = HeadlineTotals(), previousTotals: HeadlineTotals = HeadlineTotals(),
        dailyDownloads: [Day: Int] = [:], dailyAdviceClicks: [Day: Int] = [:],
        breakdowns: [BreakdownDimension: [BreakdownRow]] = [:]
    ) {
        self.totals = totals
        self.previousTotals = previousTotals
        self.dailyDownloads = dailyDownloads
        self.dailyAdviceClicks = dailyAdviceClicks
        self.breakdowns = breakdowns
    }
}

/// Answers reports with the plain `MetricsStore` queries. Correct for any store; used where a
/// store has no report roll-ups of its own (PostgreSQL, test doubles).
public struct MetricsStoreReports: ReportStore {
    let store: any MetricsStore

    public init(store: any MetricsStore) { self.store = store }

    public func figures(for request: ReportRequest) async throws -> ReportFigures {
        var figures = ReportFigures()
        figures.totals = try await store.totals(in: request.range)
        figures.previousTotals = try await store.totals(in: request.range.previous)
        figures.dailyDownloads = try await store.dailyCounts(of: .download, in: request.range)
        figures.dailyAdviceClicks = try await store.dailyCounts(of: .adviceClick, in: request.range)
        for dimension in request.breakdowns {
            figures.breakdowns[dimension] = Array(
                try await store.breakdown(dimension, in: request.range).prefix(request.breakdownLimit))
        }
        return figures
    }
}

/// The fastest report source `store` offers: its own roll-ups when it has them.
public func reportStore(for store: any MetricsStore) -> any ReportStore {
    (store as? any ReportStore) ?? MetricsStoreReports(store: store)
}
