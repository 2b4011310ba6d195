/// Recognises well-known crawlers and link checkers by user agent, so they are counted
/// apart. The user agent is read here and never stored.
public struct BotDetector: Sendable {
    /// Lower-case fragments that mark an automated client.
    public static let defaultMarkers = [
        "bot", "crawl", "spider", "slurp", "facebookexternalhit", "embedly", "preview",
        "monitor", "pingdom", "headlesschrome", "python-requests", "go-http-client", "scrapy",
        "httpclient", "linkcheck", "validator",
    ]

    public let markers: [String]
    /// `markers` as bytes, converted once rather than on every redirect.
    private let markerBytes: [[UInt8]]

    public init(markers: [String] = BotDetector.defaultMarkers) {
        self.markers = markers
        markerBytes = markers.map { Array($0.lowercased().utf8) }
    }

    public func isBot(userAgent: String?) -> Bool {
        // No user agent at all is almost always a script.
        guard let userAgent, !userAgent.isEmpty else { return true }
        // ASCII byte search: this runs on every redirect, and String searching is slow.
        let lower = userAgent.utf8.prefix(512).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return markerBytes.contains { Self.contains(lower, $0) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var index = 1
            while index < needle.count && haystack[start + index] == needle[index] { index += 1 }
            if index == needle.count { return true }
        }
        return false
    }
}
