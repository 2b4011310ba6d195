import KashDashContract

/// Identical waiting events kept once with a count, oldest first.
///
/// Events carry only a day and catalogue ids, so two answers to the same message on the same
/// day are indistinguishable anyway: keeping them as one entry loses nothing the server would
/// count, and bounds the file by what happened rather than how often.
struct OutboxTally: Codable, Equatable {
    struct Entry: Codable, Equatable {
        var event: ClientEvent
        var count: Int
    }

    private(set) var entries: [Entry] = []
    /// Where each event's entry is in `entries`; rebuilt after decoding and after removals.
    private var index: [ClientEvent: Int] = [:]

    var isEmpty: Bool { entries.isEmpty }
    var eventCount: Int { entries.reduce(0) { $0 + $1.count } }

    static let largestCount = 10_000_000

    mutating func add(_ event: ClientEvent, count: Int = 1) {
        if let position = index[event] {
            entries[position].count = min(entries[position].count + count, Self.largestCount)
        } else {
            index[event] = entries.count
            entries.append(Entry(event: event, count: count))
        }
    }

    /// Takes up to `limit` events from the oldest days, as single events for the wire.
    mutating func take(_ limit: Int) -> [ClientEvent] {
        sortOldestDayFirst()
        var taken: [ClientEvent] = []
        var remaining = limit
        var consumed = 0
        for position in entries.indices where remaining > 0 {
            let share = min(remaining, entries[position].count)
            taken += repeatElement(entries[position].event, count: share)
            remaining -= share
            entries[position].count -= share
            if entries[position].count == 0 { consumed += 1 }
        }
        entries.removeFirst(consumed)
        rebuildIndex()
        return taken
    }

    /// Drops the oldest entries beyond `capacity` distinct events.
    mutating func keepNewest(_ capacity: Int) {
        guard entries.count > capacity else { return }
        sortOldestDayFirst()
        entries.removeFirst(entries.count - capacity)
        rebuildIndex()
    }

    // A stable sort: within a day, entries keep the order they were first seen.
    private mutating func sortOldestDayFirst() {
        guard zip(entries, entries.dropFirst()).contains(where: { $0.event.day > $1.event.day }) else { return }
        entries = entries.enumerated()
            .sorted { ($0.element.event.day, $0.offset) < ($1.element.event.day, $1.offset) }
            .map(\.element)
        rebuildIndex()
    }

    private mutating func rebuildIndex() {
        index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.event, $0.offset) })
    }

    init() {}

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd {
            let entry = try container.decode(Entry.self)
            // A hand-edited or damaged count is kept within what a device could really
            // collect, so adding to it later can never overflow.
            guard entry.count > 0 else { continue }
            add(entry.event, count: min(entry.count, Self.largestCount))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(contentsOf: entries)
    }

    static func == (lhs: OutboxTally, rhs: OutboxTally) -> Bool { lhs.entries == rhs.entries }
}
