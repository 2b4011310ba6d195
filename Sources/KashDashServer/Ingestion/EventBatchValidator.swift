import KashDashContract
import KashDashMetrics

/// Turns a decoded payload into an `EventBatch`, or says exactly what is wrong with it.
///
/// A malformed event (a client bug) refuses the whole batch, so nothing half-valid is stored.
/// An event that is well formed but will never be counted any more (its day is past the
/// acceptance window, or its link has left the catalogue since the game was installed) is
/// refused on its own and listed, and the rest of the batch is stored: a kiosk that was
/// offline for a term must not lose a month of counts for one stale event (issue 11).
struct EventBatchValidator: Sendable {
    /// The events to store, and those refused one by one.
    struct Validated: Sendable {
        var batch: EventBatch
        var refused: [RefusedEvent]
    }

    /// An event left out of a stored batch, by its position in the request.
    struct RefusedEvent: Sendable, Equatable {
        var index: Int
        var reason: String
    }

    /// Why a well-formed event cannot be counted; not the client's fault, so not fatal.
    private struct Stale: Error {
        var reason: String
    }

    let catalogue: AdviceLinkCatalogue
    let maxEvents: Int
    let maxAgeDays: Int

    func validate(_ payload: EventBatchPayload, today: Day) throws(APIError) -> Validated {
        guard Identifier.isBatchID(payload.batchID) else {
            throw invalid("batch_id", "must be 8-64 letters, digits, '-' or '_' (a UUID is ideal)")
        }
        guard !payload.events.isEmpty else { throw invalid("events", "a batch needs at least one event") }
        guard payload.events.count <= maxEvents else {
            throw APIError(.unprocessableContent, code: "too_many_events",
                           reason: "a batch holds at most \(maxEvents) events; this one has \(payload.events.count)")
        }
        let batchSource = try source(payload.source, field: "source")
        let batchVersion = try appVersion(payload.appVersion, field: "app_version")
        var events: [MetricEvent] = []
        var refused: [RefusedEvent] = []
        events.reserveCapacity(payload.events.count)
        for (index, raw) in payload.events.enumerated() {
            switch try event(raw, field: "events[\(index)]", today: today, source: batchSource, version: batchVersion) {
            case .success(let event): events.append(event)
            case .failure(let stale): refused.append(RefusedEvent(index: index, reason: stale.reason))
            }
        }
        // Stored in a fixed order, not the order played: raw rows get increasing ids, and
        // in play order one device's rows would spell out its sequence of answers, which
        // must not leave the device (issue 16; found in review).
        events.sort { $0.orderingKey.lexicographicallyPrecedes($1.orderingKey) }
        return Validated(batch: EventBatch(batchID: payload.batchID, events: events), refused: refused)
    }

    private func event(
        _ raw: EventPayload, field: String, today: Day, source batchSource: EventSource?, version batchVersion: String?
    ) throws(APIError) -> Result<MetricEvent, Stale> {
        guard let kind = EventKind(rawValue: raw.kind), kind.isClientKind else {
            throw APIError(.unprocessableContent, code: "unknown_kind",
                           reason: "\(field).kind \"\(raw.kind.prefix(40))\" is not one of \(EventKind.clientKinds.map(\.rawValue).joined(separator: ", "))")
        }
        guard let day = Day(iso: raw.day) else { throw invalid("\(field).day", "must be a date YYYY-MM-DD") }
        guard day <= today.adding(days: 1) else { throw invalid("\(field).day", "\(raw.day) is in the future") }
        let needs = kind.requires
        let link = try id(raw.link, field: "\(field).link", required: needs.link)
        let (storedKind, encounter) = try answer(raw, kind: kind, field: field)
        let level = try id(raw.level, field: "\(field).level", required: needs.level)
        let message = try id(raw.message, field: "\(field).message", required: needs.message)
        let source = try source(raw.source, field: "\(field).source") ?? batchSource
        let version = try appVersion(raw.appVersion, field: "\(field).app_version") ?? batchVersion
        let language = try language(raw.language, field: "\(field).language")
        // Checked last, so a malformed event is always refused as malformed.
        guard day >= today.adding(days: -maxAgeDays) else {
            return .failure(Stale(reason: "\(field).day \(raw.day) is more than \(maxAgeDays) days old"))
        }
        if let link, !catalogue.contains(id: link) {
            return .failure(Stale(reason: "\(field).link \"\(link)\" is not in the advice-link catalogue"))
        }
        return .success(MetricEvent(
            kind: storedKind, day: day,
            source: source, appVersion: version, level: level, link: link, message: message,
            encounter: encounter, language: language))
    }

    /// Checks an answer's `encounter` and `verdict` against its kind (`AnswerShape`) and gives
    /// the kind it is counted under: a scored answer's verdict picks `message_answered_safe` or
    /// `_unsafe`, so the existing "answered unsafely" figures include it.
    private func answer(_ raw: EventPayload, kind: EventKind, field: String) throws(APIError) -> (EventKind, EncounterBucket?) {
        guard let shape = kind.answerShape else {
            if raw.encounter != nil { throw invalid("\(field).encounter", "is only sent with message_answered or reflection_answered") }
            if raw.verdict != nil { throw invalid("\(field).verdict", "is only sent with message_answered") }
            return (kind, nil)
        }
        guard let text = raw.encounter else { throw invalid("\(field).encounter", "is required for this kind of event") }
        guard let encounter = EncounterBucket(rawValue: text) else {
            throw invalid("\(field).encounter", "\"\(text.prefix(40))\" must be first, second or later")
        }
        switch shape {
        case .reflection:
            if raw.verdict != nil { throw invalid("\(field).verdict", "must not be sent: a reflection answer has no verdict") }
            return (kind, encounter)
        case .scored:
            guard let text = raw.verdict else { throw invalid("\(field).verdict", "is required for this kind of event") }
            guard let verdict = AnswerVerdict(rawValue: text) else {
                throw invalid("\(field).verdict", "\"\(text.prefix(40))\" must be safe or unsafe")
            }
            return (EventKind.aggregateKind(for: verdict), encounter)
        }
    }

    private func id(_ value: String?, field: String, required: Bool) throws(APIError) -> String? {
        guard let value else {
            if required { throw invalid(field, "is required for this kind of event") }
            return nil
        }
        guard Identifier.isCatalogueID(value) else { throw invalid(field, "must be a lower-case id of at most 64 characters") }
        return value
    }

    private func source(_ value: String?, field: String) throws(APIError) -> EventSource? {
        guard let value else { return nil }
        guard let source = EventSource(rawValue: value), EventSource.batchSources.contains(source) else {
            throw invalid(field, "must be desktop, kiosk or web")
        }
        return source
    }

    private func language(_ value: String?, field: String) throws(APIError) -> Language? {
        guard let value else { return nil }
        guard let language = Language(rawValue: value) else {
            throw invalid(field, "must be one of \(Language.allCases.map(\.tag).joined(separator: ", "))")
        }
        return language
    }

    private func appVersion(_ value: String?, field: String) throws(APIError) -> String? {
        guard let value else { return nil }
        guard Identifier.isAppVersion(value) else { throw invalid(field, "must look like 1.2.3 (at most 32 characters)") }
        return value
    }

    private func invalid(_ field: String, _ reason: String) -> APIError {
        APIError(.unprocessableContent, code: "invalid_field", reason: "\(field) \(reason)")
    }
}

extension MetricEvent {
    /// Every stored field, so equal keys are equal events and the order says nothing more.
    fileprivate var orderingKey: [String] {
        [day.iso, kind.rawValue, level ?? "", message ?? "", link ?? "", encounter?.rawValue ?? "",
         source?.rawValue ?? "", appVersion ?? "", file ?? "", isBot ? "1" : "0", language?.tag ?? ""]
    }
}
