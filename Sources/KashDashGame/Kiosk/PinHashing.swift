import Crypto
import _CryptoExtras

/// PBKDF2-HMAC-SHA256 (RFC 8018) for the teacher's PIN, run in BoringSSL through swift-crypto.
enum PinHashing {
    /// Only fails for invalid parameters; callers pass a fixed output size and at least one round.
    static func pbkdf2SHA256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int = 32) -> [UInt8] {
        let key = try! KDF.Insecure.PBKDF2.deriveKey(
            from: password, salt: salt, using: .sha256, outputByteCount: length,
            unsafeUncheckedRounds: max(iterations, 1))
        return key.withUnsafeBytes { Array($0) }
    }

    /// Random bytes from the system's generator (the salt).
    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// Equal-length comparison that looks at every byte, so timing says nothing of where two differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
