import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

@testable import KashDashServer

@Suite struct AdviceLinkRedirectTests {
    @Test func knownLinkRedirectsWith302NoStoreAndIsCounted() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/go/thinkuknow?src=kiosk&level=tell-an-adult", method: .get, headers: [.userAgent: "Mozilla/5.0"])
            #expect(response.status == .found)
            #expect(response.headers[.location] == "https://www.thinkuknow.co.uk/")
            #expect(response.headers[.cacheControl] == "no-store")
        }
        #expect(try await server.totals().adviceClicks == 1)
        #expect(try await server.store.breakdown(.source, in: server.week) == [BreakdownRow(key: "kiosk", count: 1)])
        #expect(try await server.store.breakdown(.level, in: server.week) == [BreakdownRow(key: "tell-an-adult", count: 1)])
    }

    @Test func unknownParameterValuesAreDroppedNotStored() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/go/childline?src=phone&level=not-a-level&extra=%3Cscript%3E", method: .get, headers: [.userAgent: "Mozilla/5.0"])
            #expect(response.status == .found)
            #expect(response.headers[.location] == "https://www.childline.org.uk/")
        }
        #expect(try await server.store.breakdown(.source, in: server.week) == [BreakdownRow(key: "", count: 1)])
        #expect(try await server.store.breakdown(.level, in: server.week) == [BreakdownRow(key: "", count: 1)])
    }

    @Test(arguments: ["/go/evil", "/go/https%3A%2F%2Fevil.example", "/go/THINKUKNOW", "/go/..%2Fthinkuknow"])
    func unknownLinkGetsAFriendlyPageAndNeverRedirects(uri: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.location] == nil)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(response.text.contains("tell a trusted adult"))
        }
        #expect(try await server.totals().adviceClicks == 0)
    }

    @Test func botsAreCountedApart() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            _ = try await client.execute(uri: "/go/childline", method: .get, headers: [.userAgent: "Googlebot/2.1"])
            _ = try await client.execute(uri: "/go/childline", method: .get, headers: [.userAgent: "Mozilla/5.0 (X11; Linux x86_64)"])
        }
        let totals = try await server.totals()
        #expect(totals.adviceClicks == 1)
        #expect(totals.botAdviceClicks == 1)
    }

    @Test func veryLongURLsGet414() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/go/childline?level=" + String(repeating: "a", count: 5000), method: .get)
            #expect(response.status == .uriTooLong)
            #expect(response.text.contains("uri_too_long"))
            let after = try await client.execute(uri: "/go/childline", method: .get)
            #expect(after.status == .found)
        }
        #expect(try await server.totals().adviceClicks + server.totals().botAdviceClicks == 1)
    }
}
