import KashDashContract
import KashDashMetrics
import Synchronization
import Testing

/// A clock tests can move forward.
final class SettableDayClock: DayClock {
    private let current: Mutex<Day>
    init(_ day: Day) { current = Mutex(day) }
    func today() -> Day { current.withLock { $0 } }
    func advance(days: Int) { current.withLock { $0 = $0.adding(days: days) } }
}

@Suite struct DailyVisitorHasherTests {
    let start = Day(iso: "2026-11-27")!

    @Test func countsAVisitorOncePerItemPerDay() {
        let hasher = DailyVisitorHasher(clock: FixedDayClock(start))
        #expect(hasher.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.AppImage"))
        #expect(!hasher.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.AppImage"))
        #expect(hasher.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.deb"))
        #expect(hasher.isFirstToday(properties: ["10.0.0.2", "Firefox"], item: "game.AppImage"))
        #expect(hasher.distinctToday == 3)
    }

    @Test func propertyBoundariesMatter() {
        let hasher = DailyVisitorHasher(clock: FixedDayClock(start))
        #expect(hasher.isFirstToday(properties: ["ab", "c"], item: "f"))
        #expect(hasher.isFirstToday(properties: ["a", "bc"], item: "f"))
    }

    @Test func forgetsEverythingWhenTheDayChanges() {
        let clock = SettableDayClock(start)
        let hasher = DailyVisitorHasher(clock: clock)
        #expect(hasher.isFirstToday(properties: ["10.0.0.1"], item: "f"))
        clock.advance(days: 1)
        hasher.rotateIfNeeded()
        #expect(hasher.saltDay == start.adding(days: 1))
        #expect(hasher.distinctToday == 0)
        #expect(hasher.isFirstToday(properties: ["10.0.0.1"], item: "f"))
    }
}
