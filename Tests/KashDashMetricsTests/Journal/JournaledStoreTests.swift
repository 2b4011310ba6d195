import GRDB
import KashDashContract
import Synchronization
import Testing

@testable import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `SQLiteMetricsStore(path:)` with the event journal on (`syncEveryCommit == false`).
@Suite struct JournaledStoreTests {
    typealias Support = JournalTestSupport
    static let today = StoreContract.today
    static let week = StoreContract.week

    static func click(_ link: String, source: EventSource? = .desktop, day: Day = today, bot: Bool = false) -> MetricEvent {
        StoreContract.click(link, source: source, day: day, bot: bot)
    }

    // MARK: Reads see acknowledged events

    @Test func eventsFromBothRecordFormsAreVisibleToReadsAtOnce() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        try await store.record([Self.click("childline"), Self.click("childline"), Self.click("thinkuknow", source: .kiosk)])
        try await Support.recordWithCompletion(store, [Self.click("childline", bot: true), Self.click("thinkuknow", source: .web)])
        try await Support.recordWithCompletion(store, [MetricEvent(kind: .download, day: Self.today, file: "kashdash.AppImage")])
        // They went to the journal, not to SQLite: nothing is committed yet.
        #expect(try Support.committed(at: folder.databasePath).rawEvents == 0)
        #expect(Support.generations(in: folder.journalPath) == [1])

        let totals = try await store.totals(in: Self.week)
        #expect(totals == HeadlineTotals(downloads: 1, adviceClicks: 4, botAdviceClicks: 1))
        #expect(try await store.rawEventCount() == 6)
        // More events after a read are seen by the next read.
        try await store.record([Self.click("childline", source: .web)])
        #expect(try await store.breakdown(.adviceLink, in: Self.week) == [
            BreakdownRow(key: "childline", count: 3), BreakdownRow(key: "thinkuknow", count: 2),
        ])
        try await Support.recordWithCompletion(store, [Self.click("childline", source: .kiosk)])
        #expect(try await store.breakdown(.source, in: Self.week) == [
            BreakdownRow(key: "desktop", count: 2), BreakdownRow(key: "kiosk", count: 2), BreakdownRow(key: "web", count: 2),
        ])
        try await store.record([Self.click("childline")])
        #expect(try await store.dailyCounts(of: .adviceClick, in: Self.week) == [Self.today: 7])
        #expect(try await store.rawEventCount() == 9)
    }

    @Test func completionRunsAfterTheEventsAreInTheJournal() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        let journaled = Mutex<Int?>(nil)
        let journalFile = folder.journalPath + "/events-1.journal"
        store.record([Self.click("a"), Self.click("b")]) { result in
            // Runs before `record` returns; the bytes must already be in the file.
            journaled.withLock { $0 = (try? result.get()).map { Support.read(journalFile)?.count ?? -1 } }
        }
        let written = journaled.withLock { $0 }
        #expect(written == Support.encoded(Self.click("a")).count + Support.encoded(Self.click("b")).count)
    }

    @Test func flushMakesEventsVisibleToASecondConnection() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        try await store.record([Self.click("childline"), Self.click("childline"), Self.click("thinkuknow")])
        try await Support.recordWithCompletion(store, [Self.click("childline", day: Self.today.adding(days: -1))])
        #expect(try Support.committed(at: folder.databasePath) == .init(rawEvents: 0, dailyCountSum: 0, foldedGeneration: nil))
        try await store.flush()
        #expect(try Support.committed(at: folder.databasePath) == .init(rawEvents: 4, dailyCountSum: 4, foldedGeneration: 1))
        let perLink = try await DatabaseQueue(path: folder.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT link, SUM(count) AS total FROM daily_counts GROUP BY link ORDER BY link")
                .map { "\($0["link"] as String)=\($0["total"] as Int)" }
        }
        #expect(perLink == ["childline=3", "thinkuknow=1"])
        // The folded file is gone; only the new, current generation is left.
        #expect(Support.generations(in: folder.journalPath) == [2])
        // A flush with nothing new changes nothing.
        try await store.flush()
        #expect(try Support.committed(at: folder.databasePath) == .init(rawEvents: 4, dailyCountSum: 4, foldedGeneration: 1))
    }

    @Test func theBackgroundTaskFoldsWithoutARead() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        var options = SQLiteMetricsStore.Options()
        options.journalFoldInterval = .milliseconds(20)
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: options)
        try await store.record([Self.click("childline"), Self.click("childline")])
        var committed = try Support.committed(at: folder.databasePath)
        for _ in 0..<200 where committed.rawEvents < 2 {
            try await Task.sleep(for: .milliseconds(10))
            committed = try Support.committed(at: folder.databasePath)
        }
        #expect(committed.rawEvents == 2)
        #expect(committed.dailyCountSum == 2)
        withExtendedLifetime(store) {}
    }

    // MARK: Crash recovery and exactly-once

    @Test func aJournalLeftByACrashIsFoldedOnceOnOpening() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let events = [Self.click("childline"), Self.click("childline"), Self.click("thinkuknow", bot: true)]
        try Support.writeJournalFile(events, generation: 1, in: folder.journalPath)
        try Support.writeJournalFile([Self.click("childline", day: Self.today.adding(days: -2))], generation: 2, in: folder.journalPath)
        for _ in 0..<3 {
            let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
            // Folded while opening, before any read folds.
            #expect(try Support.committed(at: folder.databasePath).rawEvents == 4)
            #expect(try await store.rawEventCount() == 4)
            #expect(try await store.totals(in: Self.week) == HeadlineTotals(adviceClicks: 3, botAdviceClicks: 1))
            #expect(try await store.dailyCounts(of: .adviceClick, in: Self.week) == [Self.today: 2, Self.today.adding(days: -2): 1])
            #expect(!Support.exists(folder.journalPath + "/events-1.journal"))
            #expect(!Support.exists(folder.journalPath + "/events-2.journal"))
        }
        #expect(try Support.committed(at: folder.databasePath).dailyCountSum == 4)
    }

    /// A crash (`kill -9`) after `record` returned but before any fold. The crashed store is
    /// dropped without a read or a flush, and its background fold never runs (its interval
    /// is an hour), exactly as if its process were gone: its journal file is all that is
    /// left for the next store. (While it is alive, it holds the journal's lock: see
    /// `aSecondStoreCannotTakeALiveJournal`.)
    @Test func eventsRecordedButNotFoldedAreFoldedOnceByTheNextStore() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        do {
            let crashed = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
            try await crashed.record([Self.click("childline"), Self.click("thinkuknow")])
            try await Support.recordWithCompletion(crashed, [Self.click("childline")])
            #expect(try Support.committed(at: folder.databasePath).rawEvents == 0)
            #expect(Support.generations(in: folder.journalPath) == [1])
        }
        do {
            let recovered = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
            // Folded while opening.
            #expect(try Support.committed(at: folder.databasePath) == .init(rawEvents: 3, dailyCountSum: 3, foldedGeneration: 1))
            #expect(try await recovered.rawEventCount() == 3)
            #expect(try await recovered.totals(in: Self.week).adviceClicks == 3)
        }
        // Opening once more (the store above recorded nothing, so its last fold has nothing to do).
        let third = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        #expect(try await third.rawEventCount() == 3)
        #expect(try await third.breakdown(.adviceLink, in: Self.week) == [
            BreakdownRow(key: "childline", count: 2), BreakdownRow(key: "thinkuknow", count: 1),
        ])
        #expect(try Support.committed(at: folder.databasePath).dailyCountSum == 3)
    }

    /// A second store (a second server on the same data folder) must not take a journal
    /// another is still appending to: it would fold and delete the live file.
    @Test func aSecondStoreCannotTakeALiveJournal() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let first = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        try await first.record([Self.click("childline")])
        var impatient = Support.noBackgroundFold
        impatient.journalLockPatience = .milliseconds(100)
        #expect(throws: MetricsStoreError.self) {
            _ = try SQLiteMetricsStore(path: folder.databasePath, options: impatient)
        }
        try await first.record([Self.click("thinkuknow")])
        #expect(try await first.rawEventCount() == 2)
        #expect(Support.generations(in: folder.journalPath).count == 1)
    }

    /// A crash after a fold's commit but before its `unlink`: the file is still there, with a
    /// number already recorded in `journal_folds`. It must be deleted, not counted again.
    @Test func aFileWhoseGenerationWasAlreadyFoldedIsDeletedNotCounted() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let events = [Self.click("childline"), Self.click("childline"), Self.click("thinkuknow")]
        let bytes = try Support.writeJournalFile(events, generation: 3, in: folder.journalPath)
        do {
            let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
            #expect(try await store.rawEventCount() == 3)
        }
        #expect(try Support.committed(at: folder.databasePath).foldedGeneration == 3)
        // Let the dropped store's last background fold (dispatched when its task is cancelled) finish,
        // so the files put back below are only ever seen by the store opened next.
        try await Task.sleep(for: .milliseconds(150))
        try Support.write(bytes, to: folder.journalPath + "/events-3.journal")  // equal to the folded number
        try Support.write(bytes, to: folder.journalPath + "/events-2.journal")  // below it
        let reopened = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        #expect(!Support.exists(folder.journalPath + "/events-3.journal"))
        #expect(!Support.exists(folder.journalPath + "/events-2.journal"))
        #expect(try await reopened.rawEventCount() == 3)
        #expect(try await reopened.totals(in: Self.week).adviceClicks == 3)
        #expect(try Support.committed(at: folder.databasePath).dailyCountSum == 3)
        // The folded number never goes back, and new files are numbered after it.
        #expect(try Support.committed(at: folder.databasePath).foldedGeneration ?? 0 >= 3)
        #expect(Support.generations(in: folder.journalPath).allSatisfy { $0 > 3 })
    }

    @Test func newEventsAfterRecoveryAreCountedToo() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try Support.writeJournalFile([Self.click("childline")], generation: 7, in: folder.journalPath)
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        try await store.record([Self.click("thinkuknow"), Self.click("thinkuknow")])
        #expect(Support.generations(in: folder.journalPath) == [8])
        #expect(try await store.breakdown(.adviceLink, in: Self.week) == [
            BreakdownRow(key: "thinkuknow", count: 2), BreakdownRow(key: "childline", count: 1),
        ])
        #expect(try Support.committed(at: folder.databasePath).foldedGeneration == 8)
    }

    @Test func damagedLinesAreSetAsideAndGoodLinesCounted() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.journalPath, withIntermediateDirectories: true)
        var damaged = Support.encoded(Self.click("childline"))
        damaged[3] ^= 0x01  // the year's last digit
        let torn = Array(Support.encoded(Self.click("thinkuknow")).prefix(20))
        let file = Support.encoded(Self.click("childline")) + damaged + Support.encoded(Self.click("thinkuknow"))
            + Support.encoded(Self.click("childline", bot: true)) + torn
        try Support.write(file, to: folder.journalPath + "/events-4.journal")
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        #expect(try await store.rawEventCount() == 3)
        #expect(try await store.totals(in: Self.week) == HeadlineTotals(adviceClicks: 2, botAdviceClicks: 1))
        #expect(Support.read(folder.journalPath + "/set-aside-4.txt") == damaged + torn + [UInt8(ascii: "\n")])
        #expect(!Support.exists(folder.journalPath + "/events-4.journal"))
        #expect(try Support.committed(at: folder.databasePath).foldedGeneration == 4)
    }

    @Test func aCleanJournalLeavesNoSetAsideFile() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try Support.writeJournalFile([Self.click("childline")], generation: 1, in: folder.journalPath)
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        try await store.record([Self.click("childline")])
        try await store.flush()
        #expect(try await store.rawEventCount() == 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.journalPath)
        #expect(!names.contains { $0.hasPrefix("set-aside") })
    }

    // MARK: Options and other operations

    @Test func syncEveryCommitBypassesTheJournal() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        var options = Support.noBackgroundFold
        options.syncEveryCommit = true
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: options)
        try await store.record([Self.click("childline"), Self.click("thinkuknow", bot: true)])
        try await Support.recordWithCompletion(store, [Self.click("childline")])
        // Committed directly: a second connection sees them without a flush or a read.
        #expect(try Support.committed(at: folder.databasePath) == .init(rawEvents: 3, dailyCountSum: 3, foldedGeneration: nil))
        #expect(!Support.exists(folder.journalPath))
        #expect(try await store.totals(in: Self.week) == HeadlineTotals(adviceClicks: 2, botAdviceClicks: 1))
        #expect(try await store.rawEventCount() == 3)
        let synchronous = try await store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2)  // FULL
    }

    @Test func journalModeUsesSynchronousNormal() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        let synchronous = try await store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 1)  // NORMAL
        #expect(Support.exists(folder.journalPath))
    }

    /// Events journaled by a run without `syncEveryCommit` and not yet folded (a crash) must
    /// still be counted when the store is next opened with `syncEveryCommit = true`.
    @Test
    func leftoverJournalIsFoldedEvenWhenReopenedWithSyncEveryCommit() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try Support.writeJournalFile([Self.click("childline"), Self.click("childline")], generation: 1, in: folder.journalPath)
        var options = Support.noBackgroundFold
        options.syncEveryCommit = true
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: options)
        #expect(try await store.rawEventCount() == 2)
        #expect(try await store.totals(in: Self.week).adviceClicks == 2)
    }

    @Test func expiryFoldsFirst() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: Support.noBackgroundFold)
        let old = Self.today.adding(days: -40)
        try await store.record([Self.click("childline", day: old), Self.click("childline", day: old)])
        try await Support.recordWithCompletion(store, [Self.click("childline", day: old), Self.click("childline")])
        let deleted = try await store.expireRawEvents(before: Self.today.adding(days: -35), forgetBatchesBefore: Self.today.adding(days: -35))
        #expect(deleted == 3)
        #expect(try Support.committed(at: folder.databasePath).rawEvents == 1)
        #expect(try await store.rawEventCount() == 1)
        #expect(try await store.totals(in: DayRange(first: old, last: Self.today)!).adviceClicks == 4)
    }

    @Test func concurrentRecordsAreAllCounted() async throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        var options = SQLiteMetricsStore.Options()
        options.journalFoldInterval = .milliseconds(5)  // folds race with the appends
        let store = try SQLiteMetricsStore(path: folder.databasePath, options: options)
        let tasks = 400
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<tasks {
                group.addTask {
                    let events = Array(repeating: Self.click("link-\(index % 7)", bot: index % 5 == 0), count: index % 3 + 1)
                    if index % 2 == 0 {
                        try await store.record(events)
                    } else {
                        try await Support.recordWithCompletion(store, events)
                    }
                    if index % 50 == 0 { _ = try await store.totals(in: Self.week) }  // reads fold meanwhile
                }
            }
            try await group.waitForAll()
        }
        let expected = (0..<tasks).reduce(0) { $0 + $1 % 3 + 1 }
        let expectedBots = (0..<tasks).filter { $0 % 5 == 0 }.reduce(0) { $0 + $1 % 3 + 1 }
        #expect(try await store.rawEventCount() == expected)
        let totals = try await store.totals(in: Self.week)
        #expect(totals.adviceClicks + totals.botAdviceClicks == expected)
        #expect(totals.botAdviceClicks == expectedBots)
        #expect(try Support.committed(at: folder.databasePath).dailyCountSum == expected)
    }
}
