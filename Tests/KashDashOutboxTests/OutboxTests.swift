import Foundation
import KashDashContract
import Testing
@testable import KashDashOutbox

@Suite struct OutboxTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("kashdash-outbox-\(UUID().uuidString)")
            .appendingPathComponent("outbox.json")
    }

    @Test func eventsSurviveARestartAndCarryOnlyTheDay() throws {
        let file = temporaryFile()
        let outbox = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0", today: { Day(iso: "2026-11-27")! })
        outbox.record(.levelFinished, level: "online-friends")
        outbox.record(.linkOpenedOffline, link: "childline")
        let reopened = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0", today: { Day(iso: "2026-11-27")! })
        #expect(reopened.unbatchedCount == 2)
        #expect(reopened.recovery == .none)
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(text.contains("2026-11-27"))
        #expect(!text.contains("T"), "no time of day is ever written") // ISO times would contain 'T'
    }

    @Test func theDayIsTheUTCCalendarDate() {
        #expect(Outbox.day(of: Date(timeIntervalSince1970: 1_795_823_999)).iso == "2026-11-27") // 23:59:59 UTC
        #expect(Outbox.day(of: Date(timeIntervalSince1970: 915_235_200)).iso == "1999-01-02") // 00:00:00 UTC
        #expect(Outbox.day(of: Date(timeIntervalSince1970: -0.5)).iso == "1969-12-31") // before the epoch
    }

    @Test func oneBatchIsSealedAtATimeAndKeepsItsIdUntilAcknowledged() throws {
        let outbox = Outbox(fileURL: temporaryFile(), source: .desktop, appVersion: "1.0.0", today: { Day(iso: "2026-11-27")! })
        outbox.record(Array(repeating: ClientEvent(kind: .levelStarted, day: outbox.today(), level: "time-out"), count: 2_500))
        var sizes: [Int] = []
        var ids: Set<String> = []
        while true {
            outbox.sealBatches(maxEvents: 1000)
            guard let batch = outbox.pendingBatches.first else { break }
            #expect(outbox.pendingBatches.count == 1, "offline, events wait as counts, not as a pile of batches")
            outbox.sealBatches(maxEvents: 1000)
            #expect(outbox.pendingBatches == [batch], "sealing again changes nothing, so a retry reuses the same id")
            sizes.append(batch.events.count)
            ids.insert(batch.batchID)
            outbox.acknowledge(batchID: batch.batchID)
        }
        #expect(sizes == [1000, 1000, 500])
        #expect(ids.count == 3)
        #expect(outbox.unbatchedCount == 0)
    }

    @Test func identicalEventsAreKeptAsOneCountedEntryAndSentOldestDayFirst() throws {
        let file = temporaryFile()
        let clock = SettableDay(Day(iso: "2026-11-27")!)
        let outbox = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0", today: { clock.day })
        for _ in 0..<300 { outbox.record(.levelStarted, level: "time-out") }
        clock.day = clock.day.adding(days: -3)  // a clock set back: still sent oldest day first
        for _ in 0..<2 { outbox.record(.levelFinished, level: "time-out") }
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(text.components(separatedBy: "level_started").count == 2, "300 starts are one entry: \(text)")
        #expect(text.contains(#""count":300"#))
        let reopened = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0")
        #expect(reopened.unbatchedCount == 302)
        reopened.sealBatches(maxEvents: 1000)
        let events = try #require(reopened.pendingBatches.first).events
        #expect(events.count == 302)
        #expect(events.prefix(2).allSatisfy { $0.kind == .levelFinished && $0.day.iso == "2026-11-24" })
        #expect(events.dropFirst(2).allSatisfy { $0.kind == .levelStarted && $0.day.iso == "2026-11-27" })
    }

    @Test func anOutboxWrittenByTheEarlierVersionIsReadWithNothingLost() throws {
        let file = temporaryFile()
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let earlier = #"{"version":1,"events":[{"kind":"level_started","day":"2026-10-01","level":"a"},"#
            + #"{"kind":"level_started","day":"2026-10-01","level":"a"},{"kind":"link_shown","day":"2026-10-02","link":"childline"}],"#
            + #""batches":[{"batch_id":"0f6c1e52-aaaa-bbbb-cccc-000000000001","events":[{"kind":"level_finished","day":"2026-09-30","level":"a"}]}]}"#
        try Data(earlier.utf8).write(to: file)
        let outbox = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0")
        #expect(outbox.recovery == .none)
        #expect(outbox.unbatchedCount == 3)
        #expect(outbox.pendingBatches.map(\.batchID) == ["0f6c1e52-aaaa-bbbb-cccc-000000000001"], "a sealed batch keeps its id")
    }

    @Test func damagedCountsAreBoundedSoAddingNeverOverflows() throws {
        let file = temporaryFile()
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let damaged = #"{"version":2,"waiting":[{"event":{"kind":"level_started","day":"2026-10-01","level":"a"},"count":9223372036854775807},"#
            + #"{"event":{"kind":"level_started","day":"2026-10-02","level":"a"},"count":-4}],"batches":[]}"#
        try Data(damaged.utf8).write(to: file)
        let outbox = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0", today: { Day(iso: "2026-10-01")! })
        outbox.record(.levelStarted, level: "a")
        #expect(outbox.unbatchedCount == OutboxTally.largestCount)
    }

    @Test func theWireFormatMatchesTheServersAPI() throws {
        let outbox = Outbox(fileURL: temporaryFile(), source: .kiosk, appVersion: "1.2.3", today: { Day(iso: "2026-11-27")! })
        outbox.record(.messageAnsweredUnsafe, level: "keep-it-private", message: "school-name")
        outbox.sealBatches()
        let batch = try #require(outbox.pendingBatches.first)
        let json = try JSONSerialization.jsonObject(with: outbox.body(for: batch)) as? [String: Any]
        #expect(json?["batch_id"] as? String == batch.batchID)
        #expect(json?["source"] as? String == "kiosk")
        #expect(json?["app_version"] as? String == "1.2.3")
        let event = (json?["events"] as? [[String: Any]])?.first
        #expect(event?["kind"] as? String == "message_answered_unsafe")
        #expect(event?["message"] as? String == "school-name")
        #expect(event?.keys.sorted() == ["day", "kind", "level", "message"])
    }

    @Test func aCorruptOutboxIsSetAsideAndPlayGoesOn() throws {
        let file = temporaryFile()
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: file)
        let outbox = Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0")
        guard case .setAside(let backup, _) = outbox.recovery else {
            Issue.record("expected the corrupt file to be set aside")
            return
        }
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: backup)), as: UTF8.self) == "{ not json")
        #expect(outbox.unbatchedCount == 0)
        outbox.record(.levelStarted, level: "x")
        #expect(Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0").unbatchedCount == 1)
    }

    @Test func severalEventsAreStoredWithOneWrite() throws {
        let file = temporaryFile()
        let outbox = Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0", today: { Day(iso: "2026-11-27")! })
        outbox.record([
            ClientEvent(kind: .linkShown, day: outbox.today(), level: "time-out", link: "childline"),
            ClientEvent(kind: .linkShown, day: outbox.today(), level: "time-out", link: "thinkuknow"),
        ])
        outbox.record([])
        let reopened = Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0")
        reopened.sealBatches()
        #expect(reopened.pendingBatches.first?.events.map(\.link) == ["childline", "thinkuknow"])
        #expect(reopened.pendingBatches.first?.events.allSatisfy { $0.day.iso == "2026-11-27" } == true)
    }

    @Test func nothingToSealOrAcknowledgeLeavesTheFileAlone() throws {
        let file = temporaryFile()
        let outbox = Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0", today: { Day(iso: "2026-11-27")! })
        outbox.record(.levelStarted, level: "time-out")
        outbox.sealBatches()
        try FileManager.default.removeItem(at: file)
        outbox.sealBatches()
        outbox.acknowledge(batchID: "not-a-pending-batch")
        #expect(!FileManager.default.fileExists(atPath: file.path), "no change, no rewrite")
        outbox.acknowledge(batchID: try #require(outbox.pendingBatches.first).batchID)
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func capacityDropsTheOldestUnsentEvents() {
        let outbox = Outbox(fileURL: temporaryFile(), source: .desktop, appVersion: "1.0.0", capacity: 5, today: { Day(iso: "2026-11-27")! })
        for index in 0..<8 { outbox.record(.levelStarted, level: "level-\(index)") }
        outbox.sealBatches()
        #expect(outbox.pendingBatches.first?.events.map(\.level) == (3..<8).map { "level-\($0)" })
    }

    @Test func anUnreachableServerLeavesEverythingQueued() async {
        let outbox = Outbox(fileURL: temporaryFile(), source: .kiosk, appVersion: "1.0.0", today: { Day(iso: "2026-11-27")! })
        outbox.record(.linkShown, link: "childline")
        // Port 9 on loopback: nothing listens there, so the connection is refused at once.
        let outcomes = await OutboxSender(serverURL: URL(string: "http://127.0.0.1:9")!, timeout: 2).flush(outbox)
        #expect(outcomes.count == 1)
        #expect(outcomes.values.allSatisfy { if case .retryLater = $0 { true } else { false } })
        #expect(outbox.pendingBatches.count == 1)
    }
}

/// A day a test can move; read by the outbox from whatever thread records.
final class SettableDay: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Day
    init(_ day: Day) { value = day }
    var day: Day {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
