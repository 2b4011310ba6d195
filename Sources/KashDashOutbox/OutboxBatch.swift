import KashDashContract

/// A sealed group of events with its random id; resending it is harmless (the server answers
/// 409 `duplicate_batch` and stores nothing twice).
public struct OutboxBatch: Codable, Hashable, Sendable {
    public var batchID: String
    public var events: [ClientEvent]

    enum CodingKeys: String, CodingKey {
        case batchID = "batch_id"
        case events
    }
}
