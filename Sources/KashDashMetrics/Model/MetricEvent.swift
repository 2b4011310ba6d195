import KashDashContract

/// One anonymous event as the store keeps it: a kind, a day and a few catalogue ids.
///
/// There is deliberately no field for an address, a user agent, a device or install id,
/// or a time finer than the day. Optional ids are validated before they get here.
public struct MetricEvent: Hashable, Sendable {
    public var kind: EventKind
    public var day: Day
    public var source: EventSource?
    public var appVersion: String?
    public var level: String?
    public var link: String?
    public var message: String?
    /// Downloaded file name (downloads only).
    public var file: String?
    /// Counted apart: requests from known crawlers and bots.
    public var isBot: Bool
    /// Answers sent with a bucket only (`message_answered_safe`/`_unsafe` as stored, and
    /// `reflection_answered`): which meeting of the message this was. Such an answer is also
    /// counted in the learning counts (`LearningKey`).
    public var encounter: EncounterBucket?
    /// The language the game was played in, when it said. Counted only in the language
    /// counts (`LanguageKey`: day x kind x language), never beside a level, message or link,
    /// so a rare language in a small school cannot narrow any other figure.
    public var language: Language?

    public init(
        kind: EventKind, day: Day, source: EventSource? = nil, appVersion: String? = nil,
        level: String? = nil, link: String? = nil, message: String? = nil, file: String? = nil,
        isBot: Bool = false, encounter: EncounterBucket? = nil, language: Language? = nil
    ) {
        self.encounter = encounter
        self.language = language
        self.kind = kind
        self.day = day
        self.source = source
        self.appVersion = appVersion
        self.level = level
        self.link = link
        self.message = message
        self.file = file
        self.isBot = isBot
    }
}

/// A client batch: its events are stored all together or not at all, once per `batchID`.
public struct EventBatch: Sendable {
    public let batchID: String
    public let events: [MetricEvent]

    public init(batchID: String, events: [MetricEvent]) {
        self.batchID = batchID
        self.events = events
    }
}

/// What became of a recorded batch.
public enum BatchOutcome: Equatable, Sendable {
    /// Committed durably; the count of stored events.
    case recorded(Int)
    /// A batch with this id was committed before; nothing was stored again.
    case duplicate
}
