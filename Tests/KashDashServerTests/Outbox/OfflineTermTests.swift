import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import KashDashOutbox
import Testing

@testable import KashDashServer

/// Issue 11: a kiosk or laptop offline for a whole term loses nothing. Ten weeks of play go
/// through a simulated clock with a delivery attempt every day against a server that is not
/// there; one batch gets through early but its reply is lost. Back online, everything arrives
/// exactly once, every day's counts as they were played.
@Suite struct OfflineTermTests {
    @Test func tenWeeksOfflineThenEveryEventArrivesExactlyOnce() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let firstDay = TestServer.today.adding(days: -70)
        let clock = MovableDay(firstDay)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-outbox-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let outbox = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0", today: { clock.day })
        // Port 9 on loopback: nothing listens, so every attempt is refused at once.
        let away = OutboxSender(serverURL: URL(string: "http://127.0.0.1:9")!, timeout: 2)
        // The term's play, day by day: a busy classroom one day, a quiet one the next (5 to 47 rounds).
        let term: [(day: Day, events: [ClientEvent])] = (0...70).map { offset in
            let day = firstDay.adding(days: offset)
            var events: [ClientEvent] = []
            for round in 0..<(5 + (offset * 17) % 43) {
                let level = ["time-out", "keep-it-private", "online-friends"][round % 3]
                events.append(ClientEvent(kind: .levelStarted, day: day, level: level))
                if round % 4 != 0 { events.append(ClientEvent(kind: .levelFinished, day: day, level: level)) }
                if round % 5 == 0 { events.append(ClientEvent(kind: .linkShown, day: day, level: level, link: "childline")) }
            }
            return (day, events)
        }
        var expected: [EventKind: [Day: Int]] = [:]
        for (day, events) in term { for event in events { expected[event.kind, default: [:]][day, default: 0] += 1 } }

        try await server.app.test(.live) { client in
            let port = try #require(client.port)
            let online = OutboxSender(serverURL: URL(string: "http://localhost:\(port)")!)
            for (offset, (day, events)) in term.enumerated() {
                clock.day = day
                outbox.record(events)
                if offset == 3 {
                    // The network comes and goes: a batch is stored but the reply never arrives.
                    outbox.sealBatches()
                    let batch = try #require(outbox.pendingBatches.first)
                    #expect(await online.send(batch, from: outbox) == .delivered)
                } else {
                    let outcomes = await away.flush(outbox)
                    #expect(outcomes.values.allSatisfy { if case .retryLater = $0 { true } else { false } })
                }
                #expect(outbox.pendingBatches.count == 1, "offline, one sealed batch waits; the rest stay counts")
            }
            let onDisk = try Data(contentsOf: file)
            #expect(onDisk.count < 200_000, "ten weeks of a busy kiosk stay small on disk: \(onDisk.count) bytes")

            let outcomes = await online.flush(outbox)
            #expect(outcomes.values.allSatisfy { $0 == .delivered }, "\(outcomes)")
        }
        #expect(outbox.pendingBatches.isEmpty)
        #expect(outbox.unbatchedCount == 0)

        let wholeTerm = DayRange(first: firstDay, last: TestServer.today)!
        let total = expected.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        #expect(try await server.store.rawEventCount() == total, "nothing lost, nothing counted twice")
        for (kind, days) in expected {
            #expect(try await server.store.dailyCounts(of: kind, in: wholeTerm) == days, "\(kind) per day")
        }
    }
}

/// The simulated clock: the day the outbox dates events with.
final class MovableDay: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Day
    init(_ day: Day) { value = day }
    var day: Day {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
