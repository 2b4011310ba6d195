import KashDashContract
import KashDashMetrics
import Testing

/// What every `AccountStorage` + `VisitorDayStorage` must do, run against SQLite and
/// PostgreSQL. `first` and `second` are two handles on the same database, as two server
/// instances would hold.
enum SharedStateContract {
    typealias Storage = AccountStorage & VisitorDayStorage
    static let day = Day(iso: "2026-11-27")!

    static func anAccountAddedOnOneWorksOnTheOther(_ first: any Storage, _ second: any Storage) async throws {
        let one = AccountStore(storage: first, hasher: PasswordHasher(iterations: 1000))
        let two = AccountStore(storage: second, hasher: PasswordHasher(iterations: 1000))
        try await one.add(username: "analyst", password: "correct horse battery staple")
        #expect(try await two.verify(username: "analyst", password: "correct horse battery staple"))
        #expect(try await !two.verify(username: "analyst", password: "wrong horse battery staple"))
        await #expect(throws: AccountStore.AccountError.exists) {
            try await two.add(username: "analyst", password: "correct horse battery staple")
        }
        try await two.audit(username: "analyst", action: "login")
        // One audit trail, newest first, whoever wrote it.
        #expect(try await one.auditLog().map(\.action) == ["login", "account_added"])
        try await two.remove(username: "analyst")
        #expect(try await one.list() == [])
    }

    static func sessionsAreSharedAndExpire(_ first: any Storage, _ second: any Storage) async throws {
        try await first.insertSession(tokenHash: "h1", username: "analyst", nowMillis: 1_000)
        #expect(try await second.touchSession(tokenHash: "h1", nowMillis: 2_000, idleMillis: 10_000, absoluteMillis: 100_000) == "analyst")
        // Touched at 2 s: still alive at 11.9 s, gone at 12 s (idle), on either handle.
        #expect(try await first.touchSession(tokenHash: "h1", nowMillis: 11_900, idleMillis: 10_000, absoluteMillis: 100_000) == "analyst")
        #expect(try await second.touchSession(tokenHash: "h1", nowMillis: 21_900, idleMillis: 10_000, absoluteMillis: 100_000) == nil)
        #expect(try await first.touchSession(tokenHash: "h1", nowMillis: 1_000, idleMillis: 10_000, absoluteMillis: 100_000) == nil)
        // The absolute limit holds however active the session is.
        try await first.insertSession(tokenHash: "h2", username: "analyst", nowMillis: 0)
        #expect(try await second.touchSession(tokenHash: "h2", nowMillis: 5_000, idleMillis: 10_000, absoluteMillis: 6_000) == "analyst")
        #expect(try await second.touchSession(tokenHash: "h2", nowMillis: 6_000, idleMillis: 10_000, absoluteMillis: 6_000) == nil)
        // Logging out on one ends it on all.
        try await first.insertSession(tokenHash: "h3", username: "analyst", nowMillis: 0)
        try await second.deleteSession(tokenHash: "h3")
        #expect(try await first.touchSession(tokenHash: "h3", nowMillis: 1, idleMillis: 10_000, absoluteMillis: 100_000) == nil)
        #expect(try await first.touchSession(tokenHash: "forged", nowMillis: 1, idleMillis: 10_000, absoluteMillis: 100_000) == nil)
    }

    static func loginFailuresCountAcrossInstances(_ first: any Storage, _ second: any Storage) async throws {
        let pause: @Sendable (Int) -> Int64? = { $0 >= 3 ? 30_000 : nil }
        // Concurrent failures on both handles all count.
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<4 {
                let storage = index.isMultiple(of: 2) ? first : second
                group.addTask { try await storage.recordLoginFailure(username: "analyst", nowMillis: 1_000, pause: pause) }
            }
            var counts: [Int] = []
            for try await count in group { counts.append(count) }
            #expect(counts.sorted() == [1, 2, 3, 4])
        }
        #expect(try await second.loginPausedUntil(username: "analyst") == 31_000)
        try await first.clearLoginFailures(username: "analyst")
        #expect(try await second.loginPausedUntil(username: "analyst") == nil)
    }

    static func visitorSaltIsSharedAndForgotten(_ first: any Storage, _ second: any Storage) async throws {
        let salt = try await first.salt(for: day, candidate: [1, 2])
        #expect(salt == [1, 2])
        #expect(try await second.salt(for: day, candidate: [3, 4]) == [1, 2])  // first writer wins
        #expect(try await first.insertSeen(day: day, key: [9, 9]))
        #expect(try await !second.insertSeen(day: day, key: [9, 9]))
        #expect(try await second.seenCount(day: day) == 1)
        try await second.forgetDays(before: day.adding(days: 1))
        #expect(try await first.seenCount(day: day) == 0)
        #expect(try await first.salt(for: day, candidate: [5]) == [5])
    }

    /// The live shared-state schema is exactly the reviewed one: no address, agent,
    /// device or time-of-request column can slip in unnoticed.
    static func schemaIsExactlyTheReviewedOne(_ columns: [String: [String]]) {
        let expected: [String: [String]] = [
            "accounts": ["username", "password_hash"],
            "audit_log": ["id", "at", "username", "action", "detail"],
            "sessions": ["token_hash", "username", "created_ms", "last_seen_ms"],
            "login_failures": ["username", "failures", "paused_until_ms"],
            "visitor_salts": ["day", "salt"],
            "visitor_seen": ["day", "key"],
            "annotations": ["id", "day", "text", "author"],
            "panel_links": ["id", "token_hash", "first_day", "last_day", "expires_ms", "created_by", "revoked"],
        ]
        #expect(columns == expected)
    }
}
