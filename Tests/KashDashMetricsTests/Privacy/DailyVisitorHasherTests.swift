import GRDB
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

    @Test func countsAVisitorOncePerItemPerDay() async throws {
        let hasher = DailyVisitorHasher(clock: FixedDayClock(start))
        #expect(try await hasher.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.AppImage"))
        #expect(try await !hasher.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.AppImage"))
        #expect(try await hasher.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.deb"))
        #expect(try await hasher.isFirstToday(properties: ["10.0.0.2", "Firefox"], item: "game.AppImage"))
        #expect(try await hasher.distinctToday() == 3)
    }

    @Test func propertyBoundariesMatter() async throws {
        let hasher = DailyVisitorHasher(clock: FixedDayClock(start))
        #expect(try await hasher.isFirstToday(properties: ["ab", "c"], item: "f"))
        #expect(try await hasher.isFirstToday(properties: ["a", "bc"], item: "f"))
    }

    @Test func forgetsEverythingWhenTheDayChanges() async throws {
        let clock = SettableDayClock(start)
        let hasher = DailyVisitorHasher(clock: clock)
        #expect(try await hasher.isFirstToday(properties: ["10.0.0.1"], item: "f"))
        clock.advance(days: 1)
        try await hasher.rotateIfNeeded()
        #expect(hasher.saltDay == nil)
        #expect(try await hasher.distinctToday() == 0)
        #expect(try await hasher.isFirstToday(properties: ["10.0.0.1"], item: "f"))
    }

    /// A restart at noon: a new hasher on the same database keeps the morning's salt and
    /// seen set, so the afternoon's repeat download is not counted again.
    @Test func aRestartKeepsTheDaysSaltAndSeenSet() async throws {
        let database = try DatabaseQueue()
        let morning = DailyVisitorHasher(clock: FixedDayClock(start), storage: try SQLiteSharedState(writer: database))
        #expect(try await morning.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.deb"))
        let afternoon = DailyVisitorHasher(clock: FixedDayClock(start), storage: try SQLiteSharedState(writer: database))
        #expect(try await !afternoon.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.deb"))
        #expect(try await afternoon.isFirstToday(properties: ["10.0.0.2", "Firefox"], item: "game.deb"))
    }

    /// Two instances on one storage share one salt (the first stored wins), so a visitor
    /// whose requests land on both is counted once.
    @Test func twoInstancesShareOneSalt() async throws {
        let storage = try SQLiteSharedState(writer: DatabaseQueue())
        let first = DailyVisitorHasher(clock: FixedDayClock(start), storage: storage)
        let second = DailyVisitorHasher(clock: FixedDayClock(start), storage: storage)
        #expect(try await second.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.deb"))
        #expect(try await !first.isFirstToday(properties: ["10.0.0.1", "Firefox"], item: "game.deb"))
    }

    /// The day's salt and seen set are deleted from the database once the day is over.
    @Test func yesterdaysSaltAndKeysAreDeletedFromTheDatabase() async throws {
        let storage = try SQLiteSharedState(writer: DatabaseQueue())
        let clock = SettableDayClock(start)
        let hasher = DailyVisitorHasher(clock: clock, storage: storage)
        #expect(try await hasher.isFirstToday(properties: ["10.0.0.1"], item: "f"))
        #expect(try await storage.seenCount(day: start) == 1)
        clock.advance(days: 1)
        try await hasher.rotateIfNeeded()
        #expect(try await storage.seenCount(day: start) == 0)
        // Had yesterday's salt survived, it would come back instead of the candidate.
        #expect(try await storage.salt(for: start, candidate: [1, 2, 3]) == [1, 2, 3])
    }
}
