/// The parts of a `/go/<id>?src=…&level=…` request target the fast path needs, read
/// straight from the bytes (no URI object, no query dictionary, no Character walking).
///
/// Deliberately narrow: a query with anything to decode (`%`, `+`) or anything unusual
/// (a nested path, a fragment) is not parsed here and goes to the router, whose general
/// parser handles it. Children's clients send plain ids and values, so nearly every click
/// takes the narrow way. The id may hold percent escapes: `AdviceClickResolver` normalises
/// encoded unreserved characters, so both paths count `/go/%63hildline` as `childline`.
struct AdviceRedirectTarget: Equatable {
    var linkID: Substring
    var source: Substring?
    var level: Substring?

    init?(_ target: String) {
        // Offsets found on the raw bytes; Substrings are cut once at the end.
        var target = target
        guard let found = target.withUTF8({ Self.offsets(in: $0) }) else { return nil }
        func slice(_ range: Range<Int>) -> Substring {
            let utf8 = target.utf8
            return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        linkID = slice(found.id)
        source = found.source.map(slice)
        level = found.level.map(slice)
    }

    private static let prefix: [UInt8] = Array("/go/".utf8)

    private static func offsets(in bytes: UnsafeBufferPointer<UInt8>) -> (id: Range<Int>, source: Range<Int>?, level: Range<Int>?)? {
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
        // The first value of each key wins, as in the router's query dictionary.
        var pairStart = idEnd + 1
        while pairStart < bytes.count {
            var pairEnd = pairStart
            while pairEnd < bytes.count && bytes[pairEnd] != UInt8(ascii: "&") { pairEnd += 1 }
            var equals = pairStart
            while equals < pairEnd && bytes[equals] != UInt8(ascii: "=") { equals += 1 }
            let key = UnsafeBufferPointer(rebasing: bytes[pairStart..<equals])
            let value = equals < pairEnd ? (equals + 1)..<pairEnd : pairEnd..<pairEnd
            if source == nil, key.elementsEqual("src".utf8) {
                source = value
            } else if level == nil, key.elementsEqual("level".utf8) {
                level = value
            }
            pairStart = pairEnd + 1
        }
        return (prefix.count..<idEnd, source, level)
    }
}
