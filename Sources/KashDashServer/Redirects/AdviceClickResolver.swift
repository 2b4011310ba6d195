import KashDashContract
import KashDashMetrics

/// Turns a `/go/<link-id>?src=…&level=…&lang=…` request into the catalogue URL and the anonymous
/// click to count. Shared by the router's `/go` route and the event-loop fast path, so
/// both validate and store exactly the same thing.
struct AdviceClickResolver: Sendable {
    let catalogue: AdviceLinkCatalogue
    let levels: LevelPack
    let bots: BotDetector
    let clock: any DayClock

    /// A catalogue link and the click to record before redirecting to it.
    struct Click: Sendable {
        var link: AdviceLink
        var event: MetricEvent
    }

    /// `nil` for an id that is not in the catalogue: it gets the friendly 404 page.
    /// Percent-encoded unreserved characters in the id are the plain characters
    /// (`/go/%63hildline` is a click on `childline`, counted once as such).
    /// Query values that are not known (a source outside the four, a level not in the
    /// pack, a language the game is not played in) are dropped rather than stored.
    func click(linkID: String, source: Substring?, level: Substring?, language: Substring?, userAgent: String?) -> Click? {
        guard let link = catalogue.link(id: UnreservedPercentDecoding.normalise(linkID)) else { return nil }
        let source = source.flatMap { EventSource(rawValue: String($0)) }
        let level = level.map(String.init).flatMap { levels.contains(id: $0) ? $0 : nil }
        let language = language.flatMap { Language(rawValue: String($0)) }
        let event = MetricEvent(
            kind: .adviceClick, day: clock.today(), source: source, level: level, link: link.id,
            isBot: bots.isBot(userAgent: userAgent), language: language)
        return Click(link: link, event: event)
    }
}
