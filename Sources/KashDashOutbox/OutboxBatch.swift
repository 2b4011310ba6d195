import KashDashContract

/// A sealed group of events with its random id; resending it is harmless (the server answers
/// 409 `duplicate_batch` and stores nothing twice).
public struct OutboxBatch: Codable, Hashable, Sendable {
    public var batchID: String
    public var events: [ClientEvent]

    public init(batchID: String, events: [ClientEvent]) {
        self.batchID = batchID
        self.events = events
    }

    // Stored in `outbox.json` under the same names the wire uses (`BatchField`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: BatchField.self)
        self.init(
            batchID: try container.decode(String.self, forKey: .batchID),
            events: try container.decode([ClientEvent].self, forKey: .events))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: BatchField.self)
        try container.encode(batchID, forKey: .batchID)
        try container.encode(events, forKey: .events)
    }
}
