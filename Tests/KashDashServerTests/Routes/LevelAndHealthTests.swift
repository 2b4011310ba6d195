import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

@Suite struct LevelAndHealthTests {
    @Test func manifestListsEveryLevelWithVersionAndHash() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/levels", method: .get)
            #expect(response.status == .ok)
            let text = response.text
            #expect(text.contains(#""id":"passwords""#))
            #expect(text.contains(#""id":"tell-an-adult""#))
            #expect(text.contains(#""version":3"#))
            // SHA-256 of the fixture script, worked out independently (sha256sum).
            #expect(text.contains(#""sha256":"53ddb6b8eb4f9a9ac4c532f14b8b685e0be3d8589359c1b014eeb996820b6fb7""#))
        }
    }

    @Test func scriptIsServedWithItsHashAsETag() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/levels/tell-an-adult", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix("-- lesson one"))
            let etag = try #require(response.headers[.eTag])
            #expect(try await client.execute(uri: "/api/v1/levels/tell-an-adult", method: .get, headers: [.ifNoneMatch: etag]).status == .notModified)
            let missing = try await client.execute(uri: "/api/v1/levels/nope", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("no_such_level"))
            #expect(try await client.execute(uri: "/api/v1/levels/..%2F..%2Fetc%2Fpasswd", method: .get).status == .notFound)
        }
    }

    @Test func versionIsReadFromTheScript() {
        #expect(LevelPack.declaredVersion(in: Array("version = 12\n".utf8)) == 12)
        #expect(LevelPack.declaredVersion(in: Array("  version=2 -- bumped\n".utf8)) == 2)
        #expect(LevelPack.declaredVersion(in: Array("local versionist = 4\n".utf8)) == 1)
    }

    @Test func healthIsOKWhenTheStoreAnswers() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == #"{"status":"ok"}"#)
        }
    }

    @Test func catalogueRefusesUnsafeTargets() {
        #expect(throws: CatalogueError.self) {
            try AdviceLinkCatalogue(links: [AdviceLink(id: "x", title: "X", url: "javascript:alert(1)", description: "Advice.")])
        }
        #expect(throws: CatalogueError.self) {
            try AdviceLinkCatalogue(links: [AdviceLink(id: "x", title: "X", url: "http://evil.example/", description: "Advice.")])
        }
        #expect(throws: CatalogueError.self) {
            let link = AdviceLink(id: "x", title: "X", url: "https://a.example/", description: "Advice.")
            try AdviceLinkCatalogue(links: [link, link])
        }
    }
}
