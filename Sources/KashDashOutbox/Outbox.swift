import Foundation
import KashDashContract

/// The game's offline-first store of anonymous events, waiting to be sent.
///
/// Events are kept in one small JSON file (written atomically) so nothing is lost when the
/// game quits or the network is down; a classroom kiosk may be offline for weeks. A file
/// that cannot be read is moved aside to `<name>.bak` and the outbox starts empty: a broken
/// file must never stop a child playing.
public final class Outbox: @unchecked Sendable {
    /// What `init` found on disk, for a log line.
    public enum Recovery: Equatable, Sendable {
        case none
        case setAside(backup: String, reason: String)
    }

    public let fileURL: URL
    public let source: EventSource
    public let appVersion: String
    public private(set) var recovery: Recovery = .none
    /// Oldest events are dropped beyond this, so an outbox that never syncs stays small.
    public let capacity: Int

    /// Today's UTC day, as this outbox dates events (injected by tests).
    public let today: @Sendable () -> Day

    private let lock = NSLock()
    private var state: StoredState

    struct StoredState: Codable {
        var version = 1
        var events: [ClientEvent] = []
        var batches: [OutboxBatch] = []
    }

    public init(fileURL: URL, source: EventSource, appVersion: String, capacity: Int = 20_000,
                today: @escaping @Sendable () -> Day = Outbox.utcDay) {
        self.fileURL = fileURL
        self.source = source
        self.appVersion = appVersion
        self.capacity = max(1, capacity)
        self.today = today
        state = StoredState()
        guard let data = FileManager.default.contents(atPath: fileURL.path) else { return }
        do {
            state = try JSONDecoder().decode(StoredState.self, from: data)
        } catch {
            let backup = fileURL.path + ".bak"
            try? FileManager.default.removeItem(atPath: backup)
            try? FileManager.default.moveItem(atPath: fileURL.path, toPath: backup)
            recovery = .setAside(backup: backup, reason: "unreadable outbox: \(error)")
        }
    }

    /// Notes one event for today. Cheap enough to call from the game loop.
    public func record(_ kind: EventKind, level: String? = nil, link: String? = nil, message: String? = nil) {
        record([ClientEvent(kind: kind, day: today(), level: level, link: link, message: message)])
    }

    /// Notes several events (one game tick's reports) with one write of the file.
    /// Events of kinds the server does not take from clients are left out: the server would
    /// refuse the whole batch for one of them (so are answers whose fields do not fit their kind).
    public func record(_ events: [ClientEvent]) {
        let events = events.filter { $0.kind.isClientKind && $0.answerFieldsFit }
        guard !events.isEmpty else { return }
        lock.withLock {
            state.events += events
            let total = state.events.count + state.batches.reduce(0) { $0 + $1.events.count }
            if total > capacity { state.events.removeFirst(min(total - capacity, state.events.count)) }
            persist()
        }
    }

    /// Events not yet sealed into a batch.
    public var unbatchedCount: Int { lock.withLock { state.events.count } }

    /// Batches waiting for the server, oldest first.
    public var pendingBatches: [OutboxBatch] { lock.withLock { state.batches } }

    /// Seals waiting events into batches of at most `maxEvents`, each with a random id that
    /// is kept until the server has it, so a retry after a lost reply is not counted twice.
    public func sealBatches(maxEvents: Int = 1000) {
        lock.withLock {
            guard !state.events.isEmpty else { return }  // nothing to seal: no rewrite of the file
            while !state.events.isEmpty {
                let take = Array(state.events.prefix(maxEvents))
                state.events.removeFirst(take.count)
                state.batches.append(OutboxBatch(batchID: UUID().uuidString.lowercased(), events: take))
            }
            persist()
        }
    }

    /// Forgets a batch the server has stored (or already had).
    public func acknowledge(batchID: String) {
        lock.withLock {
            let before = state.batches.count
            state.batches.removeAll { $0.batchID == batchID }
            if state.batches.count != before { persist() }
        }
    }

    /// The request body for `batch`, in the server's wire format (`ClientBatch`).
    public func body(for batch: OutboxBatch) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(
            ClientBatch(batchID: batch.batchID, source: source, appVersion: appVersion, events: batch.events))
    }

    private func persist() {
        do {
            try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try JSONEncoder().encode(state).write(to: fileURL, options: .atomic)
        } catch {
            // Counting is best effort: a full disk must not interrupt play.
        }
    }

    /// Today's UTC day: the only time information an event carries.
    @Sendable public static func utcDay() -> Day { day(of: Date()) }

    /// `date`'s UTC day, by the contract's one day rule.
    static func day(of date: Date) -> Day { Day(unixSeconds: Int(date.timeIntervalSince1970.rounded(.down))) }
}
