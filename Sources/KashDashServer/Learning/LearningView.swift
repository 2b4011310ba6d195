import KashDashContract
import KashDashMetrics

extension DashboardViews {
    /// What `learning.mustache` shows. Every string is ready to print; Mustache escapes it.
    struct Learning {
        struct Preset { let id: String; let label: String; let current: Bool }
        struct Row {
            let name: String
            let isLesson: Bool
            let firstRate: String
            let firstInterval: String
            let firstAnswers: String
            let againRate: String
            let againInterval: String
            let againAnswers: String
            let reflections: String
        }

        /// `nil` on a read-only panel link (no account, no sign-out form).
        let signedInAs: String?
        let csrf: String
        /// Where the period links go: the page itself, or the panel link's page.
        let path: String
        /// Signed in: the period can be changed and the figures exported. A panel link shows
        /// its fixed period only.
        let canChangePeriod: Bool
        let from: String
        let to: String
        let query: String
        let presets: [Preset]
        let heading: String
        let periodLabel: String
        let sentence: String
        let caveats: [String]
        let rows: [Row]
        let hasRows: Bool
        let overviewLink: String

        init(report: LearningReport, username: String?, csrf: String, path: String = "/dashboard/learning",
             overviewLink: String? = nil) {
            let range = report.range
            signedInAs = username
            self.csrf = csrf
            self.path = path
            canChangePeriod = username != nil
            from = range.days.first.iso
            to = range.days.last.iso
            query = range.query
            presets = ReportRange.presets.map { Preset(id: $0.id, label: $0.label, current: $0.id == range.preset) }
            let rangeName = ReportRange.presets.first { $0.id == range.preset }?.label ?? "Chosen period"
            heading = "Learning: \(rangeName.lowercased())"
            periodLabel = Overview.words(range.days)
            sentence = report.panelSentence
            caveats = LearningReport.caveats
            rows = report.lessons.flatMap { lesson, messages in
                [Self.row(lesson)] + messages.map(Self.row)
            }
            hasRows = !rows.isEmpty
            self.overviewLink = overviewLink ?? "/dashboard?\(range.query)"
        }

        private static func row(_ row: LearningReport.Row) -> Row {
            Row(
                name: row.message ?? row.level, isLesson: row.message == nil,
                firstRate: row.first.rateText, firstInterval: row.first.intervalText,
                firstAnswers: Overview.figure(row.first.answers),
                againRate: row.again.rateText, againInterval: row.again.intervalText,
                againAnswers: Overview.figure(row.again.answers),
                reflections: Overview.figure(row.reflections))
        }
    }
}
