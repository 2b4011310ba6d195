import KashDashContract

/// The dimensions of one learning count: day x source x level x message x encounter bucket x
/// verdict ("none" for a reflection). Counts only: no row says which answers came from the
/// same child, so nothing can be followed from one meeting to the next.
struct LearningKey: Hashable, Sendable {
    var day: String
    var source: String
    var level: String
    var message: String
    var encounter: String
    var verdict: String

    /// The verdict column's value for a reflection answer (it has no verdict).
    static let noVerdict = "none"

    /// The learning key of an answer event, or `nil` for any other event (and for answers
    /// from games that sent no encounter bucket).
    init?(_ event: MetricEvent) {
        guard let encounter = event.encounter, let level = event.level, let message = event.message else { return nil }
        switch event.kind {
        case .messageAnsweredSafe: verdict = AnswerVerdict.safe.rawValue
        case .messageAnsweredUnsafe: verdict = AnswerVerdict.unsafe.rawValue
        case .reflectionAnswered: verdict = Self.noVerdict
        default: return nil
        }
        day = event.day.iso
        source = event.source?.rawValue ?? ""
        self.level = level
        self.message = message
        self.encounter = encounter.rawValue
    }

    init(day: String, source: String, level: String, message: String, encounter: String, verdict: String) {
        self.day = day
        self.source = source
        self.level = level
        self.message = message
        self.encounter = encounter
        self.verdict = verdict
    }

    /// A total order, so concurrent transactions lock rows in the same order.
    var sortKey: String { [day, source, level, message, encounter, verdict].joined(separator: "\u{0}") }
}
