import KashDashContract
/// The JSON body of `POST /api/v1/events`, as sent (see docs/openapi.yaml), with its field
/// names from the contract (`BatchField`, `EventField`). Values stay text here so the
/// validator can say exactly which one is wrong.
///
/// Decoding is strict: an unknown field is an error (a typo must not silently lose data,
/// and nothing unexpected is accepted into the store).
struct EventBatchPayload: Decodable {
    let batchID: String
    let source: String?
    let appVersion: String?
    let events: [EventPayload]

    init(from decoder: any Decoder) throws {
        try StrictKeys.rejectUnknown(in: decoder, allowed: BatchField.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: BatchField.self)
        batchID = try container.decode(String.self, forKey: .batchID)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        appVersion = try container.decodeIfPresent(String.self, forKey: .appVersion)
        events = try container.decode([EventPayload].self, forKey: .events)
    }
}

/// One event in a batch, as sent.
struct EventPayload: Decodable {
    let kind: String
    let day: String
    let source: String?
    let appVersion: String?
    let level: String?
    let link: String?
    let message: String?
    let encounter: String?
    let verdict: String?
    let language: String?

    init(from decoder: any Decoder) throws {
        try StrictKeys.rejectUnknown(in: decoder, allowed: EventField.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: EventField.self)
        kind = try container.decode(String.self, forKey: .kind)
        day = try container.decode(String.self, forKey: .day)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        appVersion = try container.decodeIfPresent(String.self, forKey: .appVersion)
        level = try container.decodeIfPresent(String.self, forKey: .level)
        link = try container.decodeIfPresent(String.self, forKey: .link)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        encounter = try container.decodeIfPresent(String.self, forKey: .encounter)
        verdict = try container.decodeIfPresent(String.self, forKey: .verdict)
        language = try container.decodeIfPresent(String.self, forKey: .language)
    }
}

/// Any-key coding key, used to list what an object actually contains.
struct StrictKeys: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static func rejectUnknown(in decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: StrictKeys.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath + [key], debugDescription: "unknown field"))
        }
    }
}
