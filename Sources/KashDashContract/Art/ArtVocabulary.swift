/// The names the artist drew and levels may use: gate themes and pickup kinds.
///
/// Levels are checked against these lists, the game picks sprites by them, and the art
/// scripts (`scripts/art`) read them from `scripts/art/vocabulary.json`, which a test keeps
/// identical to `ArtVocabulary.json` (regenerate it with `KASHDASH_WRITE_VOCABULARY=1`).
public enum ArtVocabulary {
    /// Gate art themes; a level picks one. The first is the fallback.
    public static let themes = [
        "default", "chat", "padlock", "mail", "camera", "gamepad", "clock", "footprints", "heart", "shield",
        "megaphone", "magnifier",
    ]

    /// Pickup kinds; the first is the fallback.
    public static let pickups = ["star", "shield", "heart", "badge", "key", "lightbulb"]

    public static var defaultTheme: String { themes[0] }
    public static var defaultPickup: String { pickups[0] }

    /// The lists as the art scripts read them.
    public static var json: String {
        JSONValue.object([
            ("note", .string("Generated from Sources/KashDashContract/Art/ArtVocabulary.swift; do not edit by hand.")),
            ("themes", .array(themes.map(JSONValue.string))),
            ("pickups", .array(pickups.map(JSONValue.string))),
        ]).rendered() + "\n"
    }
}
