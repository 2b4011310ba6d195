/// A language the game can be played in. English is the source every translation is made
/// from and the fallback for any string a translation lacks.
///
/// Welsh is the other language of public services next door; Polish and Urdu are among the
/// most common main languages in England after English (2021 Census).
public enum Language: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case english = "en"
    case welsh = "cy"
    case polish = "pl"
    case urdu = "ur"

    /// The BCP 47 tag ("en", "cy", "pl", "ur"), as in file names, events and eSpeak voices.
    public var tag: String { rawValue }

    public init?(tag: String) { self.init(rawValue: tag.lowercased()) }

    /// The language's name in its own language and script, as the picker shows it (no flags:
    /// a flag is a country, not a language).
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .welsh: "Cymraeg"
        case .polish: "Polski"
        case .urdu: "اردو"
        }
    }

    /// The English name, for logs, tools and the dashboard.
    public var englishName: String {
        switch self {
        case .english: "English"
        case .welsh: "Welsh"
        case .polish: "Polish"
        case .urdu: "Urdu"
        }
    }

    /// Urdu is written right to left (in Nastaliq); numbers and Latin names inside it still
    /// run left to right.
    public var isRightToLeft: Bool { self == .urdu }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
