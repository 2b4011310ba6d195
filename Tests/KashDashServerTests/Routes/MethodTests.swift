import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

/// Methods on the router: HEAD wherever GET is served, 405 with `Allow` for a method a
/// known path does not serve, OPTIONS, and the percent-encoded `/go` id (issue 18).
@Suite struct MethodTests {
    @Test(arguments: ["/health", "/api/v1/levels", "/api/v1/levels/passwords", "/download/SHA256SUMS.txt", "/go/childline"])
    func headAnswersWithGETsHeadersAndNoBody(uri: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let get = try await client.execute(uri: uri, method: .get, headers: [.userAgent: "Mozilla/5.0"])
            let head = try await client.execute(uri: uri, method: .head, headers: [.userAgent: "Mozilla/5.0"])
            #expect(head.status == get.status)
            #expect(head.status.code < 400, "\(uri) answered \(head.status)")
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.location] == get.headers[.location])
            #expect(head.body.readableBytes == 0)
        }
    }

    @Test func headOfAGoLinkCountsNoClick() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/go/childline", method: .head, headers: [.userAgent: "Mozilla/5.0"])
            #expect(response.status == .found)
            #expect(response.headers[.location] == "https://www.childline.org.uk/")
        }
        #expect(try await server.totals().adviceClicks == 0)
    }

    @Test(arguments: [
        ("/health", HTTPRequest.Method.delete, "GET, HEAD, OPTIONS"),
        ("/health", .post, "GET, HEAD, OPTIONS"),
        ("/go/childline", .delete, "GET, HEAD, OPTIONS"),
        ("/api/v1/events", .get, "POST, OPTIONS"),
        ("/download/SHA256SUMS.txt", .put, "GET, HEAD, OPTIONS"),
        ("/api/v1/levels/passwords", .post, "GET, HEAD, OPTIONS"),
    ])
    func otherMethodsGet405WithAllow(uri: String, method: HTTPRequest.Method, allow: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: method)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == allow)
            #expect(response.text.contains("method_not_allowed"))
            #expect(response.text.contains("allowed: \(allow)"))
        }
    }

    @Test func optionsListsTheMethods() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/events", method: .options)
            #expect(response.status == .noContent)
            #expect(response.headers[.allow] == "POST, OPTIONS")
        }
    }

    @Test func unknownPathsStay404WhateverTheMethod() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            for method in [HTTPRequest.Method.get, .delete, .options] {
                let response = try await client.execute(uri: "/no/such/page", method: method)
                #expect(response.status == .notFound, "\(method)")
                #expect(response.headers[.allow] == nil)
            }
        }
    }

    @Test(arguments: ["/go/%63hildline", "/go/%63%68%69%6C%64%6c%69%6e%65", "/go/child%6Cine?src=kiosk"])
    func percentEncodedUnreservedCharactersAreThePlainID(uri: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get, headers: [.userAgent: "Mozilla/5.0"])
            #expect(response.status == .found)
            #expect(response.headers[.location] == "https://www.childline.org.uk/")
        }
        #expect(try await server.store.breakdown(.adviceLink, in: server.week) == [BreakdownRow(key: "childline", count: 1)])
    }
}
