import KashDashContract
import KashDashCore

/// A safety message as the level declares it, before `build` places it.
struct DeclaredMessage: Sendable {
    var id: String
    var prompt: String
    var choices: [Choice]
    var kind: MessageKind = .question
    /// Index (1-based) in the level's `messages` list, for line lookups.
    var position: Int
}

/// Everything in the returned table except what `build` lays out.
public struct LevelHeader: Sendable {
    var info: LevelInfo
    var physics = PhysicsSettings()
    var lives = 3
    /// Child links then grown-up links, as the round end shows them.
    var links: [String] = []
    var messages: [DeclaredMessage] = []
    var hasBuild = false
    var hasGateHandler = false
    var hasMessageHandler = false

    static let fields: Set<String> = [
        "id", "title", "topic", "lesson", "ages", "difficulty", "theme", "lives", "physics", "links", "messages",
        "strands", "grown_up_links", "discussion",
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
            } else if let low = reader.integer(ages.array[0], .field("ages[1]"), range: EducationStrand.ages),
                      let high = reader.integer(ages.array[1], .field("ages[2]"), range: EducationStrand.ages) {
                // Backwards ages are a problem and keep the default band: taken as they are,
                // they made an empty range below and crashed (found by the level-table fuzzer).
                if low > high {
                    reader.problem("ages", "ages: the youngest age comes first")
                } else {
                    minAge = low
                    maxAge = high
                }
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
        let strands = readStrands(table["strands"], reader: &reader)
        let discussion = readDiscussion(table["discussion"], reader: &reader)
        var header = LevelHeader(info: LevelInfo(id: id, title: title, topic: topic, lesson: lesson, minAge: minAge,
                                                 maxAge: maxAge, difficulty: difficulty, theme: theme,
                                                 strands: strands, discussion: discussion))
        if case .none = table["lives"] {} else {
            header.lives = reader.integer(table["lives"], .field("lives"), range: 1...9) ?? 3
        }
        if let physics = reader.table(table["physics"], .field("physics"), required: false) {
            header.physics = readPhysics(physics, reader: &reader)
        }
        let band = minAge...maxAge
        header.links = readLinks(table["links"], catalogue: catalogue, reader: &reader, band: band, grownUp: false)
        if case .none = table["grown_up_links"] {} else {
            let grownUp = readLinks(table["grown_up_links"], catalogue: catalogue, reader: &reader, band: band,
                                    grownUp: true, field: "grown_up_links")
            for id in grownUp where header.links.contains(id) {
                reader.problem("grown_up_links", "grown_up_links: \"\(id)\" is also in links")
            }
            header.links += grownUp.filter { !header.links.contains($0) }
        }
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

    /// Reads `links` (pages for children, whose ages must cover the level's band) or
    /// `grown_up_links` (pages for parents and carers, which the round end labels "For grown-ups").
    private static func readLinks(_ value: LuaValue, catalogue: AdviceLinkCatalogue?, reader: inout SchemaReader,
                                  band: ClosedRange<Int>, grownUp: Bool, field: String = "links") -> [String] {
        guard let table = reader.table(value, .field(field)) else { return [] }
        reader.rejectNamed(table, .field(field))
        if table.array.isEmpty { reader.problem(field, "\(field): give at least one advice link id") }
        var links: [String] = []
        for (offset, entry) in table.array.enumerated() {
            let place = SchemaReader.Place.field("\(field)[\(offset + 1)]")
            guard let id = reader.string(entry, place, maxLength: 60) else { continue }
            if links.contains(id) {
                reader.problem(place, "link \"\(id)\" is listed twice")
                continue
            }
            if let catalogue {
                if let link = catalogue.link(id: id) {
                    audienceProblem(link, band: band, grownUp: grownUp).map { reader.problem(place, $0) }
                } else {
                    reader.problem(place, "unknown advice link id \"\(id)\" (not in the catalogue)")
                }
            }
            links.append(id)
        }
        return links
    }

    /// Why a link does not fit where the level lists it, or nil when it does.
    static func audienceProblem(_ link: AdviceLink, band: ClosedRange<Int>, grownUp: Bool) -> String? {
        switch link.reader {
        case nil:
            return nil  // `levels check` asks the catalogue to say (LevelChecker.curriculumProblems)
        case .grownUp?:
            return grownUp ? nil : "\"\(link.id)\" is a page for grown-ups: list it under grown_up_links, so the screen labels it \"For grown-ups\""
        case .child(let ages)?:
            if grownUp { return "\"\(link.id)\" is a page for children \(ages.lowerBound)-\(ages.upperBound): list it under links" }
            if ages.lowerBound > band.lowerBound || ages.upperBound < band.upperBound {
                return "\"\(link.id)\" is for children \(ages.lowerBound)-\(ages.upperBound), which does not cover this level's ages \(band.lowerBound)-\(band.upperBound)"
            }
            return nil
        }
    }

    private static func readStrands(_ value: LuaValue, reader: inout SchemaReader) -> [String] {
        guard let table = reader.table(value, .field("strands"), required: false) else { return [] }
        reader.rejectNamed(table, .field("strands"))
        if table.array.isEmpty { reader.problem("strands", "strands: give at least one Education for a Connected World strand") }
        var strands: [String] = []
        for (offset, entry) in table.array.enumerated() {
            let place = SchemaReader.Place.field("strands[\(offset + 1)]")
            guard let name = reader.string(entry, place, maxLength: 60) else { continue }
            if EducationStrand(rawValue: name) == nil {
                let known = EducationStrand.allCases.map(\.rawValue)
                let hint = known.min { $0.distance(to: name) < $1.distance(to: name) }.map { " (did you mean \"\($0)\"?)" } ?? ""
                reader.problem(place, "unknown strand \"\(name)\"\(hint); the eight strands are: \(known.joined(separator: ", "))")
            } else if strands.contains(name) {
                reader.problem(place, "strand \"\(name)\" is listed twice")
            } else {
                strands.append(name)
            }
        }
        return strands
    }

    private static func readDiscussion(_ value: LuaValue, reader: inout SchemaReader) -> [String] {
        guard let table = reader.table(value, .field("discussion"), required: false) else { return [] }
        reader.rejectNamed(table, .field("discussion"))
        if table.array.count != 2 { reader.problem("discussion", "discussion: give two questions for a class discussion") }
        return table.array.enumerated().compactMap { offset, entry in
            reader.string(entry, .field("discussion[\(offset + 1)]"), maxLength: 200)
        }
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
            reader.rejectUnknown(message, place, known: ["id", "prompt", "choices", "kind"])
            var kind = MessageKind.question
            if let named = reader.string(message["kind"], place.named("kind"), required: false, maxLength: 20) {
                if let known = MessageKind(rawValue: named) { kind = known } else {
                    reader.problem(place.named("kind"), "unknown kind \"\(named)\" (question or reflection)")
                }
            }
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
                    reader.rejectUnknown(choice, choicePlace, known: ["text", "safe", "feedback", "why"])
                    let text = reader.string(choice["text"], choicePlace.named("text"), maxLength: 60)
                    let feedback = reader.string(choice["feedback"], choicePlace.named("feedback"), maxLength: 300)
                    if kind == .reflection {
                        // A feeling is never right or wrong, so a reflection has no verdict to give.
                        if case .none = choice["safe"] {} else {
                            reader.problem(choicePlace.named("safe"), "a reflection has no wrong answer: remove safe")
                        }
                        if case .none = choice["why"] {} else {
                            reader.problem(choicePlace.named("why"), "a reflection has no safe choice to explain: remove why")
                        }
                        if let text, let feedback { choices.append(Choice(text: text, isSafe: true, feedback: feedback)) }
                        continue
                    }
                    let safe = reader.boolean(choice["safe"], choicePlace.named("safe"))
                    var why: String?
                    if safe == true {
                        why = reader.string(choice["why"], choicePlace.named("why"), required: false, maxLength: 160)
                    } else if case .none = choice["why"] {} else {
                        reader.problem(choicePlace.named("why"), "only a safe choice has a why")
                    }
                    if let text, let safe, let feedback {
                        choices.append(Choice(text: text, isSafe: safe, feedback: feedback, why: why))
                    }
                }
                if kind == .question, !list.array.isEmpty, !choices.isEmpty, choices.count == list.array.count, !choices.contains(where: \.isSafe) {
                    reader.problem(place.named("choices"), "at least one choice must be safe (safe = true)")
                }
            }
            if let id, let prompt, !choices.isEmpty {
                messages.append(DeclaredMessage(id: id, prompt: prompt, choices: choices, kind: kind, position: offset + 1))
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
