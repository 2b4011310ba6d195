import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

@testable import KashDashServer

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct DownloadTests {
    static let file = "/download/KashDash-1.0.0.AppImage"
    static let browser: HTTPFields = [.userAgent: "Mozilla/5.0 (X11; Linux x86_64)"]

    @Test func servesTheWholeFileWithTypeAndETagAndCountsItOnce() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let first = try await client.execute(uri: Self.file, method: .get, headers: Self.browser)
            #expect(first.status == .ok)
            #expect(Array(first.body.readableBytesView) == TestServer.downloadBytes)
            #expect(first.headers[.contentType] == "application/vnd.appimage")
            #expect(first.headers[.acceptRanges] == "bytes")
            #expect(first.headers[.eTag] != nil)
            let again = try await client.execute(uri: Self.file, method: .get, headers: Self.browser)
            #expect(again.status == .ok)
        }
        #expect(try await server.totals().downloads == 1)
        #expect(try await server.store.breakdown(.file, in: server.week) == [BreakdownRow(key: "KashDash-1.0.0.AppImage", count: 1)])
    }

    @Test func headAndConditionalRequestsAreNotDownloads() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let head = try await client.execute(uri: Self.file, method: .head, headers: Self.browser)
            #expect(head.status == .ok)
            #expect(head.headers[.contentLength] == String(TestServer.downloadBytes.count))
            #expect(head.body.readableBytes == 0)
            let etag = try #require(head.headers[.eTag])
            var conditional = Self.browser
            conditional[.ifNoneMatch] = etag
            let notModified = try await client.execute(uri: Self.file, method: .get, headers: conditional)
            #expect(notModified.status == .notModified)
            #expect(notModified.body.readableBytes == 0)
        }
        #expect(try await server.totals().downloads == 0)
    }

    @Test func rangesAnswer206AndOnlyAFullStartCounts() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            var probe = Self.browser
            probe[.range] = "bytes=0-99"
            let probed = try await client.execute(uri: Self.file, method: .get, headers: probe)
            #expect(probed.status == .partialContent)
            #expect(probed.headers[.contentRange] == "bytes 0-99/5000")
            #expect(Array(probed.body.readableBytesView) == Array(TestServer.downloadBytes[0...99]))
            #expect(try await server.totals().downloads == 0)

            var resumed = Self.browser
            resumed[.range] = "bytes=2500-"
            let resumedResponse = try await client.execute(uri: Self.file, method: .get, headers: resumed)
            #expect(resumedResponse.status == .partialContent)
            #expect(resumedResponse.headers[.contentRange] == "bytes 2500-4999/5000")
            #expect(resumedResponse.body.readableBytes == 2500)
            #expect(try await server.totals().downloads == 0)

            var suffix = Self.browser
            suffix[.range] = "bytes=-10"
            let tail = try await client.execute(uri: Self.file, method: .get, headers: suffix)
            #expect(Array(tail.body.readableBytesView) == Array(TestServer.downloadBytes[4990...]))

            var whole = Self.browser
            whole[.range] = "bytes=0-"
            #expect(try await client.execute(uri: Self.file, method: .get, headers: whole).status == .partialContent)
        }
        #expect(try await server.totals().downloads == 1)
    }

    /// Spaces around a range spec or a validator are ignored; nothing else is.
    @Test func rangeAndETagHeadersMayCarrySpaces() throws {
        #expect(try ByteRange.parse("bytes=  0-99 ", fileSize: 5000) == ByteRange(first: 0, last: 99))
        #expect(throws: ByteRange.ParseError.self) { try ByteRange.parse("bytes= 0 -99", fileSize: 5000) }
        #expect(DownloadController.etag("\"a1\"", matches: "\"zz\",  W/\"a1\"  "))
        #expect(!DownloadController.etag("\"a1\"", matches: "\"a1 \""))
    }

    @Test(arguments: ["bytes=6000-7000", "bytes=10-5", "bytes=0-1,5-9", "items=0-5", "bytes=abc-", "bytes=-", "bytes=-0", "bytes=99999999999999999999-"])
    func badRangesGet416WithAReason(range: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            var headers = Self.browser
            headers[.range] = range
            let response = try await client.execute(uri: Self.file, method: .get, headers: headers)
            #expect(response.status == .rangeNotSatisfiable)
            #expect(response.headers[.contentRange] == "bytes */5000")
            #expect(response.text.contains("bad_range"))
        }
        #expect(try await server.totals().downloads == 0)
    }

    @Test(arguments: [
        "/download/..", "/download/%2e%2e", "/download/%2E%2E%2Fetc%2Fpasswd", "/download/..%2F..%2Fetc%2Fpasswd",
        "/download/../../etc/passwd", "/download//etc/passwd", "/download/%2Fetc%2Fpasswd", "/download/.hidden",
        "/download/nope.AppImage", "/download/",
    ])
    func nothingOutsideTheFolderCanBeReached(uri: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try Data("secret".utf8).write(to: server.downloads.appendingPathComponent(".hidden"))
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get, headers: Self.browser)
            #expect((400..<500).contains(response.status.code), "\(uri) answered \(response.status)")
            #expect(!response.text.contains("root:"))
            #expect(!response.text.contains("secret"))
        }
        #expect(try await server.totals().downloads == 0)
    }

    @Test func symlinksOutOfTheFolderAreRefused() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try FileManager.default.createSymbolicLink(
            atPath: server.downloads.appendingPathComponent("escape.txt").path, withDestinationPath: "/etc/hostname")
        try await server.app.test(.router) { client in
            let response = try await client.execute(uri: "/download/escape.txt", method: .get, headers: Self.browser)
            #expect(response.status == .badRequest)
        }
    }

    @Test func botsAndEveryVisitorAreCountedApartByFile() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            _ = try await client.execute(uri: Self.file, method: .get, headers: [.userAgent: "bingbot/2.0"])
            _ = try await client.execute(uri: Self.file, method: .get, headers: Self.browser)
            _ = try await client.execute(uri: "/download/SHA256SUMS.txt", method: .get, headers: Self.browser)
            _ = try await client.execute(uri: Self.file, method: .get, headers: [.userAgent: "Wget/1.21"])
        }
        let totals = try await server.totals()
        #expect(totals.downloads == 3)  // browser x2 files, wget
        #expect(totals.botDownloads == 1)
    }
}
