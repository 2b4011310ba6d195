import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

/// Staff notes on the chart and read-only panel links, over a real loopback socket.
@Suite struct NotesAndPanelLinkTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The session's CSRF token, read from a signed-in page's forms.
    static func csrf(_ client: some TestClientProtocol, cookie: String) async throws -> String {
        let page = try await client.execute(uri: "/dashboard?range=7d", method: .get, headers: [.cookie: cookie])
        let marker = "name=\"csrf\" value=\""
        let start = try #require(page.text.range(of: marker)?.upperBound)
        return String(page.text[start...].prefix(64))
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, cookie: String?, _ body: String) async throws -> TestResponse {
        var headers = form
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func notesShowOnTheChartAndInExportsAndAreAudited() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("childline", 20)
        try await fixture.app.test(.live) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let token = try await Self.csrf(client, cookie: cookie)
            let forged = try await Self.post(client, "/dashboard/notes", cookie: cookie, "csrf=nope&day=2026-11-25&text=x&back=range%3D7d")
            #expect(forged.status == .forbidden)
            let twoLines = try await Self.post(
                client, "/dashboard/notes", cookie: cookie, "csrf=\(token)&day=2026-11-25&text=a%0Ab&back=range%3D7d")
            #expect(twoLines.status == .badRequest)
            let added = try await Self.post(
                client, "/dashboard/notes", cookie: cookie,
                "csrf=\(token)&day=2026-11-25&text=Safer+Internet+Day+assembly+in+12+schools+%3Cb%3E&back=range%3D7d")
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/dashboard?range=7d")
            let page = try await client.execute(uri: "/dashboard?range=7d", method: .get, headers: [.cookie: cookie])
            // On the chart (a numbered flag with the words as its title) and listed under it, escaped.
            #expect(page.text.contains("<title>Note 1, 25 Nov 2026: Safer Internet Day assembly in 12 schools &lt;b&gt;</title>"))
            #expect(page.text.contains("25 Nov 2026: Safer Internet Day assembly in 12 schools &lt;b&gt;"))
            #expect(!page.text.contains("schools <b>"))
            let csv = try await client.execute(uri: "/dashboard/export.csv?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(csv.text.contains("note,2026-11-25,Safer Internet Day assembly in 12 schools <b>"))
            let json = try await client.execute(uri: "/dashboard/export.json?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(json.text.contains("\"text\" : \"Safer Internet Day assembly in 12 schools <b>\""))
            // Outside the period: not shown.
            let older = try await client.execute(uri: "/dashboard/export.csv?range=custom&from=2026-10-01&to=2026-10-31", method: .get, headers: [.cookie: cookie])
            #expect(!older.text.contains("note,"))
            let id = try #require(try await fixture.accounts.storage.annotations(in: fixture.server.week).first?.id)
            let removed = try await Self.post(client, "/dashboard/notes/\(id)/delete", cookie: cookie, "csrf=\(token)&back=range%3D7d")
            #expect(removed.status == .seeOther)
            let again = try await Self.post(client, "/dashboard/notes/\(id)/delete", cookie: cookie, "csrf=\(token)&back=range%3D7d")
            #expect(again.status == .notFound)
            // A `back` that tries to leave the dashboard is ignored.
            let sneaky = try await Self.post(
                client, "/dashboard/notes", cookie: cookie, "csrf=\(token)&day=2026-11-25&text=x&back=%2F%2Fevil.example")
            #expect(sneaky.headers[.location] == "/dashboard")
        }
        let actions = try await fixture.accounts.auditLog().map(\.action)
        #expect(actions.prefix(3) == ["annotation_added", "annotation_removed", "export_csv"])
        #expect(actions.filter { $0 == "annotation_added" }.count == 2)
    }

    @Test func aPanelLinkShowsItsPeriodOnlyWithoutAnAccountAndEveryUseIsAudited() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("childline", 20)
        try await LearningPageTests.recordSample(fixture.server.store)
        let path = try await fixture.app.test(.live) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let token = try await Self.csrf(client, cookie: cookie)
            let tooLong = try await Self.post(
                client, "/dashboard/panel-links", cookie: cookie, "csrf=\(token)&from=2026-11-21&to=2026-11-27&days=31")
            #expect(tooLong.status == .badRequest)
            // The fixture's today is 2026-11-27: a period running past it is refused.
            let future = try await Self.post(
                client, "/dashboard/panel-links", cookie: cookie, "csrf=\(token)&from=2026-11-21&to=2026-11-28&days=14")
            #expect(future.status == .badRequest)
            #expect(future.text.contains("end today or earlier"))
            let created = try await Self.post(
                client, "/dashboard/panel-links", cookie: cookie, "csrf=\(token)&from=2026-11-21&to=2026-11-27&days=14")
            #expect(created.status == .created)
            let marker = "<code class=\"new-link\">"
            let start = try #require(created.text.range(of: marker)?.upperBound)
            let path = String(created.text[start...].prefix(while: { $0 != "<" }))
            #expect(path.hasPrefix("/panel/") && path.count == "/panel/".count + 64)
            // The list shows the link, never its token.
            let list = try await client.execute(uri: "/dashboard/panel-links", method: .get, headers: [.cookie: cookie])
            #expect(list.text.contains("21 Nov 2026 to 27 Nov 2026"))
            #expect(!list.text.contains(path))
            return path
        }
        // Only the hash is stored: the token itself is nowhere in the shared state.
        let rawToken = String(path.dropFirst("/panel/".count))
        #expect(try await fixture.accounts.storage.usePanelLink(tokenHash: rawToken, nowMillis: 0, audit: { _ in
            AccountStore.record(username: "t", action: "t") }) == nil)
        try await fixture.app.test(.live) { client in
            // No cookie: the panel sees the overview and learning pages for the fixed period.
            let overview = try await client.execute(uri: path, method: .get)
            #expect(overview.status == .ok)
            #expect(overview.headers[.referrerPolicy] == "no-referrer")
            #expect(overview.text.contains("21 Nov 2026 to 27 Nov 2026"))
            #expect(overview.text.contains("read-only view for the Police and Crime Panel"))
            #expect(!overview.text.contains("Sign out"))
            #expect(!overview.text.contains("export.csv"))
            #expect(!overview.text.contains("/dashboard/breakdown"))
            #expect(!overview.text.contains("/dashboard/notes"))
            // Asking for another period changes nothing.
            let other = try await client.execute(uri: path + "?range=all", method: .get)
            #expect(other.text.contains("21 Nov 2026 to 27 Nov 2026"))
            let learning = try await client.execute(uri: path + "/learning", method: .get)
            #expect(learning.status == .ok)
            #expect(learning.text.contains("when they met it again, 82 %"))
            #expect(!learning.text.contains("export.csv"))
            // Nothing else is reachable through the link, and it is no session.
            for uri in [path + "/export.csv", path + "/learning/export.csv", path + "/audit", path + "/../dashboard"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status != .ok, "\(uri)")
            }
            for uri in ["/dashboard", "/dashboard/learning", "/dashboard/export.csv?range=all", "/dashboard/panel-links"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .seeOther, "\(uri)")
                #expect(response.headers[.location] == "/login")
            }
        }
        let audit = try await fixture.accounts.auditLog()
        #expect(audit.filter { $0.action == "panel_link_used" }.count == 3)
        #expect(audit.contains { $0.action == "panel_link_created" && $0.detail == "2026-11-21..2026-11-27 for 14 days" })
    }

    @Test func forgedExpiredAndRevokedLinksGetTheSamePlain404() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        let storage = fixture.accounts.storage
        let week = fixture.server.week
        let expiredToken = SessionStore.randomToken(), revokedToken = SessionStore.randomToken()
        _ = try await storage.createPanelLink(
            tokenHash: SessionStore.hash(expiredToken), days: week, expiresMillis: WallClock.millis() - 1, createdBy: "opcc",
            audit: AccountStore.record(username: "opcc", action: "panel_link_created"))
        let revoked = try await storage.createPanelLink(
            tokenHash: SessionStore.hash(revokedToken), days: week, expiresMillis: WallClock.millis() + 86_400_000,
            createdBy: "opcc", audit: AccountStore.record(username: "opcc", action: "panel_link_created"))
        let bodies = try await fixture.app.test(.live) { client in
            var bodies: [String] = []
            let before = try await client.execute(uri: "/panel/\(revokedToken)", method: .get)
            #expect(before.status == .ok)
            let cookie = try await DashboardFixture.logIn(client)
            let token = try await Self.csrf(client, cookie: cookie)
            let revoke = try await Self.post(client, "/dashboard/panel-links/\(revoked.id)/revoke", cookie: cookie, "csrf=\(token)")
            #expect(revoke.status == .seeOther)
            for uri in [
                "/panel/\(SessionStore.randomToken())", "/panel/not-even-a-token", "/panel/\(expiredToken)",
                "/panel/\(revokedToken)", "/panel/\(revokedToken)/learning",
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                bodies.append(response.text)
            }
            return bodies
        }
        #expect(Set(bodies).count == 1)
        #expect(bodies.first?.contains("Kash Dash") == false)
        let actions = try await fixture.accounts.auditLog().map(\.action)
        #expect(actions.filter { $0 == "panel_link_used" }.count == 1)  // only the use before revoking
        #expect(actions.contains("panel_link_revoked"))
    }
}
