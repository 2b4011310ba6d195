import KashDashContract

/// Art for a level's gates, from its theme name (`ArtVocabulary.themes`).
struct GateTheme {
    let body: String
    let cap: String
    /// The top pillar's cap, drawn upright (not a flipped bottom cap).
    let topCap: String

    /// Anything the artist did not draw gets the default gates.
    static func named(_ theme: String) -> GateTheme {
        let name = ArtVocabulary.themes.contains(theme) ? theme : ArtVocabulary.defaultTheme
        return GateTheme(body: "gate-\(name)-body", cap: "gate-\(name)-cap", topCap: "gate-\(name)-cap-top")
    }
}

/// Art for pickups, from their kind (`ArtVocabulary.pickups`).
enum PickupArt {
    static func sprite(for kind: String) -> String {
        "pickup-\(ArtVocabulary.pickups.contains(kind) ? kind : ArtVocabulary.defaultPickup)"
    }
}
