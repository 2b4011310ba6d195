/// The parts of a `/go/<id>?src=…&level=…` request target the fast path needs, read
/// straight from the bytes (no URI object, no query dictionary, no Character walking).
///
/// Deliberately narrow: a target with anything to decode (`%`, `+`) or anything unusual
/// (a nested path, a fragment) is not parsed here and goes to the router, whose general
/// parser handles it. Children's clients send plain ids and values, so nearly every click
/// takes the narrow way.
struct AdviceRedirectTarget: Equatable {
    var linkID: Substring
    var source: Substring?
    var level: Substring?

    init?(_ target: String) {
        let bytes = target.utf8
        let prefix = "/go/".utf8
        guard bytes.starts(with: prefix) else { return nil }
        var idEnd = bytes.endIndex
        var queryStart: String.Index?
        for index in bytes.indices.dropFirst(prefix.count) {
            switch bytes[index] {
            case UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "#"):
                return nil
            case UInt8(ascii: "/") where queryStart == nil:
                return nil
            case UInt8(ascii: "?") where queryStart == nil:
                idEnd = index
                queryStart = bytes.index(after: index)
            default:
                continue
            }
        }
        let idStart = bytes.index(bytes.startIndex, offsetBy: prefix.count)
        guard idStart < idEnd else { return nil }
        linkID = target[idStart..<idEnd]
        guard let queryStart else { return }
        // The first value of each key wins, as in the router's query dictionary.
        for pair in target[queryStart...].utf8.split(separator: UInt8(ascii: "&")) {
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let key = Substring(pair[..<(equals ?? pair.endIndex)])
            let value = equals.map { Substring(pair[pair.index(after: $0)...]) } ?? ""
            if key == "src", source == nil {
                source = value
            } else if key == "level", level == nil {
                level = value
            }
        }
    }
}
