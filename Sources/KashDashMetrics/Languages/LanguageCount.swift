import KashDashContract

/// One language's count of one kind of event over a range: exact, for the dashboard to
/// suppress before it shows anything (`SuppressedCount`).
public struct LanguageCount: Equatable, Sendable {
    public var language: Language
    public var kind: EventKind
    public var count: Int

    public init(language: Language, kind: EventKind, count: Int) {
        self.language = language
        self.kind = kind
        self.count = count
    }

    /// Rows of `(language tag, kind, count)` as stored; a tag or kind this build does not
    /// know (a database shared with a newer server) is left out rather than misread.
    static func known(_ rows: [(String, String, Int)]) -> [LanguageCount] {
        rows.compactMap { tag, kind, count in
            guard let language = Language(rawValue: tag), let kind = EventKind(rawValue: kind) else { return nil }
            return LanguageCount(language: language, kind: kind, count: count)
        }
    }
}
