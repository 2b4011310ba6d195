import Hummingbird
import KashDashMetrics

/// `GET /go/<link-id>?src=desktop|kiosk|web&level=<id>`: the advice-link redirect.
///
/// Answers 302 with `Cache-Control: no-store` (a cached 301 would hide later clicks) and
/// only ever to a URL from the catalogue, so it cannot be used as an open redirect.
/// The click is committed to the store before the redirect is sent. Query values that
/// are not known (a source outside the three, a level not in the pack) are dropped.
struct AdviceLinkController: Sendable {
    let catalogue: AdviceLinkCatalogue
    let levels: LevelPack
    let store: any MetricsStore
    let bots: BotDetector
    let clock: any DayClock

    func register(on router: Router<KashDashRequestContext>) {
        router.get("/go/:link") { request, context in try await redirect(request, context) }
    }

    private func redirect(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        let id = context.parameters.get("link") ?? ""
        guard let link = catalogue.link(id: id) else {
            return HTMLPage.response(status: .notFound, html: UnknownLinkPage.html(catalogue: catalogue))
        }
        let query = request.uri.queryParameters
        let source = query["src"].flatMap { EventSource(rawValue: String($0)) }
        let level = query["level"].map(String.init).flatMap { levels.contains(id: $0) ? $0 : nil }
        let event = MetricEvent(
            kind: .adviceClick, day: clock.today(), source: source, level: level, link: link.id,
            isBot: bots.isBot(userAgent: request.headers[.userAgent]))
        do {
            try await store.record([event])
        } catch {
            // Still send the child on: the advice matters more than the count.
            context.logger.error("could not record advice click", metadata: ["error": "\(error)"])
        }
        return Response(
            status: .found,
            headers: [.location: link.url, .cacheControl: "no-store", .referrerPolicy: "no-referrer"])
    }
}
