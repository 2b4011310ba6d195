import Crypto
import _CryptoExtras

/// Slow, salted password hashing: PBKDF2-HMAC-SHA256 with a random 16-byte salt.
///
/// Stored as `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>` so the cost can be raised
/// later without breaking old hashes. 600,000 iterations follows OWASP's 2023 advice.
/// The rounds run in BoringSSL (swift-crypto's `_CryptoExtras`), at C speed.
public struct PasswordHasher: Sendable {
    public var iterations: Int

    public init(iterations: Int = 600_000) { self.iterations = iterations }

    public func hash(_ password: String) -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255, using: &generator) }
        let derived = Self.pbkdf2(password: Array(password.utf8), salt: salt, iterations: iterations)
        return "pbkdf2-sha256$\(iterations)$\(Self.hex(salt))$\(Self.hex(derived))"
    }

    /// Checks `password` against a stored hash in constant time for equal lengths.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds > 0,
            let salt = Self.bytes(hex: parts[2]), let expected = Self.bytes(hex: parts[3])
        else { return false }
        let derived = Self.pbkdf2(password: Array(password.utf8), salt: salt, iterations: rounds)
        guard derived.count == expected.count else { return false }
        return zip(derived, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// PBKDF2-HMAC-SHA256 (RFC 8018), 32 bytes.
    static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int) -> [UInt8] {
        // Only fails for invalid parameters (none here): a fixed output size and rounds >= 1.
        let key = try! KDF.Insecure.PBKDF2.deriveKey(
            from: password, salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: max(iterations, 1))
        return key.withUnsafeBytes { Array($0) }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    static func bytes(hex: Substring) -> [UInt8]? {
        guard hex.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}
