import GRDB
import KashDashMetrics
import Logging
import Testing

/// The shared-state contract on one in-memory SQLite database (two handles on one queue).
@Suite struct SQLiteSharedStateTests {
    func pair() throws -> (SQLiteSharedState, SQLiteSharedState) {
        let database = try DatabaseQueue()
        return (try SQLiteSharedState(writer: database), try SQLiteSharedState(writer: database))
    }

    @Test func anAccountAddedOnOneWorksOnTheOther() async throws { let (a, b) = try pair(); try await SharedStateContract.anAccountAddedOnOneWorksOnTheOther(a, b) }
    @Test func sessionsAreSharedAndExpire() async throws { let (a, b) = try pair(); try await SharedStateContract.sessionsAreSharedAndExpire(a, b) }
    @Test func loginFailuresCountAcrossInstances() async throws { let (a, b) = try pair(); try await SharedStateContract.loginFailuresCountAcrossInstances(a, b) }
    @Test func visitorSaltIsSharedAndForgotten() async throws { let (a, b) = try pair(); try await SharedStateContract.visitorSaltIsSharedAndForgotten(a, b) }
    @Test func annotationsAreSharedAndAudited() async throws { let (a, b) = try pair(); try await SharedStateContract.annotationsAreSharedAndAudited(a, b) }
    @Test func panelLinksAreSharedExpireAndRevoke() async throws { let (a, b) = try pair(); try await SharedStateContract.panelLinksAreSharedExpireAndRevoke(a, b) }
    @Test func removingAnAccountRevokesItsPanelLinks() async throws { let (a, b) = try pair(); try await SharedStateContract.removingAnAccountRevokesItsPanelLinks(a, b) }
    @Test func schemaIsExactlyTheReviewedOne() async throws {
        SharedStateContract.schemaIsExactlyTheReviewedOne(try await pair().0.schemaColumns())
    }
}

/// The same contract on PostgreSQL, with two separate connection pools as two instances
/// would have.
@Suite(
    .serialized,
    .enabled(if: TestPostgres.url != nil, "KASHDASH_POSTGRES_URL is not set; skipping the PostgreSQL shared-state tests"))
struct PostgresSharedStateTests {
    func withPair(_ body: @escaping @Sendable (PostgresSharedState, PostgresSharedState) async throws -> Void) async throws {
        let logger = Logger(label: "test")
        // The metrics store's lock keeps suites sharing the test database in turn.
        let lockHolder = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: logger)
        defer { lockHolder.shutdown() }
        try await lockHolder.withExclusiveUse {
            let first = try await PostgresSharedState.connect(url: TestPostgres.url!, logger: logger)
            let second = try await PostgresSharedState.connect(url: TestPostgres.url!, logger: logger)
            defer { first.shutdown(); second.shutdown() }
            try await first.deleteEverything()
            try await body(first, second)
        }
    }

    @Test func anAccountAddedOnOneWorksOnTheOther() async throws { try await withPair(SharedStateContract.anAccountAddedOnOneWorksOnTheOther) }
    @Test func sessionsAreSharedAndExpire() async throws { try await withPair(SharedStateContract.sessionsAreSharedAndExpire) }
    @Test func loginFailuresCountAcrossInstances() async throws { try await withPair(SharedStateContract.loginFailuresCountAcrossInstances) }
    @Test func visitorSaltIsSharedAndForgotten() async throws { try await withPair(SharedStateContract.visitorSaltIsSharedAndForgotten) }
    @Test func annotationsAreSharedAndAudited() async throws { try await withPair(SharedStateContract.annotationsAreSharedAndAudited) }
    @Test func panelLinksAreSharedExpireAndRevoke() async throws { try await withPair(SharedStateContract.panelLinksAreSharedExpireAndRevoke) }
    @Test func removingAnAccountRevokesItsPanelLinks() async throws { try await withPair(SharedStateContract.removingAnAccountRevokesItsPanelLinks) }
    @Test func schemaIsExactlyTheReviewedOne() async throws {
        try await withPair { first, _ in SharedStateContract.schemaIsExactlyTheReviewedOne(try await first.schemaColumns()) }
    }

    @Test func aWrongPasswordIsOneLineWithoutThePassword() async throws {
        let url = TestPostgres.url!.replacingOccurrences(of: "kashdash:kashdash@", with: "kashdash:not-the-secret@")
        do {
            _ = try await PostgresSharedState.connect(url: url, logger: Logger(label: "test"))
            Issue.record("connected with a wrong password")
        } catch let error as MetricsStoreError {
            #expect(!error.message.contains("not-the-secret"))
            #expect(!error.message.contains("\n"))
            #expect(error.message.contains("28P01") || error.message.contains("password"))
        }
    }
}
