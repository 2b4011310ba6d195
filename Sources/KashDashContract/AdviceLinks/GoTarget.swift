/// The parts of a `/go/<id>?src=…&level=…&lang=…` request target, read straight from its bytes.
///
/// Deliberately narrow: a query with anything to decode (`%`, `+`), a nested path or a
/// fragment is not parsed (`nil`), and the caller hands it to a general URL parser. The id
/// may hold percent escapes and is returned as sent: the reader of the id normalises it
/// with `UnreservedPercentDecoding` (`/go/%63hildline` is `/go/childline`). The
/// game only ever sends plain ids and values (see `GoLink.url`), so nearly every click is
/// read here. The first value of a repeated key wins, as in a router's query dictionary.
public struct GoTarget: Equatable, Sendable {
    public var linkID: Substring
    public var source: Substring?
    public var level: Substring?
    public var language: Substring?

    public init(linkID: Substring, source: Substring? = nil, level: Substring? = nil, language: Substring? = nil) {
        self.linkID = linkID
        self.source = source
        self.level = level
        self.language = language
    }

    public init?(_ target: String) {
        var target = target
        guard let found = target.withUTF8({ Self.offsets(in: $0) }) else { return nil }
        func slice(_ range: Range<Int>) -> Substring {
            let utf8 = target.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return Substring(utf8[start..<utf8.index(start, offsetBy: range.count)])
        }
        linkID = slice(found.id)
        source = found.source.map(slice)
        level = found.level.map(slice)
        language = found.language.map(slice)
    }

    private static let prefix = Array(GoLink.pathPrefix.utf8)
    private static let sourceKey = Array(GoLink.sourceKey.utf8)
    private static let levelKey = Array(GoLink.levelKey.utf8)
    private static let languageKey = Array(GoLink.languageKey.utf8)

    /// Offsets of the id and the three query values, found on the raw bytes.
    public static func offsets(
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> (id: Range<Int>, source: Range<Int>?, level: Range<Int>?, language: Range<Int>?)? {
        guard bytes.count > prefix.count, bytes.starts(with: prefix) else { return nil }
        var idEnd = bytes.count
        for index in prefix.count..<bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "%") where idEnd == bytes.count:
                continue
            case UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "#"):
                return nil
            case UInt8(ascii: "/") where idEnd == bytes.count:
                return nil
            case UInt8(ascii: "?") where idEnd == bytes.count:
                idEnd = index
            default:
                continue
            }
        }
        guard idEnd > prefix.count else { return nil }
        var source: Range<Int>?
        var level: Range<Int>?
        var language: Range<Int>?
        var pairStart = idEnd + 1
        while pairStart < bytes.count {
            var pairEnd = pairStart
            while pairEnd < bytes.count && bytes[pairEnd] != UInt8(ascii: "&") { pairEnd += 1 }
            var equals = pairStart
            while equals < pairEnd && bytes[equals] != UInt8(ascii: "=") { equals += 1 }
            let key = UnsafeBufferPointer(rebasing: bytes[pairStart..<equals])
            let value = equals < pairEnd ? (equals + 1)..<pairEnd : pairEnd..<pairEnd
            if source == nil, key.elementsEqual(sourceKey) {
                source = value
            } else if level == nil, key.elementsEqual(levelKey) {
                level = value
            } else if language == nil, key.elementsEqual(languageKey) {
                language = value
            }
            pairStart = pairEnd + 1
        }
        return (prefix.count..<idEnd, source, level, language)
    }
}
