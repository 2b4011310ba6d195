import KashDashMetrics
import Logging
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The same contract against a real PostgreSQL. Runs only when `KASHDASH_POSTGRES_URL`
/// is set (`.ci/run` and `scripts/server/start-test-postgres.sh` provide one); otherwise
/// the suite is reported as skipped with this reason.
@Suite(
    .serialized,
    .enabled(if: TestPostgres.url != nil, "KASHDASH_POSTGRES_URL is not set; skipping the PostgreSQL store tests"))
struct PostgresMetricsStoreTests {

    func withStore(_ body: @escaping @Sendable (PostgresMetricsStore) async throws -> Void) async throws {
        let store = try await PostgresMetricsStore.connect(url: TestPostgres.url!, logger: Logger(label: "test"))
        defer { store.shutdown() }
        try await store.withExclusiveUse {
            try await store.deleteEverything()
            try await body(store)
        }
    }

    @Test func batchIsStoredOnceAndCounted() async throws { try await withStore(StoreContract.batchIsStoredOnceAndCounted) }
    @Test func serverEventsFeedHeadlinesWithBotsApart() async throws { try await withStore(StoreContract.serverEventsFeedHeadlinesWithBotsApart) }
    @Test func rangesAndDailySeriesRespectDays() async throws { try await withStore(StoreContract.rangesAndDailySeriesRespectDays) }
    @Test func expiryDropsRawRowsButKeepsAggregates() async throws { try await withStore(StoreContract.expiryDropsRawRowsButKeepsAggregates) }
    @Test func concurrentWritersAllCommit() async throws { try await withStore(StoreContract.concurrentWritersAllCommit) }
    @Test func sameBatchIDInOneGroupIsStoredOnce() async throws { try await withStore(StoreContract.sameBatchIDInOneGroupIsStoredOnce) }
    @Test func learningCountsAnswersByBucketAndVerdict() async throws { try await withStore(StoreContract.learningCountsAnswersByBucketAndVerdict) }
    @Test func learningOverMonthsCountsEveryDayOnce() async throws { try await withStore(StoreContract.learningOverMonthsCountsEveryDayOnce) }
    @Test func languageCountsKeepDayKindAndLanguageOnly() async throws { try await withStore(StoreContract.languageCountsKeepDayKindAndLanguageOnly) }
    @Test func schemaHasNoTrackingColumns() async throws {
        try await withStore { StoreContract.schemaHasNoTrackingColumns(try await $0.schemaColumns()) }
    }
}

/// The test database, from the environment.
enum TestPostgres {
    static var url: String? { ProcessInfo.processInfo.environment["KASHDASH_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The database beside the shared one that only the migration test uses
    /// (`scripts/server/start-test-postgres.sh` makes both): dropping every table in the
    /// shared database would race suites whose `connect` migrates before taking the lock.
    static var migrationURL: String? {
        guard let url, let slash = url.lastIndex(of: "/") else { return nil }
        let rest = url[url.index(after: slash)...]
        let name = rest.prefix { $0 != "?" }
        return url[...slash] + name + "_migration" + rest.dropFirst(name.count)
    }
}
