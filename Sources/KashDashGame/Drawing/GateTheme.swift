/// Art for a level's gates, from its theme name.
struct GateTheme {
    let body: String
    let cap: String
    /// The top pillar's cap, drawn upright (not a flipped bottom cap).
    let topCap: String

    /// The themes the artist drew; anything else gets the default gates.
    static let known: Set<String> = [
        "default", "chat", "padlock", "mail", "camera", "gamepad", "clock", "footprints", "heart", "shield",
        "megaphone", "magnifier",
    ]

    static func named(_ theme: String) -> GateTheme {
        let name = known.contains(theme) ? theme : "default"
        return GateTheme(body: "gate-\(name)-body", cap: "gate-\(name)-cap", topCap: "gate-\(name)-cap-top")
    }
}

/// Art for pickups, from their kind.
enum PickupArt {
    static let known: Set<String> = ["star", "shield", "heart", "badge", "key", "lightbulb"]

    static func sprite(for kind: String) -> String { "pickup-\(known.contains(kind) ? kind : "star")" }
}
