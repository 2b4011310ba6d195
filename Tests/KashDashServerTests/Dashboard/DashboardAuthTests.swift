import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

@testable import KashDashServer

@Suite struct DashboardAuthTests {
    @Test(arguments: ["/dashboard", "/dashboard/export.csv", "/dashboard/export.json", "/dashboard/breakdown/link"])
    func everyPageAndExportNeedsALogin(uri: String) async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login")
            #expect(!response.text.contains("downloads"))
            let forged = try await client.execute(uri: uri, method: .get, headers: [.cookie: "kd_session=0123456789abcdef"])
            #expect(forged.status == .seeOther)
        }
    }

    @Test func loginSetsAHardenedSessionCookieAndIsAudited() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let response = try await DashboardFixture.postLogin(client)
            #expect(response.status == .seeOther)
            let session = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("kd_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Strict"))
            #expect(!session.contains("Secure"))
            let cookie = String(session.prefix(while: { $0 != ";" }))
            let page = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            #expect(page.text.contains("Signed in as opcc"))
        }
        #expect(try await fixture.accounts.auditLog().first?.action == "login")
    }

    @Test func secureCookiesWhenServedOverTLS() async throws {
        let fixture = try await DashboardFixture { $0.secureCookies = true }
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let response = try await DashboardFixture.postLogin(client)
            let session = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("kd_session=") })
            #expect(session.contains("Secure"))
        }
    }

    @Test func wrongPasswordIs401AndAudited() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let response = try await DashboardFixture.postLogin(client, password: "not the password")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("do not match"))
            #expect(response.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("kd_session=") })
        }
        #expect(try await fixture.accounts.auditLog().first?.action == "login_failed")
    }

    @Test func missingOrForgedLoginCSRFIsRefused() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let forged = try await DashboardFixture.postLogin(client, token: "forged-token-value")
            #expect(forged.status == .forbidden)
            let noCookie = try await DashboardFixture.postLogin(client, cookie: "")
            #expect(noCookie.status == .forbidden)
            let missing = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "username=opcc&password=x"))
            #expect(missing.status == .forbidden)
        }
        // Refused before the password is even looked at: no login, and no failed login either
        // (only the fixture's own account_added is in the log).
        #expect(try await fixture.accounts.auditLog().map(\.action) == ["account_added"])
    }

    @Test func repeatedFailuresPauseEvenTheRightPassword() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            for _ in 0..<3 {
                #expect(try await DashboardFixture.postLogin(client, password: "guess guess guess").status == .unauthorized)
            }
            let paused = try await DashboardFixture.postLogin(client)
            #expect(paused.status == .tooManyRequests)
            #expect(paused.headers[.retryAfter] != nil)
            #expect(paused.text.contains("Please wait"))
        }
    }

    @Test func logoutNeedsTheSessionCSRFTokenAndEndsTheSession() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            let marker = "name=\"csrf\" value=\""
            let start = try #require(page.text.range(of: marker)?.upperBound)
            let token = String(page.text[start...].prefix(while: { $0 != "\"" }))
            let form: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]

            let forged = try await client.execute(uri: "/logout", method: .post, headers: form, body: ByteBuffer(string: "csrf=nope"))
            #expect(forged.status == .forbidden)
            #expect(try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie]).status == .ok)

            let real = try await client.execute(uri: "/logout", method: .post, headers: form, body: ByteBuffer(string: "csrf=\(token)"))
            #expect(real.status == .seeOther)
            #expect(try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie]).status == .seeOther)
        }
        #expect(try await fixture.accounts.auditLog().first?.action == "logout")
    }

    @Test func expiredSessionsGoBackToLogin() async throws {
        let fixture = try await DashboardFixture(sessionIdleTimeout: .zero)
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let response = try await client.execute(uri: "/dashboard", method: .get, headers: [.cookie: cookie])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login")
        }
    }

    @Test func accountsRefuseWeakPasswordsAndBadNames() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        await #expect(throws: AccountStore.AccountError.passwordTooShort) { try await fixture.accounts.add(username: "new", password: "short") }
        await #expect(throws: AccountStore.AccountError.invalidUsername) { try await fixture.accounts.add(username: "Bad Name", password: DashboardFixture.password) }
        await #expect(throws: AccountStore.AccountError.exists) { try await fixture.accounts.add(username: "opcc", password: DashboardFixture.password) }
        #expect(try await fixture.accounts.list() == ["opcc"])
        try await fixture.accounts.remove(username: "opcc")
        #expect(try await fixture.accounts.list().isEmpty)
        #expect(try await !fixture.accounts.verify(username: "opcc", password: DashboardFixture.password))
    }

    @Test func passwordsAreStoredOnlyAsSlowSaltedHashes() {
        let hasher = PasswordHasher(iterations: 1000)
        let first = hasher.hash("correct horse battery staple")
        let second = hasher.hash("correct horse battery staple")
        #expect(first != second)  // salted
        #expect(first.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(!first.contains("horse"))
        #expect(hasher.verify("correct horse battery staple", against: first))
        #expect(!hasher.verify("correct horse battery stapler", against: first))
        #expect(PasswordHasher().iterations >= 600_000)
    }
}
