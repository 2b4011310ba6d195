import Crypto
import KashDashContract

/// Decides whether a request is the first of its kind today, without remembering who sent it.
///
/// One random 256-bit salt per UTC day. A visitor's key is SHA-256 of
/// HMAC-SHA256(salt, request properties + item); the set of keys seen today is kept beside
/// the salt. Both live in a `VisitorDayStorage`: memory by default, the server's database
/// when it runs (so a restart, or a request landing on another instance, does not count a
/// visitor again). When the day changes both are deleted together, so nothing can be
/// joined across days; `rotateIfNeeded` runs every minute, so no salt outlives the day
/// after it was made. The salt comes from the system's secure random generator, never
/// from the date, and is never logged.
public final class DailyVisitorHasher: Sendable {
    private let clock: any DayClock
    private let storage: any VisitorDayStorage
    /// The salt of the day it belongs to, read once per day from the storage.
    private let cached = Locked<(day: Day, salt: [UInt8])?>(nil)

    public init(clock: any DayClock, storage: any VisitorDayStorage = InMemoryVisitorDays()) {
        self.clock = clock
        self.storage = storage
    }

    /// Records one sighting of `item` by the visitor described by `properties` (e.g. the
    /// remote address and user agent, which are hashed here and never kept).
    /// - Returns: `true` the first time today, `false` after that.
    public func isFirstToday(properties: [String], item: String) async throws -> Bool {
        let today = clock.today()
        let salt = try await salt(for: today)
        var mac = HMAC<SHA256>(key: salt)
        for property in properties + [item] {
            mac.update(data: Array(property.utf8))
            mac.update(data: [0])  // separator, so ("ab","c") != ("a","bc")
        }
        let key = Array(SHA256.hash(data: Array(mac.finalize())))
        return try await storage.insertSeen(day: today, key: key)
    }

    /// Deletes the salts and seen sets of earlier days.
    public func rotateIfNeeded() async throws {
        let today = clock.today()
        cached.withLock { if let current = $0, current.day != today { $0 = nil } }
        try await storage.forgetDays(before: today)
    }

    /// The day the cached salt belongs to (for tests and health output; never the salt).
    public var saltDay: Day? { cached.withLock { $0?.day } }

    /// How many distinct keys are held today.
    public func distinctToday() async throws -> Int { try await storage.seenCount(day: clock.today()) }

    private func salt(for day: Day) async throws -> SymmetricKey {
        if let current = cached.withLock({ $0 }), current.day == day { return SymmetricKey(data: current.salt) }
        let candidate = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let salt = try await storage.salt(for: day, candidate: candidate)
        cached.withLock { $0 = (day, salt) }
        return SymmetricKey(data: salt)
    }
}

/// Visitor days in memory only (tests, and anything without a database).
public final class InMemoryVisitorDays: VisitorDayStorage {
    private let days = Locked<[Day: (salt: [UInt8], seen: Set<[UInt8]>)]>([:])

    public init() {}

    public func salt(for day: Day, candidate: [UInt8]) async throws -> [UInt8] {
        days.withLock { days in
            if let existing = days[day] { return existing.salt }
            days[day] = (candidate, [])
            return candidate
        }
    }

    public func insertSeen(day: Day, key: [UInt8]) async throws -> Bool {
        days.withLock { $0[day, default: ([], [])].seen.insert(key).inserted }
    }

    public func seenCount(day: Day) async throws -> Int { days.withLock { $0[day]?.seen.count ?? 0 } }

    public func forgetDays(before day: Day) async throws { days.withLock { $0 = $0.filter { $0.key >= day } } }
}
