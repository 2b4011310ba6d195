import KashDashContract
import KashDashMetrics

extension DashboardViews {
    /// What `panel-links.mustache` shows: the live links, a form for a new one, and a newly
    /// made link's address (shown once: only its hash is kept).
    struct PanelLinks {
        struct Link { let id: Int; let period: String; let expires: String; let createdBy: String }

        let signedInAs: String
        let csrf: String
        let from: String
        let to: String
        let maxDays: Int
        let links: [Link]
        let hasLinks: Bool
        let createdPath: String?
        let createdPeriod: String?

        init(username: String, csrf: String, range: ReportRange, links: [PanelLink], created: (link: PanelLink, path: String)?) {
            signedInAs = username
            self.csrf = csrf
            from = range.days.first.iso
            to = range.days.last.iso
            maxDays = PanelLink.maxLifetimeDays
            self.links = links.map {
                Link(id: $0.id, period: Overview.words($0.days), expires: Self.expiry($0.expiresMillis), createdBy: $0.createdBy)
            }
            hasLinks = !self.links.isEmpty
            createdPath = created?.path
            createdPeriod = created.map { Overview.words($0.link.days) }
        }

        /// "4 Jan 2027" (UTC): the day the link stops working.
        static func expiry(_ millis: Int64) -> String {
            Overview.words(Day(unixSeconds: Int(millis / 1000)))
        }
    }
}
