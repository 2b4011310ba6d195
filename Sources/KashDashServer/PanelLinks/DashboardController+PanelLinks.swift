import Hummingbird
import KashDashContract
import KashDashMetrics

/// Read-only links for the Police and Crime Panel.
///
/// An analyst creates one for the period on screen; the link carries 256 random bits, of
/// which only the SHA-256 is stored. Opening `/panel/<token>` shows the overview and
/// `/panel/<token>/learning` the learning page for that period only: no period picker, no
/// breakdown pages, no exports, no notes form, no account pages. Every use is audit-logged.
/// An unknown, expired or revoked token gets the same plain 404 page, so a guesser learns
/// nothing about which tokens once existed.
extension DashboardController {
    struct PanelLinkForm: Decodable {
        let csrf: String?
        let from: String?
        let to: String?
        let days: Int?
    }

    func registerPanelLinks(on router: some RouterMethods<KashDashRequestContext>) {
        router.get("/dashboard/panel-links") { request, _ in try await panelLinksPage(request, created: nil) }
        router.post("/dashboard/panel-links") { request, _ in try await createPanelLink(request) }
        router.post("/dashboard/panel-links/:id/revoke") { request, context in try await revokePanelLink(request, context) }
        router.get("/panel/:token") { request, context in try await panelPage(request, context, learning: false) }
        router.get("/panel/:token/learning") { request, context in try await panelPage(request, context, learning: true) }
    }

    // MARK: For analysts (signed in)

    private func panelLinksPage(_ request: Request, created: (link: PanelLink, path: String)?) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let range: ReportRange
        do { range = try parseRange(request) } catch { range = try! ReportRange.parse(preset: "30d", from: nil, to: nil, today: clock.today()) }
        let links = try await accounts.storage.livePanelLinks(nowMillis: WallClock.millis())
        let view = DashboardViews.PanelLinks(
            username: session.username, csrf: session.csrfToken, range: range, links: links, created: created)
        return HTMLPage.response(status: created == nil ? .ok : .created, html: views.render("panel-links", view))
    }

    private func createPanelLink(_ request: Request) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let form = try await decodeForm(PanelLinkForm.self, request)
        guard let sent = form.csrf, Self.same(session.csrfToken, sent) else {
            return messagePage(.forbidden, "Form expired", "The link form was not sent from this site.", back: "/dashboard/panel-links")
        }
        let range: ReportRange
        do {
            range = try ReportRange.parse(preset: "custom", from: form.from, to: form.to, today: clock.today())
        } catch {
            return messagePage(.badRequest, "That link can't be made", error.reason, back: "/dashboard/panel-links")
        }
        // A fixed period means one that has ended: a link whose period ran past today would
        // go on showing figures that arrive after it was sent.
        guard range.days.last <= clock.today() else {
            return messagePage(
                .badRequest, "That link can't be made", "The period must end today or earlier.", back: "/dashboard/panel-links")
        }
        let lifetime = form.days ?? 14
        guard (1...PanelLink.maxLifetimeDays).contains(lifetime) else {
            return messagePage(
                .badRequest, "That link can't be made",
                "A link lasts from 1 to \(PanelLink.maxLifetimeDays) days.", back: "/dashboard/panel-links")
        }
        let token = SessionStore.randomToken()
        let expires = WallClock.millis() + Int64(lifetime) * 86_400_000
        let link = try await accounts.storage.createPanelLink(
            tokenHash: SessionStore.hash(token), days: range.days, expiresMillis: expires, createdBy: session.username,
            audit: AccountStore.record(
                username: session.username, action: "panel_link_created",
                detail: "\(range.days.first.iso)..\(range.days.last.iso) for \(lifetime) days"))
        // The token is shown this once; only its hash is kept.
        return try await panelLinksPage(request, created: (link, "/panel/\(token)"))
    }

    private func revokePanelLink(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let form = try await decodeForm(CSRFForm.self, request)
        guard let sent = form.csrf, Self.same(session.csrfToken, sent) else {
            return messagePage(.forbidden, "Form expired", "The link form was not sent from this site.", back: "/dashboard/panel-links")
        }
        guard let id = context.parameters.get("id").flatMap({ Int($0) }),
            try await accounts.storage.revokePanelLink(id: id, audit: { link in
                AccountStore.record(
                    username: session.username, action: "panel_link_revoked",
                    detail: "link \(link.id), \(link.days.first.iso)..\(link.days.last.iso)")
            }) != nil
        else {
            return messagePage(.notFound, "No such link", "That link was already revoked or has expired.", back: "/dashboard/panel-links")
        }
        return Response(status: .seeOther, headers: [.location: "/dashboard/panel-links", .cacheControl: "no-store"])
    }

    // MARK: For the panel (no account)

    private func panelPage(_ request: Request, _ context: KashDashRequestContext, learning: Bool) async throws -> Response {
        guard let token = context.parameters.get("token"), SessionStore.isWellFormed(token),
            let link = try await accounts.storage.usePanelLink(
                tokenHash: SessionStore.hash(token), nowMillis: WallClock.millis(),
                audit: { link in
                    AccountStore.record(
                        username: "panel-link", action: "panel_link_used",
                        detail: "link \(link.id) by \(link.createdBy): \(learning ? "learning" : "overview")")
                })
        else { return Self.panelNotFound() }
        // The link's own period, whatever the query asks for.
        let range = ReportRange(preset: "custom", days: link.days)
        let path = "/panel/\(token)"
        let html: String
        if learning {
            let report = try await LearningReport.build(range: range, store: store)
            html = views.render("learning", DashboardViews.Learning(report: report, username: nil, csrf: "", path: path + "/learning", overviewLink: path))
        } else {
            let report = try await DashboardReport.build(
                range: range, store: store, notes: try await accounts.storage.annotations(in: range.days))
            html = views.render("dashboard", DashboardViews.Overview(report: report, username: nil, csrf: "", panelPath: path))
        }
        // The token is in the address: keep it out of other sites' logs and search engines.
        return HTMLPage.response(status: .ok, html: html, headers: [.referrerPolicy: "no-referrer", .xRobotsTag: "noindex"])
    }

    /// The same page for a forged, expired or revoked link: nothing to tell them apart.
    static func panelNotFound() -> Response {
        HTMLPage.response(
            status: .notFound,
            html: """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
                <body><h1>Not found</h1><p>There is nothing at this address.</p></body></html>
                """,
            headers: [.referrerPolicy: "no-referrer", .xRobotsTag: "noindex"])
    }
}
