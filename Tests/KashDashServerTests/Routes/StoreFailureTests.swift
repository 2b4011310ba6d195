import KashDashContract
import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Logging
import Testing

@testable import KashDashServer

@Suite struct StoreFailureTests {
    func app(_ server: TestServer) -> some ApplicationProtocol {
        var dependencies = server.dependencies
        dependencies.store = FailingStore()
        return Application(router: buildRouter(configuration: server.configuration, dependencies: dependencies), logger: Logger(label: "test"))
    }

    @Test func healthIs503WhenTheStoreIsDown() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await app(server).test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.text.contains("store_unavailable"))
        }
    }

    @Test func childrenStillReachAdviceAndDownloadsWhenCountingFails() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await app(server).test(.router) { client in
            let redirect = try await client.execute(uri: "/go/childline", method: .get)
            #expect(redirect.status == .found)
            #expect(redirect.headers[.location] == "https://www.childline.org.uk/")
            let download = try await client.execute(uri: "/download/SHA256SUMS.txt", method: .get, headers: [.userAgent: "Mozilla/5.0"])
            #expect(download.status == .ok)
        }
    }

    @Test func ingestionIsNotAcknowledgedWhenTheCommitFails() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await app(server).test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/events", method: .post, body: ByteBuffer(string: EventIngestionTests.goodBatch))
            #expect(response.status.code >= 500)
        }
    }
}

/// A database that cannot be reached (`MetricsStoreError.unavailable`, what the PostgreSQL
/// store and shared state throw) is 503 with `Retry-After` on every route, never a 500.
@Suite struct StoreUnavailableTests {
    struct UnreachableStore: MetricsStore {
        var down: MetricsStoreError { MetricsStoreError(.unavailable, "PostgreSQL: connectionError") }
        func record(_ batch: EventBatch) async throws -> BatchOutcome { throw down }
        func record(_ events: [MetricEvent]) async throws { throw down }
        func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int { throw down }
        func totals(in range: DayRange) async throws -> HeadlineTotals { throw down }
        func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] { throw down }
        func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] { throw down }
        func checkHealth() async throws { throw down }
        func rawEventCount() async throws -> Int { throw down }
    }

    @Test func ingestionAndHealthAre503WithRetryAfter() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        var dependencies = server.dependencies
        dependencies.store = UnreachableStore()
        let app = Application(router: buildRouter(configuration: server.configuration, dependencies: dependencies), logger: Logger(label: "test"))
        try await app.test(.router) { client in
            let batch = try await client.execute(uri: "/api/v1/events", method: .post, body: ByteBuffer(string: EventIngestionTests.goodBatch))
            #expect(batch.status == .serviceUnavailable)
            #expect(batch.headers[.retryAfter] == "5")
            #expect(batch.text.contains("store_unavailable"))
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(health.headers[.retryAfter] == "5")
            let redirect = try await client.execute(uri: "/go/childline", method: .get)
            #expect(redirect.status == .found)  // counting must not block help
        }
    }
}
