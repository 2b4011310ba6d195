import Testing

@testable import KashDashServer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fast path's `Date` header (RFC 9110 IMF-fixdate). Expected strings were produced
/// with `LC_ALL=C date -u -d @<seconds> '+%a, %d %b %Y %H:%M:%S GMT'`.
@Suite struct FastPathDateCacheTests {
    @Test(arguments: [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),  // RFC 9110's own example
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (1_767_225_600, "Thu, 01 Jan 2026 00:00:00 GMT"),  // single-digit day, month and time fields
        (1_775_001_600, "Wed, 01 Apr 2026 00:00:00 GMT"),
        (1_772_355_903, "Sun, 01 Mar 2026 09:05:03 GMT"),  // single-digit hour, minute, second
        (1_709_164_800, "Thu, 29 Feb 2024 00:00:00 GMT"),  // leap day
        (1_709_251_199, "Thu, 29 Feb 2024 23:59:59 GMT"),  // last second of the leap day
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),  // leap day of a 400-year century
        (4_107_542_400, "Mon, 01 Mar 2100 00:00:00 GMT"),  // 2100 is not a leap year
    ])
    func formatsKnownTimes(seconds: Int, expected: String) {
        #expect(HTTPDateCache.format(seconds) == expected)
    }

    @Test func everyFieldHasItsFixedWidth() {
        // IMF-fixdate is fixed-length: 29 bytes for any year 1000...9999.
        for seconds in stride(from: 0, to: 4_000_000_000, by: 86_399 * 37) {
            let text = HTTPDateCache.format(seconds)
            #expect(text.utf8.count == 29, "\(seconds): \(text)")
        }
    }

    @Test func nowIsTheCurrentSecondAndMovesOn() async throws {
        let cache = HTTPDateCache()
        let before = Int(time(nil))
        let first = cache.now
        #expect((before...Int(time(nil))).map(HTTPDateCache.format).contains(first), "\(first)")
        // The cached text must not outlive its second.
        try await Task.sleep(for: .milliseconds(1_100))
        let later = Int(time(nil))
        let second = cache.now
        #expect(second != first)
        #expect((later...Int(time(nil))).map(HTTPDateCache.format).contains(second), "\(second)")
    }
}
