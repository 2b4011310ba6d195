/// A single `Range: bytes=...` request resolved against a file size.
///
/// Only one range is supported (the game's downloads never need multipart answers).
/// Malformed, multiple or unsatisfiable ranges are refused with 416 and a reason,
/// rather than silently ignored, so a broken client finds out.
struct ByteRange: Equatable {
    let first: Int
    let last: Int

    var length: Int { last - first + 1 }

    enum ParseError: Error, Equatable {
        case malformed(String)
        case unsatisfiable
    }

    /// Parses `header` for a file of `size` bytes.
    static func parse(_ header: String, fileSize size: Int) throws(ParseError) -> ByteRange {
        guard header.utf8.count <= 100 else { throw .malformed("Range header is too long") }
        guard header.hasPrefix("bytes=") else { throw .malformed("only byte ranges are supported") }
        let spec = header.dropFirst("bytes=".count).trimmingPrefix(while: { $0 == " " }).trimmingSuffix(while: { $0 == " " })
        guard !spec.contains(",") else { throw .malformed("multiple ranges are not supported") }
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .malformed("expected bytes=first-last") }
        let startText = parts[0]
        let endText = parts[1]
        func number(_ text: Substring) throws(ParseError) -> Int {
            guard !text.isEmpty, text.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
                throw .malformed("\"\(text)\" is not a byte position")
            }
            return value
        }
        if startText.isEmpty {
            // Suffix range: the last N bytes.
            let suffix = try number(endText)
            guard suffix > 0, size > 0 else { throw .unsatisfiable }
            return ByteRange(first: max(0, size - suffix), last: size - 1)
        }
        let first = try number(startText)
        let last = endText.isEmpty ? size - 1 : try number(endText)
        guard last >= first else { throw .malformed("range ends before it starts") }
        guard first < size else { throw .unsatisfiable }
        return ByteRange(first: first, last: min(last, size - 1))
    }
}

extension Substring {
    /// The counterpart of the standard library's `trimmingPrefix(while:)`.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return text
    }
}
