/// Where the game sends its batches of anonymous events.
public enum EventsEndpoint {
    public static let path = "/api/v1/events"
}

/// The top-level fields of a `POST /api/v1/events` body, spelled once: the outbox encodes
/// with these keys and the server's strict decoder accepts exactly these.
public enum BatchField: String, CodingKey, CaseIterable, Sendable {
    case batchID = "batch_id"
    case source
    case appVersion = "app_version"
    case events
}

/// The fields of one event in a batch (`source` and `app_version` may override the batch's).
public enum EventField: String, CodingKey, CaseIterable, Sendable {
    case kind
    case day
    case source
    case appVersion = "app_version"
    case level
    case link
    case message
    /// `first`, `second` or `later` (`EncounterBucket`); answers only.
    case encounter
    /// `safe` or `unsafe` (`AnswerVerdict`); scored answers only, never reflections.
    case verdict
    /// The language the game was played in (`Language.tag`: en, cy, pl, ur); optional, so
    /// games from before languages still send valid batches.
    case language
}
