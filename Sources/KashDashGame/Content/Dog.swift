/// The three police dogs a child can fly as.
public enum Dog: String, CaseIterable, Hashable, Sendable, Codable {
    case kash, emma, jasper

    public var name: String {
        switch self {
        case .kash: "Kash"
        case .emma: "Emma"
        case .jasper: "Jasper"
        }
    }

    /// One friendly line for the character select screen, in `strings`' language.
    public func personality(in strings: StringCatalogue) -> String {
        switch self {
        case .kash: strings.text(.dogKashPersonality)
        case .emma: strings.text(.dogEmmaPersonality)
        case .jasper: strings.text(.dogJasperPersonality)
        }
    }

    /// Sprite names drawn from `Assets/sprites`.
    public var flyingSprite: String { "dog-\(rawValue)" }
    public var portraitSprite: String { "dog-\(rawValue)-portrait" }
    public var crashSprite: String { "dog-\(rawValue)-crash" }
}
