@testable import KashDashServer

/// The download headers: `Range` against a few file sizes, and `If-None-Match` lists.
enum HeaderFuzzing {
    static func runRange(_ bytes: [UInt8]) {
        let header = String(decoding: bytes, as: UTF8.self)
        for size in [0, 1, 1000, Int(Int32.max)] {
            guard let range = try? ByteRange.parse(header, fileSize: size) else { continue }
            precondition(range.first >= 0 && range.first <= range.last && range.last < size,
                         "a parsed range lies inside the file")
        }
    }

    static func runIfNoneMatch(_ bytes: [UInt8]) {
        let header = String(decoding: bytes, as: UTF8.self)
        _ = DownloadController.etag("\"abc123\"", matches: header)
        _ = DownloadController.etag("W/\"abc123\"", matches: header)
    }
}
