import KashDashContract
import KashDashMetrics

extension DashboardViews {
    /// What `dashboard.mustache` shows: the overview (all breakdowns, ten rows each) or one
    /// breakdown page (all its rows). Every string is ready to print; Mustache escapes it.
    struct Overview {
        struct Preset { let id: String; let label: String; let current: Bool }
        struct Point { let start: String; let downloads: String; let clicks: String }
        struct Row { let key: String; let count: String; let bar: Int }
        struct Table {
            let id: String
            let title: String
            let column: String
            let measure: String
            let rows: [Row]
            let hasRows: Bool
            let moreLink: String?
        }

        /// Rows per breakdown on the overview; a breakdown's own page shows them all.
        static let overviewRows = 10

        struct Note { let number: Int; let day: String; let text: String; let id: Int }
        /// One row of the by-language table: a measure, and its figure in each language's column.
        struct LanguageMeasure { let heading: String; let figures: [String] }

        /// `nil` on a read-only panel link.
        let signedInAs: String?
        let csrf: String
        let path: String
        let isBreakdown: Bool
        /// Signed in: the period can be changed, notes added, figures exported. A panel
        /// link shows its fixed period and nothing else.
        let canEdit: Bool
        let overviewLink: String
        let learningLink: String
        let notes: [Note]
        let hasNotes: Bool
        let from: String
        let to: String
        let query: String
        let presets: [Preset]
        let heading: String
        let periodLabel: String
        let dayCount: String
        let previousLabel: String
        let sentence: String
        let downloads: String
        let clicks: String
        let ratio: String
        let previousDownloads: String
        let previousClicks: String
        let previousRatio: String
        let downloadsChange: String
        let downloadsTrend: String
        let downloadsArrow: String
        let clicksChange: String
        let clicksTrend: String
        let clicksArrow: String
        let showChart: Bool
        let grain: String
        let chart: String
        let series: [Point]
        let breakdowns: [Table]
        let botDownloads: String
        let botClicks: String
        /// The "By language" table (overview only), a language to a column and a measure to a
        /// row: at most four narrow columns, so it sits in the breakdown grid beside the others
        /// (and the printed summary keeps to one page) instead of a full-width box of six.
        let languageNames: [String]
        let languageMeasures: [LanguageMeasure]
        let hasLanguages: Bool
        let showsLanguages: Bool

        /// `panelPath`: the panel link's own address ("/panel/<token>") when shown through one.
        init(report: DashboardReport, username: String?, csrf: String, panelPath: String? = nil) {
            let totals = report.totals, previous = report.previous, range = report.range
            let only = report.breakdowns.count == 1 ? report.breakdowns.first?.dimension : nil
            signedInAs = username
            self.csrf = csrf
            isBreakdown = only != nil
            canEdit = username != nil && panelPath == nil
            overviewLink = panelPath ?? "/dashboard?\(range.query)"
            learningLink = panelPath.map { $0 + "/learning" } ?? "/dashboard/learning?\(range.query)"
            notes = report.notes.enumerated().map { index, note in
                Note(number: index + 1, day: Self.words(note.day), text: note.text, id: note.id)
            }
            hasNotes = !notes.isEmpty
            path = only.map { "/dashboard/breakdown/\($0.rawValue)" } ?? "/dashboard"
            from = range.days.first.iso
            to = range.days.last.iso
            query = range.query
            presets = ReportRange.presets.map { Preset(id: $0.id, label: $0.label, current: $0.id == range.preset) }
            let rangeName = ReportRange.presets.first { $0.id == range.preset }?.label ?? "Chosen period"
            heading = only == nil ? rangeName : "\(report.breakdowns[0].title): \(rangeName.lowercased())"
            periodLabel = Self.words(range.days)
            dayCount = range.days.dayCount == 1 ? "1 day" : "\(DashboardReport.grouped(range.days.dayCount)) days"
            previousLabel =
                "previous \(range.days.dayCount == 1 ? "day" : "\(range.days.dayCount) days") (\(Self.words(range.days.previous)))"
            sentence = report.panelSentence
            downloads = DashboardReport.grouped(totals.downloads)
            clicks = DashboardReport.grouped(totals.adviceClicks)
            ratio = DashboardReport.ratio(totals.adviceClicks, totals.downloads)
            previousDownloads = DashboardReport.grouped(previous.downloads)
            previousClicks = DashboardReport.grouped(previous.adviceClicks)
            previousRatio = DashboardReport.ratio(previous.adviceClicks, previous.downloads)
            downloadsChange = DashboardReport.change(totals.downloads, previous.downloads)
            (downloadsTrend, downloadsArrow) = Self.trend(totals.downloads, previous.downloads)
            clicksChange = DashboardReport.change(totals.adviceClicks, previous.adviceClicks)
            (clicksTrend, clicksArrow) = Self.trend(totals.adviceClicks, previous.adviceClicks)
            showChart = only == nil
            grain = range.grain.rawValue
            chart =
                showChart
                ? SVGBarChart.render(
                    series: report.series, grain: range.grain,
                    notes: report.notes.enumerated().map { (range.bucket(of: $1.day), $0 + 1, $1.text) })
                : ""
            series = report.series.map {
                Point(
                    start: $0.bucket.iso, downloads: Self.figure($0.downloads), clicks: Self.figure($0.clicks))
            }
            let query = range.query
            breakdowns = report.breakdowns.map { breakdown in
                let shown = only == nil ? Array(breakdown.rows.prefix(Self.overviewRows)) : breakdown.rows
                let peak = max(1, shown.map(\.count.chartValue).max() ?? 1)
                let rows = shown.map {
                    Row(key: $0.key, count: Self.figure($0.count), bar: $0.count.chartValue * 100 / peak)
                }
                return Table(
                    id: breakdown.dimension.rawValue, title: breakdown.title, column: Self.column(breakdown.dimension),
                    measure: Self.measure(breakdown.dimension), rows: rows, hasRows: !rows.isEmpty,
                    moreLink: only == nil && breakdown.rows.count > shown.count && panelPath == nil
                        ? "/dashboard/breakdown/\(breakdown.dimension.rawValue)?\(query)" : nil)
            }
            botDownloads = DashboardReport.grouped(totals.botDownloads)
            botClicks = DashboardReport.grouped(totals.botAdviceClicks)
            let languageRows = report.languages.rows
            languageNames = languageRows.map(\.language.englishName)
            languageMeasures = LanguageBreakdown.columns.enumerated().map { index, column in
                LanguageMeasure(heading: column.heading, figures: languageRows.map { Self.figure($0.figures[index]) })
            }
            hasLanguages = !languageRows.isEmpty
            showsLanguages = only == nil
        }

        static func column(_ dimension: BreakdownDimension) -> String {
            switch dimension {
            case .adviceLink: return "Website"
            case .level: return "Level"
            case .source: return "Source"
            case .file: return "File"
            case .unsafeMessage: return "Message"
            }
        }

        static func measure(_ dimension: BreakdownDimension) -> String {
            switch dimension {
            case .adviceLink, .level, .source: return "Clicks"
            case .file: return "Downloads"
            case .unsafeMessage: return "Unsafe answers"
            }
        }

        /// A suppressed count as shown on the page: "<10" or "4,390".
        static func figure(_ count: SuppressedCount) -> String {
            if case .rounded(let value) = count { return DashboardReport.grouped(value) }
            return count.description
        }

        /// ("up" | "down" | "same", an arrow). The sign and the word carry the meaning too,
        /// so nothing depends on the colour alone.
        static func trend(_ now: Int, _ before: Int) -> (String, String) {
            now > before ? ("up", "▲") : now < before ? ("down", "▼") : ("same", "■")
        }

        /// "1 Jan 2026 to 27 Nov 2026", or one date for a one-day range.
        static func words(_ days: DayRange) -> String {
            days.first == days.last ? words(days.first) : "\(words(days.first)) to \(words(days.last))"
        }

        static func words(_ day: Day) -> String {
            let (y, m, d) = day.parts
            return "\(d) \(DashboardReport.months[m - 1]) \(y)"
        }
    }
}
