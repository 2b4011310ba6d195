@testable import KashDashMetrics
import Testing

@Suite struct SuppressedCountTests {
    /// The edges of ONS 10-5: below 10 hidden, then nearest 5.
    @Test(arguments: [
        (0, "<10"), (1, "<10"), (9, "<10"), (10, "10"), (11, "10"), (12, "10"), (13, "15"),
        (14, "15"), (17, "15"), (18, "20"), (7526, "7525"), (12_003, "12005"),
    ])
    func followsTenFive(exact: Int, shown: String) {
        #expect(SuppressedCount(exact).description == shown)
    }

    @Test func suppressedCountsChartAsZero() {
        #expect(SuppressedCount(9).chartValue == 0)
        #expect(SuppressedCount(13).chartValue == 15)
    }
}

@Suite struct PasswordHasherTests {
    /// RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", c = 1), first 32 bytes.
    @Test func matchesThePublishedPBKDF2Vector() {
        let derived = PasswordHasher.pbkdf2(password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1)
        #expect(PasswordHasher.hex(derived) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc")
    }

    /// RFC 7914 section 11, second vector (c = 80000), first 32 bytes.
    @Test func matchesTheIteratedVector() {
        let derived = PasswordHasher.pbkdf2(password: Array("Password".utf8), salt: Array("NaCl".utf8), iterations: 80000)
        #expect(PasswordHasher.hex(derived) == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56")
    }
}

@Suite struct AuditTimestampTests {
    @Test func isTheUTCDateAndTimeToTheSecond() {
        #expect(AccountStore.utcTimestamp(unixSeconds: 1_795_823_999) == "2026-11-27T23:59:59Z")
        #expect(AccountStore.utcTimestamp(unixSeconds: 951_782_400 + 3_661) == "2000-02-29T01:01:01Z")
        #expect(AccountStore.utcTimestamp(unixSeconds: 0) == "1970-01-01T00:00:00Z")
    }
}
