import KashDashContract
import KashDashMetrics

/// The period a dashboard page or export covers, from the query string.
///
/// Presets: `7d`, `30d` (default), `quarter`, `year`, `all`; or `range=custom&from=&to=`.
/// The chart's grain follows the length: day up to 62 days, week up to 1 year, then month.
struct ReportRange: Equatable {
    enum Grain: String { case day, week, month }

    let preset: String
    let days: DayRange
    var grain: Grain {
        switch days.dayCount {
        case ...62: return .day
        case ...366: return .week
        default: return .month
        }
    }

    /// The first day "all time" reaches back to (before the game's relaunch there is no data).
    static let earliest = Day(year: 2024, month: 1, day: 1)!
    /// Longest custom range, to keep a page bounded.
    static let maxDays = 3700

    static let presets: [(id: String, label: String)] = [
        ("7d", "Last 7 days"), ("30d", "Last 30 days"), ("quarter", "This quarter"), ("year", "This year"), ("all", "All time"),
    ]

    struct Invalid: Error { let reason: String }

    static func parse(preset: String?, from: String?, to: String?, today: Day) throws(Invalid) -> ReportRange {
        let preset = preset ?? ((from != nil || to != nil) ? "custom" : "30d")
        let first: Day
        var last = today
        switch preset {
        case "7d": first = today.adding(days: -6)
        case "30d": first = today.adding(days: -29)
        case "quarter":
            let (y, m, _) = today.parts
            first = Day(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)!
        case "year": first = Day(year: today.parts.year, month: 1, day: 1)!
        case "all": first = min(earliest, today)
        case "custom":
            guard let fromText = from, let start = Day(iso: fromText) else { throw Invalid(reason: "“from” must be a date like 2026-01-31") }
            guard let toText = to, let end = Day(iso: toText) else { throw Invalid(reason: "“to” must be a date like 2026-01-31") }
            first = start
            last = end
        default:
            throw Invalid(reason: "unknown range “\(preset.prefix(20))”; use 7d, 30d, quarter, year, all or custom")
        }
        guard let days = DayRange(first: first, last: last) else { throw Invalid(reason: "the range ends before it starts") }
        guard days.dayCount <= maxDays else { throw Invalid(reason: "a range may cover at most \(maxDays) days") }
        return ReportRange(preset: preset, days: days)
    }

    /// The first day of the bucket `day` falls in.
    func bucket(of day: Day) -> Day {
        switch grain {
        case .day: return day
        case .week: return day.adding(days: -day.weekdayFromMonday)
        case .month: return Day(year: day.parts.year, month: day.parts.month, day: 1)!
        }
    }

    /// Every bucket start in the range, in order (so empty buckets still show).
    var buckets: [Day] {
        var result: [Day] = []
        var current = bucket(of: days.first)
        while current <= days.last {
            result.append(current)
            switch grain {
            case .day: current = current.adding(days: 1)
            case .week: current = current.adding(days: 7)
            case .month:
                let (y, m, _) = current.parts
                current = m == 12 ? Day(year: y + 1, month: 1, day: 1)! : Day(year: y, month: m + 1, day: 1)!
            }
        }
        return result
    }

    /// Query string that reproduces this range (for links and exports).
    var query: String {
        preset == "custom" ? "range=custom&from=\(days.first.iso)&to=\(days.last.iso)" : "range=\(preset)"
    }
}
