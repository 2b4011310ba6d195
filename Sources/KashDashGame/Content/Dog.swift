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

    /// One friendly line for the character select screen.
    public var personality: String {
        switch self {
        case .kash: "The force's famous mascot. Brave and calm."
        case .emma: "Quick and clever. Spots a trick a mile off."
        case .jasper: "Young and bouncy. Always asks a grown-up first."
        }
    }

    /// Sprite names drawn from `Assets/sprites`.
    public var flyingSprite: String { "dog-\(rawValue)" }
    public var portraitSprite: String { "dog-\(rawValue)-portrait" }
    public var crashSprite: String { "dog-\(rawValue)-crash" }
}
