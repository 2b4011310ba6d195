import KashDashContract
import KashDashMetrics

/// The overview's "By language" table: per language the game was played in, levels started,
/// answers (safe, unsafe, reflections) and advice clicks, each 10-5 suppressed like every
/// other breakdown. Events from games that did not say their language are not in it, so
/// its columns may add up to less than the headline figures.
struct LanguageBreakdown: Sendable {
    struct Row: Sendable {
        let language: Language
        let figures: [SuppressedCount]
    }

    /// The columns, in order: what each counts, its heading, and its name in the exports.
    static let columns: [(kind: EventKind, heading: String, id: String)] = [
        (.levelStarted, "Levels started", "levels_started"),
        (.messageAnsweredSafe, "Safe answers", "safe_answers"),
        (.messageAnsweredUnsafe, "Unsafe answers", "unsafe_answers"),
        (.reflectionAnswered, "Reflections", "reflections"),
        (.adviceClick, "Advice clicks", "advice_clicks"),
    ]

    /// Each language's suppressed figures by column id, for the exports.
    var exported: [(tag: String, figures: [(id: String, value: String)])] {
        rows.map { row in
            (row.language.tag, zip(Self.columns, row.figures).map { ($0.id, $1.description) })
        }
    }

    let rows: [Row]

    /// Languages with nothing counted are left out; the rest in the game's order (English first).
    init(_ counts: [LanguageCount]) {
        var exact: [Language: [EventKind: Int]] = [:]
        for count in counts { exact[count.language, default: [:]][count.kind, default: 0] += count.count }
        rows = Language.allCases.compactMap { language in
            guard let kinds = exact[language] else { return nil }
            let figures = Self.columns.map { kinds[$0.kind] ?? 0 }
            guard figures.contains(where: { $0 > 0 }) else { return nil }
            return Row(language: language, figures: figures.map(SuppressedCount.init))
        }
    }
}
