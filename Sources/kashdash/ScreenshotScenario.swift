import KashDashGame

/// Named moments of the game for `play --scenario NAME` (docs screenshots under Xvfb).
enum ScreenshotScenario {
    static let names = ["title", "character-select", "level-select", "play", "message", "feedback", "feedback-unsafe",
                        "round-end", "advice-links", "settings", "pause", "get-help", "attract"]

    static func named(_ name: String, content: GameContent) -> Scenario? {
        let level = content.levels.min { $0.difficulty < $1.difficulty }?.id ?? "training"
        switch name {
        case "title": return .title
        case "character-select": return .characterSelect
        case "level-select": return .levelSelect
        case "play": return .playing(levelID: level, ticks: 300)
        case "message": return .message(levelID: level)
        case "feedback": return .feedback(levelID: level, safe: true)
        case "feedback-unsafe": return .feedback(levelID: level, safe: false)
        case "round-end": return .roundEnd(levelID: level)
        case "advice-links": return .adviceLinks(levelID: level)
        case "settings": return .settings
        case "pause": return .pause(levelID: level)
        case "get-help": return .getHelp
        case "attract": return .attract
        default: return nil
        }
    }
}
