import GRDB
import Testing

@testable import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Shared helpers for the event-journal tests: a temp folder, hand-made journal files,
/// and a second, plain SQLite connection to look at what the store really committed.
enum JournalTestSupport {
    /// A fresh folder under the temp directory; `remove()` deletes it with everything in it.
    struct Folder {
        let path: String

        init() throws {
            path = FileManager.default.temporaryDirectory.path + "/kashdash-journal-\(UInt64.random(in: 0...UInt64.max))"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        var databasePath: String { path + "/metrics.sqlite" }
        var journalPath: String { databasePath + "-events" }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// FNV-1a, 32 bits, written here from the published definition (offset basis
    /// 0x811C9DC5, prime 0x01000193) so the tests do not check the code against itself.
    static func referenceFNV1a(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// A journal line built by hand: `fields` joined by tabs, then a tab and the reference
    /// checksum in eight lower-case hex digits. No newline.
    static func handMadeLine(_ fields: [String]) -> [UInt8] {
        let body = Array(fields.joined(separator: "\t").utf8)
        let hex = String(referenceFNV1a(body), radix: 16)
        return body + Array("\t".utf8) + Array((String(repeating: "0", count: 8 - hex.count) + hex).utf8)
    }

    /// The encoded line of `event`, newline included.
    static func encoded(_ event: MetricEvent) -> [UInt8] {
        var bytes: [UInt8] = []
        JournalLine.encode(event, dayISO: event.day.iso, into: &bytes)
        return bytes
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw MetricsStoreError(.unavailable, "test could not write \(path)")
        }
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Writes `events` as `<journalDirectory>/events-<generation>.journal` with a real
    /// `EventJournal` (in a scratch folder, then moved into place, so files already in
    /// `journalDirectory` cannot change the number). Returns the file's bytes.
    @discardableResult
    static func writeJournalFile(_ events: [MetricEvent], generation: Int, in journalDirectory: String) throws -> [UInt8] {
        let scratch = try Folder()
        defer { scratch.remove() }
        do {
            let journal = try EventJournal(directory: scratch.journalPath, after: generation - 1, lock: JournalLock(directory: scratch.journalPath))
            try journal.append(events)
        }  // the journal's descriptor is closed here
        let files = EventJournal.generations(in: scratch.journalPath)
        #expect(files.map(\.generation) == [generation])
        try FileManager.default.createDirectory(atPath: journalDirectory, withIntermediateDirectories: true)
        let target = "\(journalDirectory)/events-\(generation).journal"
        try FileManager.default.moveItem(atPath: files[0].path, toPath: target)
        return read(target) ?? []
    }

    /// What a second, plain connection sees in the database file.
    struct Committed: Equatable {
        var rawEvents: Int
        var dailyCountSum: Int
        var foldedGeneration: Int?
    }

    static func committed(at path: String) throws -> Committed {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            Committed(
                rawEvents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? -1,
                dailyCountSum: try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(count), 0) FROM daily_counts") ?? -1,
                foldedGeneration: try Int.fetchOne(db, sql: "SELECT generation FROM journal_folds"))
        }
    }

    /// Journal files (generation numbers) now in `journalDirectory`.
    static func generations(in journalDirectory: String) -> [Int] {
        EventJournal.generations(in: journalDirectory).map(\.generation)
    }

    /// The callback form of `record`, awaited.
    static func recordWithCompletion(_ store: SQLiteMetricsStore, _ events: [MetricEvent]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            store.record(events) { continuation.resume(with: $0) }
        }
    }

    /// Options whose background fold never runs during a test, so anything a read sees
    /// was folded by the read itself (or by `flush`).
    static var noBackgroundFold: SQLiteMetricsStore.Options {
        var options = SQLiteMetricsStore.Options()
        options.journalFoldInterval = .seconds(3600)
        return options
    }
}
