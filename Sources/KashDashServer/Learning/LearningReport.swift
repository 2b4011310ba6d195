import KashDashContract
import KashDashMetrics

/// Everything the learning page and its exports show for one period: per lesson and per
/// message, the safe-answer rate on first meeting and on later meetings, suppressed.
struct LearningReport: Sendable {
    /// One lesson (level) or one message within it.
    struct Row: Sendable {
        let level: String
        /// `nil` for the lesson's own row (all its messages together).
        let message: String?
        let first: LearningRate
        let again: LearningRate
        /// Reflection answers (no verdict): counted, never rated.
        let reflections: SuppressedCount
    }

    let range: ReportRange
    /// Every scored answer in the period: the panel sentence's figures.
    let overall: (first: LearningRate, again: LearningRate)
    /// Lessons in level order, each followed by its messages.
    let lessons: [(lesson: Row, messages: [Row])]

    static func build(range: ReportRange, store: any MetricsStore) async throws -> LearningReport {
        let counts = try await store.learning(in: range.days)
        var lessons: [(Row, [Row])] = []
        var levels: [String] = []
        for count in counts where !levels.contains(count.level) { levels.append(count.level) }
        for level in levels {
            let messages = counts.filter { $0.level == level }
            let total = messages.reduce(LearningCounts(level: level, message: "")) { sum, next in
                LearningCounts(
                    level: level, message: "", firstSafe: sum.firstSafe + next.firstSafe,
                    firstUnsafe: sum.firstUnsafe + next.firstUnsafe, againSafe: sum.againSafe + next.againSafe,
                    againUnsafe: sum.againUnsafe + next.againUnsafe, reflections: sum.reflections + next.reflections)
            }
            lessons.append((row(total, message: nil), messages.map { row($0, message: $0.message) }))
        }
        let firstSafe = counts.reduce(0) { $0 + $1.firstSafe }, firstUnsafe = counts.reduce(0) { $0 + $1.firstUnsafe }
        let againSafe = counts.reduce(0) { $0 + $1.againSafe }, againUnsafe = counts.reduce(0) { $0 + $1.againUnsafe }
        return LearningReport(
            range: range,
            overall: (LearningRate(safe: firstSafe, unsafe: firstUnsafe), LearningRate(safe: againSafe, unsafe: againUnsafe)),
            lessons: lessons)
    }

    private static func row(_ counts: LearningCounts, message: String?) -> Row {
        Row(
            level: counts.level, message: message,
            first: LearningRate(safe: counts.firstSafe, unsafe: counts.firstUnsafe),
            again: LearningRate(safe: counts.againSafe, unsafe: counts.againUnsafe),
            reflections: SuppressedCount(counts.reflections))
    }

    /// The sentence for the panel, or why there is none.
    var panelSentence: String {
        guard let first = overall.first.rate, let again = overall.again.rate else {
            return "There were too few answers in this period to compare first and later meetings of a question"
        }
        return "On first meeting a question children chose the safe answer in \(LearningRate.percent(first)) of answers; "
            + "when they met it again, \(LearningRate.percent(again))"
    }

    /// The caveats, in plain words, always shown and exported beside the figures.
    static let caveats = [
        "This is not a trial: there is no comparison group, so a change cannot be put down to the game alone.",
        "Children who play a level again may differ from those who do not (keener, or stuck), so the later-meeting figures describe them, not every child.",
        "Answers are counted, not children: one child who replays often adds many later-meeting answers.",
        "A kiosk forgets each child at the end of their session, so a child who meets a question again on another day at school counts as a first meeting.",
    ]
}
