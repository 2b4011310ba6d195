import KashDashContract

/// The dimensions of one language count: day x kind x language, nothing else.
///
/// Why apart from `daily_counts`: a language spoken by two children in a small school, joined
/// to a level, a message and a verdict, would point at those children's answers. Counted
/// only beside the day and the kind of event, it says how much each language is used and
/// how its answers and clicks go, and narrows nothing else. Bots are never counted here.
struct LanguageKey: Hashable, Sendable {
    var day: String
    var kind: String
    var language: String

    /// The key of an event that says its language, or `nil`.
    init?(_ event: MetricEvent) {
        guard let language = event.language, !event.isBot else { return nil }
        day = event.day.iso
        kind = event.kind.rawValue
        self.language = language.tag
    }

    init(day: String, kind: String, language: String) {
        self.day = day
        self.kind = kind
        self.language = language
    }

    /// A total order, so concurrent transactions lock rows in the same order.
    var sortKey: String { [day, kind, language].joined(separator: "\u{0}") }
}
