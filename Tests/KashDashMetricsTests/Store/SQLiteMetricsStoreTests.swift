import GRDB
import KashDashMetrics
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct SQLiteMetricsStoreTests {
    func makeStore() throws -> SQLiteMetricsStore { try SQLiteMetricsStore(writer: DatabaseQueue()) }

    @Test func batchIsStoredOnceAndCounted() async throws { try await StoreContract.batchIsStoredOnceAndCounted(makeStore()) }
    @Test func serverEventsFeedHeadlinesWithBotsApart() async throws { try await StoreContract.serverEventsFeedHeadlinesWithBotsApart(makeStore()) }
    @Test func rangesAndDailySeriesRespectDays() async throws { try await StoreContract.rangesAndDailySeriesRespectDays(makeStore()) }
    @Test func expiryDropsRawRowsButKeepsAggregates() async throws { try await StoreContract.expiryDropsRawRowsButKeepsAggregates(makeStore()) }
    @Test func concurrentWritersAllCommit() async throws { try await StoreContract.concurrentWritersAllCommit(makeStore()) }
    @Test func sameBatchIDInOneGroupIsStoredOnce() async throws { try await StoreContract.sameBatchIDInOneGroupIsStoredOnce(makeStore()) }
    @Test func learningCountsAnswersByBucketAndVerdict() async throws { try await StoreContract.learningCountsAnswersByBucketAndVerdict(makeStore()) }
    @Test func learningOverMonthsCountsEveryDayOnce() async throws { try await StoreContract.learningOverMonthsCountsEveryDayOnce(makeStore()) }
    @Test func languageCountsKeepDayKindAndLanguageOnly() async throws { try await StoreContract.languageCountsKeepDayKindAndLanguageOnly(makeStore()) }

    @Test func schemaHasNoTrackingColumns() async throws {
        StoreContract.schemaHasNoTrackingColumns(try await makeStore().schemaColumns())
    }

    /// The forbidden-column check itself must bite, or it proves nothing.
    @Test func schemaCheckCatchesATrackingColumn() {
        let findings = ["ip", "remote_address", "user_agent", "device_id", "install_id", "created_at", "event_time"]
            .flatMap(StoreContract.trackingFragments(in:))
        #expect(Set(findings).isSuperset(of: ["ip", "addr", "user_agent", "device", "install", "time", "created"]))
        #expect(StoreContract.trackingFragments(in: "shipping").isEmpty, "a short fragment bites only as a whole word")
    }

    @Test func fileStoreSurvivesReopeningAndPassesIntegrityCheck() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-metrics-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("metrics.sqlite").path
        do {
            let store = try SQLiteMetricsStore(path: path)
            try await store.record([StoreContract.click("childline")])
            #expect(try await store.record(EventBatch(batchID: "file-batch-1", events: [StoreContract.click("childline").asLinkShown])) == .recorded(1))
        }
        let reopened = try SQLiteMetricsStore(path: path)
        #expect(try await reopened.rawEventCount() == 2)
        #expect(try await reopened.integrityCheck() == "ok")
        #expect(try await reopened.record(EventBatch(batchID: "file-batch-1", events: [StoreContract.click("childline").asLinkShown])) == .duplicate)
        let mode = try await DatabasePool(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}
