import Foundation
import KashDashContract

/// The game's offline-first store of anonymous events, waiting to be sent.
///
/// Events are kept in one small JSON file (written atomically) so nothing is lost when the
/// game quits or the network is down; a classroom kiosk may be offline for a whole term.
/// Waiting events are kept as counts of identical events (`OutboxTally`), not one entry per
/// event: the server only counts them, and a busy kiosk's term of play then stays a few
/// hundred entries per day instead of growing without bound. A file that cannot be read is
/// moved aside to `<name>.bak` and the outbox starts empty: a broken file must never stop a
/// child playing.
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
    /// Distinct waiting events (a tally entry each) kept at most; the oldest go beyond this,
    /// so an outbox that never syncs stays small. Reached only by years of daily use offline.
    public let capacity: Int

    /// Today's UTC day, as this outbox dates events (injected by tests).
    public let today: @Sendable () -> Day

    private let lock = NSLock()
    private var state: OutboxFile

    public init(fileURL: URL, source: EventSource, appVersion: String, capacity: Int = 20_000,
                today: @escaping @Sendable () -> Day = Outbox.utcDay) {
        self.fileURL = fileURL
        self.source = source
        self.appVersion = appVersion
        self.capacity = max(1, capacity)
        self.today = today
        state = OutboxFile()
        guard let data = FileManager.default.contents(atPath: fileURL.path) else { return }
        do {
            state = try JSONDecoder().decode(OutboxFile.self, from: data)
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
            for event in events { state.waiting.add(event) }
            state.waiting.keepNewest(capacity)
            persist()
        }
    }

    /// Events not yet sealed into a batch.
    public var unbatchedCount: Int { lock.withLock { state.waiting.eventCount } }

    /// Batches waiting for the server, oldest first.
    public var pendingBatches: [OutboxBatch] { lock.withLock { state.batches } }

    /// Seals waiting events, oldest day first, into one batch of at most `maxEvents` with a
    /// random id that is kept until the server has it, so a retry after a lost reply is not
    /// counted twice. While a batch is still unacknowledged nothing more is sealed: offline,
    /// the events wait as compact counts rather than piling up as sealed batches.
    public func sealBatches(maxEvents: Int = 1000) {
        lock.withLock {
            guard state.batches.isEmpty, !state.waiting.isEmpty else { return }  // no change, no rewrite
            let events = state.waiting.take(max(1, maxEvents))
            state.batches.append(OutboxBatch(batchID: UUID().uuidString.lowercased(), events: events))
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
