import KashDashContract
import KashDashCore

/// One level's words in another language, from `Levels/translations/<lang>/<level-id>.json`:
/// title, topic, lesson, each message with its choices, feedback and whys, and the short phrases its
/// script shows while flying (gate labels, banners), keyed by their English.
///
/// Applied to a plan after it is built, so the simulation, replays and scores never see
/// the language: a run in Urdu and a run in English with the same seed are the same run.
public struct LevelTranslation: Hashable, Sendable {
    public struct ChoiceWords: Hashable, Sendable {
        public var text: String
        public var feedback: String
        public var why: String?
    }

    public struct MessageWords: Hashable, Sendable {
        public var prompt: String
        public var choices: [ChoiceWords]
    }

    public var levelID: String
    public var language: Language
    public var reviewed: Bool
    public var title: String?
    /// The level's topic as the level card names it ("Oznaczenia wieku" for `age-ratings`).
    public var topic: String?
    public var lesson: String?
    public var messages: [String: MessageWords]
    public var phrases: [String: String]

    public init(
        levelID: String, language: Language, reviewed: Bool, title: String?, topic: String? = nil, lesson: String?,
        messages: [String: MessageWords], phrases: [String: String]
    ) {
        self.levelID = levelID
        self.language = language
        self.reviewed = reviewed
        self.title = title
        self.topic = topic
        self.lesson = lesson
        self.messages = messages
        self.phrases = phrases
    }

    /// `plan` with every string this translation has put in its language. A message or choice
    /// the translation does not match (see `problems(against:)`) stays in English.
    public func apply(to plan: LevelPlan) -> LevelPlan {
        var translated = plan
        if let title { translated.info.title = title }
        if let lesson { translated.info.lesson = lesson }
        for index in translated.messages.indices {
            let message = translated.messages[index]
            guard let words = messages[message.id], words.choices.count == message.choices.count else { continue }
            translated.messages[index].prompt = words.prompt
            for choice in message.choices.indices {
                translated.messages[index].choices[choice].text = words.choices[choice].text
                translated.messages[index].choices[choice].feedback = words.choices[choice].feedback
                if message.choices[choice].why != nil, let why = words.choices[choice].why {
                    translated.messages[index].choices[choice].why = why
                }
            }
        }
        for index in translated.gates.indices {
            if let label = translated.gates[index].label { translated.gates[index].label = phrase(label) }
        }
        return translated
    }

    /// A phrase from the level's script (a gate label, a banner) in this language, or as it is.
    public func phrase(_ english: String) -> String { phrases[english] ?? english }

    /// Where this translation does not match the English level: a missing or extra message,
    /// a different number of choices, a missing feedback or why (or a why the English has not),
    /// a gate label with no phrase. `file` names the translation in each problem.
    public func problems(against plan: LevelPlan, file: String) -> [TranslationProblem] {
        var problems: [TranslationProblem] = []
        func problem(_ key: String?, _ reason: String) { problems.append(TranslationProblem(file: file, key: key, reason: reason)) }
        if title == nil { problem("title", "missing") }
        if topic == nil { problem("topic", "missing") }
        if lesson == nil { problem("lesson", "missing") }
        let englishIDs = Set(plan.messages.map(\.id))
        for id in messages.keys.sorted() where !englishIDs.contains(id) { problem("messages.\(id)", "no such message in the level") }
        for message in plan.messages {
            let key = "messages.\(message.id)"
            guard let words = messages[message.id] else {
                problem(key, "missing")
                continue
            }
            guard words.choices.count == message.choices.count else {
                problem("\(key).choices", "has \(words.choices.count) choices; the level has \(message.choices.count)")
                continue
            }
            for (index, choice) in message.choices.enumerated() {
                let hasWhy = words.choices[index].why != nil
                if choice.why != nil && !hasWhy { problem("\(key).choices[\(index)].why", "missing") }
                if choice.why == nil && hasWhy { problem("\(key).choices[\(index)].why", "the English choice has no why") }
            }
        }
        let labels = Set(plan.gates.compactMap(\.label))
        for label in labels.sorted() where phrases[label] == nil { problem("phrases.\(label)", "missing (a gate label)") }
        return problems
    }
}

extension LevelTranslation {
    /// Reads a level translation. Bad JSON or a missing level id is a problem and no
    /// translation (the level plays in English); a string that is missing or not text is a
    /// problem naming its key, and that string stays English.
    public static func load(
        json bytes: [UInt8], file: String, language: Language
    ) -> (translation: LevelTranslation?, problems: [TranslationProblem]) {
        let document: JSONValue
        do { document = try JSONReader.parse(bytes) } catch {
            return (nil, [TranslationProblem(file: file, key: nil, reason: "not valid JSON (\(error)); the level plays in English")])
        }
        var problems: [TranslationProblem] = []
        func problem(_ key: String, _ reason: String) { problems.append(TranslationProblem(file: file, key: key, reason: reason)) }
        guard let levelID = document["level"]?.stringValue else {
            return (nil, [TranslationProblem(file: file, key: "level", reason: "missing; the level plays in English")])
        }
        let known: Set = ["level", "language", "status", "reviewedBy", "title", "topic", "lesson", "messages", "phrases"]
        for key in document.keys where !known.contains(key) { problem(key, "unknown key") }
        let header = TranslationHeader.read(document, file: file, language: language, problems: &problems)
        func text(_ value: JSONValue?, _ key: String, required: Bool = true) -> String? {
            guard let value else {
                if required { problem(key, "missing") }
                return nil
            }
            guard let string = value.visibleText else {
                problem(key, "not a non-empty string")
                return nil
            }
            return string
        }
        var messages: [String: MessageWords] = [:]
        if case .object(let members)? = document["messages"] {
            for (id, value) in members {
                let key = "messages.\(id)"
                for field in value.keys where field != "prompt" && field != "choices" { problem("\(key).\(field)", "unknown key") }
                guard let prompt = text(value["prompt"], "\(key).prompt"), let list = value["choices"]?.arrayValue else {
                    if value["choices"]?.arrayValue == nil { problem("\(key).choices", "missing") }
                    continue
                }
                var choices: [ChoiceWords] = []
                for (index, item) in list.enumerated() {
                    let choiceKey = "\(key).choices[\(index)]"
                    for field in item.keys where !["text", "feedback", "why"].contains(field) { problem("\(choiceKey).\(field)", "unknown key") }
                    let words = ChoiceWords(
                        text: text(item["text"], "\(choiceKey).text") ?? "",
                        feedback: text(item["feedback"], "\(choiceKey).feedback") ?? "",
                        why: text(item["why"], "\(choiceKey).why", required: false))
                    choices.append(words)
                }
                // A choice with a missing string makes the whole message stay English: half a
                // translated message would be harder to follow than either language.
                if choices.contains(where: { $0.text.isEmpty || $0.feedback.isEmpty }) { continue }
                messages[id] = MessageWords(prompt: prompt, choices: choices)
            }
        } else {
            problem("messages", "missing")
        }
        var phrases: [String: String] = [:]
        if case .object(let members)? = document["phrases"] {
            for (english, value) in members {
                if let string = text(value, "phrases.\(english)") { phrases[english] = string }
            }
        }
        let translation = LevelTranslation(
            levelID: levelID, language: language, reviewed: header.reviewed,
            title: text(document["title"], "title"), topic: text(document["topic"], "topic", required: false),
            lesson: text(document["lesson"], "lesson"),
            messages: messages, phrases: phrases)
        return (translation, problems)
    }
}
