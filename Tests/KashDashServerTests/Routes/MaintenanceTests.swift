import KashDashContract
import KashDashMetrics
import Logging
import Synchronization
import Testing

@testable import KashDashServer

/// A day clock the test can move on.
final class MovableDayClock: DayClock {
    private let day: Mutex<Day>
    init(_ day: Day) { self.day = Mutex(day) }
    func today() -> Day { day.withLock { $0 } }
    func advance(days: Int) { day.withLock { $0 = $0.adding(days: days) } }
}

@Suite struct MaintenanceTests {
    @Test func expiresRawRowsPastRetentionAndDropsYesterdaysSalt() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let clock = MovableDayClock(TestServer.today)
        let visitors = DailyVisitorHasher(clock: clock)
        #expect(try await visitors.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.AppImage"))
        let old = TestServer.today.adding(days: -40)
        try await server.store.record([
            MetricEvent(kind: .adviceClick, day: old, link: "childline"),
            MetricEvent(kind: .adviceClick, day: TestServer.today, link: "childline"),
        ])
        let maintenance = MaintenanceService(
            store: server.store, visitors: visitors, clock: clock, rawRetentionDays: 35, batchMemoryDays: 367, logger: Logger(label: "test"))
        await maintenance.runOnce()
        #expect(try await server.store.rawEventCount() == 1)
        #expect(try await visitors.distinctToday() == 1)  // same day: the salt and its keys stay

        clock.advance(days: 1)
        await maintenance.runOnce()
        #expect(visitors.saltDay == nil)  // yesterday's salt is out of memory too
        #expect(try await visitors.distinctToday() == 0)  // a new day: the old salt and keys are gone
        let all = DayRange(first: old, last: TestServer.today)!
        #expect(try await server.store.totals(in: all).adviceClicks == 2)  // aggregates stay
    }

    @Test func batchIdsOutliveTheAcceptanceWindowWhateverTheRawRetention() {
        var configuration = ServerConfiguration()
        configuration.rawRetentionDays = 3
        #expect(configuration.maxEventAgeDays >= 365, "a term offline, or a summer, is still counted")
        #expect(configuration.batchMemoryDays == configuration.maxEventAgeDays + 1)
    }
}
