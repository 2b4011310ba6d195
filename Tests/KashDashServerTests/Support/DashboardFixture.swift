import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Logging
import Testing

@testable import KashDashServer

/// A `TestServer` with the dashboard switched on and one account, `opcc`.
struct DashboardFixture {
    static let password = "correct horse battery staple"
    let server: TestServer
    let accounts: AccountStore
    let app: Application<RouterResponder<KashDashRequestContext>>

    init(sessionIdleTimeout: Duration = .seconds(1800), configure: (inout ServerConfiguration) -> Void = { _ in }) async throws {
        server = try TestServer(configure: configure)
        accounts = try AccountStore(writer: DatabaseQueue(), hasher: PasswordHasher(iterations: 1000))
        try await accounts.add(username: "opcc", password: Self.password)
        var dependencies = server.dependencies
        dependencies.dashboard = try await DashboardDependencies.load(
            accounts: accounts, sessionIdleTimeout: sessionIdleTimeout, failedLoginsBeforePause: 3)
        app = Application(router: buildRouter(configuration: server.configuration, dependencies: dependencies), logger: Logger(label: "test"))
    }

    /// Fetches the login form; returns the CSRF cookie header value and the token.
    static func loginForm(_ client: some TestClientProtocol) async throws -> (cookie: String, token: String) {
        let page = try await client.execute(uri: "/login", method: .get)
        #expect(page.status == .ok)
        let setCookie = try #require(page.headers[.setCookie])
        let cookie = String(setCookie.prefix(while: { $0 != ";" }))
        let token = String(cookie.drop(while: { $0 != "=" }).dropFirst())
        #expect(page.text.contains("value=\"\(token)\""))
        return (cookie, token)
    }

    static func postLogin(_ client: some TestClientProtocol, username: String = "opcc", password: String = password,
                          token: String? = nil, cookie: String? = nil) async throws -> TestResponse {
        let form = try await loginForm(client)
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        headers[.cookie] = cookie ?? form.cookie
        let body = "username=\(username)&password=\(password.replacingOccurrences(of: " ", with: "+"))&csrf=\(token ?? form.token)"
        return try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Logs in and returns the `Cookie` header to send with later requests.
    static func logIn(_ client: some TestClientProtocol) async throws -> String {
        let response = try await postLogin(client)
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/dashboard")
        let setCookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(DashboardController.sessionCookie + "=") })
        return String(setCookie.prefix(while: { $0 != ";" }))
    }

    /// Records `count` advice clicks on `link` today.
    func clicks(_ link: String, _ count: Int, source: EventSource = .desktop) async throws {
        try await server.store.record(Array(repeating: MetricEvent(kind: .adviceClick, day: TestServer.today, source: source, link: link), count: count))
    }
}
