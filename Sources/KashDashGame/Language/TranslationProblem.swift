/// Something wrong in a catalogue or translation file: which file, which key, and what. The
/// game logs it in one line and shows English for that string; `kashdash levels check --lang`
/// refuses the translation.
public struct TranslationProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The string's key ("roundEnd.score", "messages.meet-up.choices[2].feedback"); nil when
    /// the whole file is at fault (bad JSON).
    public var key: String?
    public var reason: String

    public init(file: String, key: String?, reason: String) {
        self.file = file
        self.key = key
        self.reason = reason
    }

    public var description: String { key.map { "\(file): \($0): \(reason)" } ?? "\(file): \(reason)" }
}
