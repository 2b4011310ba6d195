import Hummingbird
import KashDashContract
import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The OPCC dashboard: login/logout, the overview page, breakdown pages and exports.
///
/// Every page and export needs a session. Forms carry a CSRF token: the session's for
/// logout, a double-submit cookie for the login form (there is no session yet). Logins
/// (good and bad), logouts and exports are written to the audit log.
struct DashboardController: Sendable {
    let store: any MetricsStore
    let accounts: AccountStore
    let views: DashboardViews
    let sessions: SessionStore
    let throttle: LoginThrottle
    let clock: any DayClock
    /// Mark cookies `Secure` (set when a TLS proxy fronts the server).
    let secureCookies: Bool

    static let sessionCookie = "kd_session"
    static let loginCSRFCookie = "kd_login_csrf"

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        router.get("/login") { request, _ in try await loginPage(request) }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { request, context in try await logout(request, context) }
        router.get("/dashboard") { request, context in try await overview(request, context) }
        router.get("/dashboard/export.csv") { request, context in try await export(request, context, format: "csv") }
        router.get("/dashboard/export.json") { request, context in try await export(request, context, format: "json") }
        router.get("/dashboard/breakdown/:dimension") { request, context in try await breakdownPage(request, context) }
        registerLearning(on: router)
        registerNotes(on: router)
        registerPanelLinks(on: router)
    }

    // MARK: Login and logout

    private struct LoginForm: Decodable {
        let username: String?
        let password: String?
        let csrf: String?
    }

    struct CSRFForm: Decodable { let csrf: String? }

    private func loginPage(
        _ request: Request, status: HTTPResponse.Status = .ok, username: String = "", message: String? = nil
    ) async throws -> Response {
        if status == .ok, try await sessions.session(token: request.cookies[Self.sessionCookie]?.value) != nil {
            return Response(status: .seeOther, headers: [.location: "/dashboard"])
        }
        let token = SessionStore.randomToken()
        var response = HTMLPage.response(
            status: status, html: views.render("login", DashboardViews.Login(csrf: token, username: username, message: message)))
        response.setCookie(cookie(Self.loginCSRFCookie, token, path: "/login"))
        return response
    }

    private func login(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        let form = try await decodeForm(LoginForm.self, request)
        guard let expected = request.cookies[Self.loginCSRFCookie]?.value, let sent = form.csrf, Self.same(expected, sent) else {
            return messagePage(.forbidden, "Form expired", "This sign-in form has expired or was not sent from this site. Please try again.", back: "/login")
        }
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard AccountStore.isValidUsername(username), let password = form.password, !password.isEmpty else {
            return try await loginPage(request, status: .badRequest, message: "Enter your username and password.")
        }
        if let wait = try await throttle.pauseRemaining(for: username) {
            var response = try await loginPage(request, status: .tooManyRequests, username: username,
                                     message: "Too many failed sign-ins. Please wait \(wait) seconds and try again.")
            response.headers[.retryAfter] = String(wait)
            return response
        }
        guard try await accounts.verify(username: username, password: password) else {
            try await throttle.recordFailure(for: username)
            try await accounts.audit(username: username, action: "login_failed")
            return try await loginPage(request, status: .unauthorized, username: username, message: "That username and password do not match.")
        }
        try await throttle.recordSuccess(for: username)
        try await accounts.audit(username: username, action: "login")
        let token = try await sessions.start(username: username)
        var response = Response(status: .seeOther, headers: [.location: "/dashboard", .cacheControl: "no-store"])
        response.setCookie(cookie(Self.sessionCookie, token, path: "/"))
        response.setCookie(cookie(Self.loginCSRFCookie, "", path: "/login", maxAge: 0))
        return response
    }

    private func logout(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        guard let token = request.cookies[Self.sessionCookie]?.value, let session = try await sessions.session(token: token) else {
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        let form = try await decodeForm(CSRFForm.self, request)
        guard let sent = form.csrf, Self.same(session.csrfToken, sent) else {
            return messagePage(.forbidden, "Form expired", "The sign-out form was not sent from this site.", back: "/dashboard")
        }
        try await sessions.end(token: token)
        try await accounts.audit(username: session.username, action: "logout")
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        response.setCookie(cookie(Self.sessionCookie, "", path: "/", maxAge: 0))
        return response
    }

    // MARK: Pages and exports

    private func overview(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        return try await reportPage(request, session: session, only: nil)
    }

    private func breakdownPage(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        guard let dimension = BreakdownDimension(rawValue: context.parameters.get("dimension") ?? "") else {
            return messagePage(.notFound, "No such breakdown",
                               "Breakdowns are: \(BreakdownDimension.allCases.map(\.rawValue).joined(separator: ", ")).", back: "/dashboard")
        }
        return try await reportPage(request, session: session, only: dimension)
    }

    /// The overview (`only == nil`) or one breakdown's page, for the requested period.
    private func reportPage(
        _ request: Request, session: SessionStore.Session, only dimension: BreakdownDimension?
    ) async throws -> Response {
        let range: ReportRange
        do { range = try parseRange(request) } catch { return messagePage(.badRequest, "That period can't be shown", error.reason, back: "/dashboard") }
        let notes = try await accounts.storage.annotations(in: range.days)
        let report = try await DashboardReport.build(range: range, store: store, only: dimension, notes: notes)
        return HTMLPage.response(status: .ok, html: views.render("dashboard", DashboardViews.Overview(report: report, username: session.username, csrf: session.csrfToken)))
    }

    private func export(_ request: Request, _ context: KashDashRequestContext, format: String) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let range: ReportRange
        do { range = try parseRange(request) } catch { return messagePage(.badRequest, "That period can't be exported", error.reason, back: "/dashboard") }
        let report = try await DashboardReport.build(
            range: range, store: store, notes: try await accounts.storage.annotations(in: range.days))
        try await accounts.audit(username: session.username, action: "export_\(format)", detail: "\(range.days.first.iso)..\(range.days.last.iso)")
        let name = "kashdash-\(range.days.first.iso)-to-\(range.days.last.iso).\(format)"
        let bytes = format == "csv" ? Array(ReportExport.csv(report).utf8) : try ReportExport.json(report)
        return Self.download(bytes, name: name, format: format)
    }

    /// An export as a file download, never cached.
    static func download(_ bytes: [UInt8], name: String, format: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: format == "csv" ? "text/csv; charset=utf-8" : "application/json",
                .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: Helpers

    func currentSession(_ request: Request) async throws -> SessionStore.Session? {
        try await sessions.session(token: request.cookies[Self.sessionCookie]?.value)
    }

    func redirectToLogin() -> Response {
        Response(status: .seeOther, headers: [.location: "/login", .cacheControl: "no-store"])
    }

    func parseRange(_ request: Request) throws(ReportRange.Invalid) -> ReportRange {
        let query = request.uri.queryParameters
        return try ReportRange.parse(
            preset: query["range"].map(String.init), from: query["from"].map(String.init), to: query["to"].map(String.init),
            today: clock.today())
    }

    func messagePage(_ status: HTTPResponse.Status, _ title: String, _ message: String, back: String) -> Response {
        HTMLPage.response(status: status, html: views.render("message", DashboardViews.Message(title: title, message: message, back: back)))
    }

    func decodeForm<Form: Decodable>(_ type: Form.Type, _ request: Request) async throws -> Form {
        let body = try await request.body.collect(upTo: 16 * 1024)
        do {
            return try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))
        } catch {
            throw APIError(.badRequest, code: "bad_form", reason: "the form could not be read")
        }
    }

    /// A hardened cookie; `maxAge: 0` deletes it.
    private func cookie(_ name: String, _ value: String, path: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: path, secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// Constant-time comparison for tokens.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
