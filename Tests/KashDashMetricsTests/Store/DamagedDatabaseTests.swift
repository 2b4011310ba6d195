import Foundation
import GRDB
import KashDashContract
import KashDashMetrics
import Testing

/// A damaged `metrics.sqlite` stops the server with one clear line naming the file, and the
/// file is never written to: the operator may still recover it, or restore a backup.
@Suite struct DamagedDatabaseTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-damaged-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func expectRefusedUntouched(_ path: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteMetricsStore(path: path)
            Issue.record("a damaged database was opened")
        } catch let error as MetricsStoreError {
            #expect(error.code == .corrupt)
            #expect(error.message.contains(path))
            #expect(error.message.contains("left exactly as it is"))
            #expect(!error.message.contains("\n"), "one line")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func randomBytesAreRefusedAndKept() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("metrics.sqlite").path
        var generator = SystemRandomNumberGenerator()
        try Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: URL(fileURLWithPath: path))
        try expectRefusedUntouched(path)
    }

    @Test func aTruncatedDatabaseIsRefusedAndKept() async throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("metrics.sqlite").path
        // A store's file with a day's counts, written without a write-ahead log so the
        // whole database is in the one file; then cut short, as a failed copy would.
        do {
            let store = try SQLiteMetricsStore(writer: DatabaseQueue(path: path))
            let day = Day(iso: "2026-11-27")!
            try await store.record((0..<2_000).map { MetricEvent(kind: .levelFinished, day: day, level: "level-\($0)") })
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(whole.count > 8192, "the migrated schema spans several pages")
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        try expectRefusedUntouched(path)
    }
}
