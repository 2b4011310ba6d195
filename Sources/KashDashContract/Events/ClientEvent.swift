/// One anonymous event as the game records and sends it: what happened, to which level,
/// link or message, and the UTC day. Never a time of day, a device or install identifier,
/// or anything about the child.
///
/// Its JSON is the wire format of `POST /api/v1/events` (docs/openapi.yaml), so what the
/// outbox stores on disk is exactly what it later sends.
public struct ClientEvent: Codable, Hashable, Sendable {
    public var kind: EventKind
    public var day: Day
    public var level: String?
    public var link: String?
    public var message: String?
    /// Answers only: the how-many-th meeting of this message, bucketed.
    public var encounter: EncounterBucket?
    /// Scored answers only: safe or unsafe. A reflection answer has none.
    public var verdict: AnswerVerdict?
    /// The language the game was played in. Counted apart from levels and messages on the
    /// server (`language_counts`), so it never narrows any other figure.
    public var language: Language?

    public init(
        kind: EventKind, day: Day, level: String? = nil, link: String? = nil, message: String? = nil,
        encounter: EncounterBucket? = nil, verdict: AnswerVerdict? = nil, language: Language? = nil
    ) {
        self.kind = kind
        self.day = day
        self.level = level
        self.link = link
        self.message = message
        self.encounter = encounter
        self.verdict = verdict
        self.language = language
    }

    /// An answer to a safety message, as the game reports it: a scored answer carries its
    /// verdict, a reflection (`verdict == nil`) is an answer with none.
    public static func answer(
        day: Day, level: String, message: String, encounter: EncounterBucket, verdict: AnswerVerdict?
    ) -> ClientEvent {
        ClientEvent(
            kind: verdict == nil ? .reflectionAnswered : .messageAnswered, day: day, level: level, message: message,
            encounter: encounter, verdict: verdict)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: EventField.self)
        let kindText = try container.decode(String.self, forKey: .kind)
        guard let kind = EventKind(rawValue: kindText), kind.isClientKind else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "\"\(kindText)\" is not a kind the game sends")
        }
        let dayText = try container.decode(String.self, forKey: .day)
        guard let day = Day(iso: dayText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .day, in: container, debugDescription: "not a YYYY-MM-DD day")
        }
        self.init(
            kind: kind, day: day, level: try container.decodeIfPresent(String.self, forKey: .level),
            link: try container.decodeIfPresent(String.self, forKey: .link),
            message: try container.decodeIfPresent(String.self, forKey: .message),
            encounter: try container.decodeIfPresent(String.self, forKey: .encounter).map { text in
                guard let bucket = EncounterBucket(rawValue: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .encounter, in: container, debugDescription: "not first, second or later")
                }
                return bucket
            },
            verdict: try container.decodeIfPresent(String.self, forKey: .verdict).map { text in
                guard let verdict = AnswerVerdict(rawValue: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .verdict, in: container, debugDescription: "not safe or unsafe")
                }
                return verdict
            },
            language: try container.decodeIfPresent(String.self, forKey: .language).map { text in
                guard let language = Language(rawValue: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .language, in: container, debugDescription: "not a language the game is played in")
                }
                return language
            })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EventField.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(day.iso, forKey: .day)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeIfPresent(link, forKey: .link)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(encounter?.rawValue, forKey: .encounter)
        try container.encodeIfPresent(verdict?.rawValue, forKey: .verdict)
        try container.encodeIfPresent(language?.tag, forKey: .language)
    }
}

/// A body of `POST /api/v1/events`: a batch id the server remembers (a resend is answered
/// 409 `duplicate_batch` and stored nothing twice), who sent it, and the events.
public struct ClientBatch: Encodable, Sendable {
    public var batchID: String
    public var source: EventSource
    public var appVersion: String
    public var events: [ClientEvent]

    public init(batchID: String, source: EventSource, appVersion: String, events: [ClientEvent]) {
        self.batchID = batchID
        self.source = source
        self.appVersion = appVersion
        self.events = events
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: BatchField.self)
        try container.encode(batchID, forKey: .batchID)
        try container.encode(source.rawValue, forKey: .source)
        try container.encode(appVersion, forKey: .appVersion)
        try container.encode(events, forKey: .events)
    }
}
