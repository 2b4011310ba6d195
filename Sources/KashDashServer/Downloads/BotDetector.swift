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
    /// `markers` as lower-case bytes in 256 slots by first byte, converted once rather
    /// than on every redirect.
    private let markersByFirstByte: [[[UInt8]]]

    public init(markers: [String] = BotDetector.defaultMarkers) {
        self.markers = markers
        var grouped = [[[UInt8]]](repeating: [], count: 256)
        for marker in markers where !marker.isEmpty {
            let bytes = Array(marker.lowercased().utf8)
            grouped[Int(bytes[0])].append(bytes)
        }
        markersByFirstByte = grouped
    }

    public func isBot(userAgent: String?) -> Bool {
        // No user agent at all is almost always a script.
        guard let userAgent, !userAgent.isEmpty else { return true }
        // ASCII byte search in place (no lower-cased copy): this runs on every redirect.
        var text = userAgent
        return text.withUTF8 { bytes in
            let end = min(bytes.count, 512)
            for start in 0..<end {
                for marker in markersByFirstByte[Int(Self.lowercased(bytes[start]))] where start + marker.count <= end {
                    var index = 1
                    while index < marker.count && Self.lowercased(bytes[start + index]) == marker[index] { index += 1 }
                    if index == marker.count { return true }
                }
            }
            return false
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
}
