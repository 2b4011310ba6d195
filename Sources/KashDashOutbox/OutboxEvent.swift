/// One anonymous thing that happened in the game, as the content server's
/// `POST /api/v1/events` accepts it (docs/openapi.yaml).
///
/// It carries what happened, to which level, link or message, and the UTC day — never a
/// time of day, a device or install identifier, or anything about the child.
public struct OutboxEvent: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case linkShown = "link_shown"
        case linkOpened = "link_opened"
        case linkOpenedOffline = "link_opened_offline"
        case levelStarted = "level_started"
        case levelFinished = "level_finished"
        case messageAnsweredSafe = "message_answered_safe"
        case messageAnsweredUnsafe = "message_answered_unsafe"
    }

    public var kind: Kind
    /// UTC day, `YYYY-MM-DD`.
    public var day: String
    public var level: String?
    public var link: String?
    public var message: String?

    public init(kind: Kind, day: String, level: String? = nil, link: String? = nil, message: String? = nil) {
        self.kind = kind
        self.day = day
        self.level = level
        self.link = link
        self.message = message
    }
}

/// A sealed group of events with its random id; resending it is harmless (the server answers
/// 409 `duplicate_batch` and stores nothing twice).
public struct OutboxBatch: Codable, Hashable, Sendable {
    public var batchID: String
    public var events: [OutboxEvent]

    enum CodingKeys: String, CodingKey {
        case batchID = "batch_id"
        case events
    }
}
