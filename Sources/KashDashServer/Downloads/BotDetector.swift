/// Recognises well-known crawlers and link checkers by user agent, so they are counted
/// apart. The user agent is read here and never stored.
public struct BotDetector: Sendable {
    /// Lower-case fragments that mark an automated client.
    public var markers: [String] = [
        "bot", "crawl", "spider", "slurp", "facebookexternalhit", "embedly", "preview",
        "monitor", "pingdom", "headlesschrome", "python-requests", "go-http-client", "scrapy",
        "httpclient", "linkcheck", "validator",
    ]

    public init() {}

    public func isBot(userAgent: String?) -> Bool {
        // No user agent at all is almost always a script.
        guard let userAgent, !userAgent.isEmpty else { return true }
        let lower = userAgent.lowercased()
        return markers.contains { lower.contains($0) }
    }
}
