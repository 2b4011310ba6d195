import KashDashContract
import KashDashMetrics

/// Everything the overview page and the exports show for one range, with the 10-5
/// suppression already applied to every breakdown. Headline totals stay exact.
struct DashboardReport: Sendable {
    struct Breakdown: Sendable {
        let dimension: BreakdownDimension
        let title: String
        let rows: [(key: String, count: SuppressedCount)]
    }

    let range: ReportRange
    let totals: HeadlineTotals
    let previous: HeadlineTotals
    /// (bucket start, downloads, advice clicks) per bucket, 10-5 suppressed like the breakdowns.
    let series: [(bucket: Day, downloads: SuppressedCount, clicks: SuppressedCount)]
    let breakdowns: [Breakdown]
    /// Staff notes on days in the range (shared state), shown on the chart and exported.
    let notes: [Annotation]
    /// Answers and clicks per language the game was played in (overview only, else empty).
    let languages: LanguageBreakdown

    static let titles: [(BreakdownDimension, String)] = [
        (.adviceLink, "Advice clicks by website"),
        (.level, "Advice clicks by level"),
        (.source, "Advice clicks by source"),
        (.file, "Downloads by file"),
        (.unsafeMessage, "Safety messages most often answered unsafely"),
    ]

    /// Builds the report from one `ReportStore` call: one read, one consistent snapshot.
    /// SQLite answers from its report roll-ups, so even "all time" over ten million events
    /// costs milliseconds; other stores fall back to the plain `MetricsStore` queries.
    static func build(
        range: ReportRange, store: any MetricsStore, only: BreakdownDimension? = nil, notes: [Annotation] = []
    ) async throws -> DashboardReport {
        let shown = titles.filter { only == nil || only == $0.0 }
        let figures = try await reportStore(for: store).figures(
            for: ReportRequest(range: range.days, breakdowns: shown.map(\.0)))
        let breakdowns = shown.map { dimension, title in
            Breakdown(
                dimension: dimension, title: title,
                rows: (figures.breakdowns[dimension] ?? []).map { (label(for: $0.key, in: dimension), $0.suppressed) })
        }
        var bucketed: [Day: (Int, Int)] = [:]
        for (day, count) in figures.dailyDownloads { bucketed[range.bucket(of: day), default: (0, 0)].0 += count }
        for (day, count) in figures.dailyAdviceClicks { bucketed[range.bucket(of: day), default: (0, 0)].1 += count }
        let series = range.buckets.map { bucket in
            (bucket, SuppressedCount(bucketed[bucket]?.0 ?? 0), SuppressedCount(bucketed[bucket]?.1 ?? 0))
        }
        let languages = only == nil ? LanguageBreakdown(try await store.languageCounts(in: range.days)) : LanguageBreakdown([])
        return DashboardReport(
            range: range, totals: figures.totals, previous: figures.previousTotals, series: series,
            breakdowns: breakdowns, notes: notes, languages: languages)
    }

    private static func label(for key: String, in dimension: BreakdownDimension) -> String {
        guard key.isEmpty else {
            // The one source whose name does not explain itself: a phone opening a kiosk's QR code.
            return dimension == .source && key == EventSource.kioskQR.rawValue ? "\(key) (QR code scanned from a kiosk)" : key
        }
        return dimension == .source ? "(not given)" : "(none)"
    }

    /// "Kash Dash has had N downloads and prompted M clicks to websites which give online safety advice".
    var panelSentence: String {
        "Kash Dash has had \(Self.grouped(totals.downloads)) downloads and prompted \(Self.grouped(totals.adviceClicks)) clicks to websites which give online safety advice"
    }

    /// Clicks per download to two decimals, or "–" with no downloads.
    static func ratio(_ clicks: Int, _ downloads: Int) -> String {
        guard downloads > 0 else { return "–" }
        let hundredths = (clicks * 100 + downloads / 2) / downloads
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Month abbreviations for dates on the page and the chart.
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// 12345 -> "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// "+12%" / "-3%" / "new" compared with the previous period.
    static func change(_ now: Int, _ before: Int) -> String {
        guard before > 0 else { return now > 0 ? "new" : "no change" }
        let percent = ((now - before) * 100) / before
        return percent > 0 ? "+\(percent)%" : percent == 0 ? "no change" : "\(percent)%"
    }
}
