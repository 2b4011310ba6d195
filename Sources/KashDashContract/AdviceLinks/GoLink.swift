/// The content server's counting redirect, `/go/<link id>?src=<source>&level=<level id>&lang=<tag>`:
/// built by the game, parsed by the server. The server counts the click and answers 302 to
/// the catalogue's URL for the id.
public enum GoLink {
    /// The path prefix; the link id follows it.
    public static let pathPrefix = "/go/"
    /// The query key naming where the click came from (an `EventSource`).
    public static let sourceKey = "src"
    /// The query key naming the level the link was shown after.
    public static let levelKey = "level"
    /// The query key naming the language the game was played in (`Language.tag`).
    public static let languageKey = "lang"

    /// The path for a link id, e.g. `/go/childline` (ids are catalogue ids: nothing to escape).
    public static func path(linkID: String) -> String { pathPrefix + percentEscaped(linkID) }

    /// The full address the game opens: `base` (e.g. `https://kashdash.example/`, trailing
    /// slashes ignored) with the path and query.
    /// `language` is left out when nil (and by games from before languages).
    public static func url(base: String, linkID: String, source: EventSource, level: String, language: Language? = nil) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        let languagePair = language.map { "&\(languageKey)=\($0.tag)" } ?? ""
        return base + path(linkID: linkID) + "?\(sourceKey)=\(source.rawValue)&\(levelKey)=\(percentEscaped(level))" + languagePair
    }

    /// Percent-escapes everything but RFC 3986 unreserved characters.
    public static func percentEscaped(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
