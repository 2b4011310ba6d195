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
