import KashDashContract
import KashDashCore

/// A safety message as the level declares it, before `build` places it.
struct DeclaredMessage: Sendable {
    var id: String
    var prompt: String
    var choices: [Choice]
    /// Index (1-based) in the level's `messages` list, for line lookups.
    var position: Int
}

/// Everything in the returned table except what `build` lays out.
public struct LevelHeader: Sendable {
    var info: LevelInfo
    var physics = PhysicsSettings()
    var lives = 3
    var links: [String] = []
    var messages: [DeclaredMessage] = []
    var hasBuild = false
    var hasGateHandler = false
    var hasMessageHandler = false

    static let fields: Set<String> = [
        "id", "title", "topic", "lesson", "ages", "difficulty", "theme", "lives", "physics", "links", "messages",
        "build", "on_gate_passed", "on_message_answered", "author", "notes",
    ]

    /// Reads and checks the header; problems go into `reader`. Nil only if nothing usable was found.
    static func read(_ table: LuaTable, expectedID: String, catalogue: AdviceLinkCatalogue?, reader: inout SchemaReader)
        -> LevelHeader
    {
        reader.rejectUnknown(table, .field(""), known: fields)
        let id = reader.string(table["id"], .field("id"), maxLength: 40) ?? expectedID
        if case .string = table["id"] {
            if !LevelHeader.isSlug(id) {
                reader.problem("id", "id: use lowercase letters, digits and single hyphens, e.g. \"stranger-danger\"")
            } else if id != expectedID {
                reader.problem("id", "id \"\(id)\" must equal the file name (\(expectedID).lua)")
            }
        }
        let title = reader.string(table["title"], .field("title"), maxLength: 40) ?? id
        let topic = reader.string(table["topic"], .field("topic"), maxLength: 40) ?? ""
        if !topic.isEmpty, !LevelHeader.isSlug(topic) {
            reader.problem("topic", "topic: use lowercase words joined by hyphens, e.g. \"online-friends\"")
        }
        let lesson = reader.string(table["lesson"], .field("lesson"), maxLength: 160) ?? ""
        var minAge = 7, maxAge = 11
        if let ages = reader.table(table["ages"], .field("ages")) {
            reader.rejectNamed(ages, .field("ages"))
            if ages.array.count != 2 {
                reader.problem("ages", "ages: give two numbers, youngest and oldest, e.g. {7, 11}")
            } else if let low = reader.integer(ages.array[0], .field("ages[1]"), range: 5...18),
                      let high = reader.integer(ages.array[1], .field("ages[2]"), range: 5...18) {
                if low > high { reader.problem("ages", "ages: the youngest age comes first") }
                minAge = low
                maxAge = high
            }
        }
        let difficulty = reader.integer(table["difficulty"], .field("difficulty"), range: 1...10) ?? 1
        var theme = "default"
        if let named = reader.string(table["theme"], .field("theme"), maxLength: 20) {
            if ArtVocabulary.themes.contains(named) {
                theme = named
            } else {
                reader.problem("theme", "theme: unknown theme \"\(named)\" (one of: \(ArtVocabulary.themes.joined(separator: " ")))")
            }
        }
        var header = LevelHeader(info: LevelInfo(id: id, title: title, topic: topic, lesson: lesson, minAge: minAge,
                                                 maxAge: maxAge, difficulty: difficulty, theme: theme))
        if case .none = table["lives"] {} else {
            header.lives = reader.integer(table["lives"], .field("lives"), range: 1...9) ?? 3
        }
        if let physics = reader.table(table["physics"], .field("physics"), required: false) {
            header.physics = readPhysics(physics, reader: &reader)
        }
        header.links = readLinks(table["links"], catalogue: catalogue, reader: &reader)
        header.messages = readMessages(table["messages"], reader: &reader)
        header.hasBuild = readFunction(table["build"], "build", required: true, reader: &reader)
        header.hasGateHandler = readFunction(table["on_gate_passed"], "on_gate_passed", required: false, reader: &reader)
        header.hasMessageHandler = readFunction(table["on_message_answered"], "on_message_answered", required: false,
                                                reader: &reader)
        return header
    }

    static func isSlug(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
        }
    }

    private static func readPhysics(_ table: LuaTable, reader: inout SchemaReader) -> PhysicsSettings {
        let place = SchemaReader.Place.field("physics")
        reader.rejectUnknown(table, place, known: ["gravity", "flap", "terminal", "speed"])
        var physics = PhysicsSettings()
        if let value = reader.fixed(table["gravity"], place.named("gravity"), range: 0.05...2, required: false) {
            physics.gravity = value
        }
        if let value = reader.fixed(table["flap"], place.named("flap"), range: 2...20, required: false) {
            physics.flapImpulse = value
        }
        if let value = reader.fixed(table["terminal"], place.named("terminal"), range: 2...30, required: false) {
            physics.terminalVelocity = value
        }
        if let value = reader.fixed(table["speed"], place.named("speed"), range: 1...12, required: false) {
            physics.scrollSpeed = value
        }
        return physics
    }

    private static func readLinks(_ value: LuaValue, catalogue: AdviceLinkCatalogue?, reader: inout SchemaReader) -> [String] {
        guard let table = reader.table(value, .field("links")) else { return [] }
        reader.rejectNamed(table, .field("links"))
        if table.array.isEmpty { reader.problem("links", "links: give at least one advice link id") }
        var links: [String] = []
        for (offset, entry) in table.array.enumerated() {
            let place = SchemaReader.Place.field("links[\(offset + 1)]")
            guard let id = reader.string(entry, place, maxLength: 60) else { continue }
            if links.contains(id) {
                reader.problem(place, "link \"\(id)\" is listed twice")
                continue
            }
            if let catalogue, catalogue.link(id: id) == nil {
                reader.problem(place, "unknown advice link id \"\(id)\" (not in the catalogue)")
            }
            links.append(id)
        }
        return links
    }

    private static func readMessages(_ value: LuaValue, reader: inout SchemaReader) -> [DeclaredMessage] {
        guard let table = reader.table(value, .field("messages")) else { return [] }
        reader.rejectNamed(table, .field("messages"))
        if table.array.isEmpty { reader.problem("messages", "messages: a level needs at least one safety message") }
        if table.array.count > 8 { reader.problem("messages", "messages: at most 8 per level") }
        var messages: [DeclaredMessage] = []
        for (offset, entry) in table.array.enumerated() {
            let place = SchemaReader.Place.field("messages[\(offset + 1)]")
            guard let message = reader.table(entry, place) else { continue }
            reader.rejectUnknown(message, place, known: ["id", "prompt", "choices"])
            let id = reader.string(message["id"], place.named("id"), maxLength: 40)
            if let id, !isSlug(id) {
                reader.problem(place.named("id"), "use lowercase letters, digits and single hyphens")
            }
            if let id, messages.contains(where: { $0.id == id }) {
                reader.problem(place.named("id"), "message id \"\(id)\" is used twice")
            }
            let prompt = reader.string(message["prompt"], place.named("prompt"), maxLength: 300)
            var choices: [Choice] = []
            if let list = reader.table(message["choices"], place.named("choices")) {
                reader.rejectNamed(list, place.named("choices"))
                if !(2...3).contains(list.array.count) {
                    reader.problem(place.named("choices"), "give 2 or 3 choices (found \(list.array.count))")
                }
                for (index, item) in list.array.enumerated() {
                    let choicePlace = place.named("choices").indexed(index + 1)
                    guard let choice = reader.table(item, choicePlace) else { continue }
                    reader.rejectUnknown(choice, choicePlace, known: ["text", "safe", "feedback"])
                    let text = reader.string(choice["text"], choicePlace.named("text"), maxLength: 60)
                    let safe = reader.boolean(choice["safe"], choicePlace.named("safe"))
                    let feedback = reader.string(choice["feedback"], choicePlace.named("feedback"), maxLength: 300)
                    if let text, let safe, let feedback { choices.append(Choice(text: text, isSafe: safe, feedback: feedback)) }
                }
                if !list.array.isEmpty, !choices.isEmpty, choices.count == list.array.count, !choices.contains(where: \.isSafe) {
                    reader.problem(place.named("choices"), "at least one choice must be safe (safe = true)")
                }
            }
            if let id, let prompt, !choices.isEmpty {
                messages.append(DeclaredMessage(id: id, prompt: prompt, choices: choices, position: offset + 1))
            }
        }
        return messages
    }

    private static func readFunction(_ value: LuaValue, _ name: String, required: Bool, reader: inout SchemaReader) -> Bool {
        switch value {
        case .function: return true
        case .none: if required { reader.problem(name, "\(name): missing (expected a function)") }
        default: reader.problem(name, "\(name): expected a function, got \(value.typeName)")
        }
        return false
    }
}

extension LevelHeader {
    /// Whether `text` has the shape of a level id (lowercase words joined by hyphens).
    public static func isLevelID(_ text: String) -> Bool { isSlug(text) }
}
