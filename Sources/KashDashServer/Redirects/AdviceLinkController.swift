import Hummingbird
import KashDashContract
import KashDashMetrics

/// `GET /go/<link-id>?src=desktop|kiosk|kiosk-qr|web&level=<id>&lang=en|cy|pl|ur`: the advice-link redirect.
///
/// Answers 302 with `Cache-Control: no-store` (a cached 301 would hide later clicks) and
/// only ever to a URL from the catalogue, so it cannot be used as an open redirect.
/// The click is committed to the store before the redirect is sent.
///
/// On a live server most clicks never reach this route: `AdviceRedirectChannelHandler`
/// answers known links on the event loop. This route serves everything else (unknown or
/// percent-encoded ids, over-long URLs) and the router-level tests.
struct AdviceLinkController: Sendable {
    let resolver: AdviceClickResolver
    let store: any MetricsStore

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        // The catalogue is fixed at start-up, so the friendly 404 page is built once.
        let unknownLinkPage = UnknownLinkPage.html(catalogue: resolver.catalogue)
        let path = RouterPath(GoLink.pathPrefix + ":link")
        router.get(path) { request, context in
            try await redirect(request, context, unknownLinkPage: unknownLinkPage, counts: true)
        }
        // The same answer, counting nothing: link checkers and uptime monitors send HEAD.
        router.head(path) { request, context in
            try await redirect(request, context, unknownLinkPage: unknownLinkPage, counts: false)
        }
    }

    private func redirect(
        _ request: Request, _ context: KashDashRequestContext, unknownLinkPage: String, counts: Bool
    ) async throws -> Response {
        let id = context.parameters.get("link") ?? ""
        let query = request.uri.queryParameters
        guard let click = resolver.click(
            linkID: id, source: query[Substring(GoLink.sourceKey)], level: query[Substring(GoLink.levelKey)],
            language: query[Substring(GoLink.languageKey)], userAgent: request.headers[.userAgent])
        else {
            return HTMLPage.response(status: .notFound, html: unknownLinkPage)
        }
        guard counts else { return Response(status: .found, headers: AdviceRedirectResponse.headers(for: click.link)) }
        do {
            try await store.record([click.event])
        } catch {
            // Still send the child on: the advice matters more than the count.
            context.logger.error("could not record advice click", metadata: ["error": "\(error)"])
        }
        return Response(status: .found, headers: AdviceRedirectResponse.headers(for: click.link))
    }
}

/// The redirect's headers, the same from the route and from the fast path.
enum AdviceRedirectResponse {
    static func headers(for link: AdviceLink) -> HTTPFields {
        [.location: link.url, .cacheControl: "no-store", .referrerPolicy: "no-referrer"]
    }
}
