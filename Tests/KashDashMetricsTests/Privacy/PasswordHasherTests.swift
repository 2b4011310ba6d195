@testable import KashDashMetrics
import Testing

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
