import KashDashContract

/// What `outbox.json` holds: the waiting events as a tally, and the sealed batches.
///
/// Version 1 files (before issue 11) listed every waiting event; they are read into the
/// tally, so an update never loses what a kiosk had collected offline.
struct OutboxFile: Codable {
    var waiting = OutboxTally()
    var batches: [OutboxBatch] = []

    private enum CodingKeys: String, CodingKey { case version, waiting, events, batches }

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        switch version {
        case 1:
            for event in try container.decode([ClientEvent].self, forKey: .events) { waiting.add(event) }
        case 2:
            waiting = try container.decode(OutboxTally.self, forKey: .waiting)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container, debugDescription: "outbox version \(version) is newer than this game")
        }
        batches = try container.decode([OutboxBatch].self, forKey: .batches)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(2, forKey: .version)
        try container.encode(waiting, forKey: .waiting)
        try container.encode(batches, forKey: .batches)
    }
}
