import Foundation

/// The teacher's exit PIN as the kiosk settings file keeps it: never the digits, only a salted
/// slow hash, `{"algorithm": "pbkdf2-sha256", "iterations": N, "salt": "<base64>", "hash": "<base64>"}`.
public struct TeacherPin: Hashable, Sendable {
    public static let algorithm = "pbkdf2-sha256"
    /// OWASP's 2023 advice for PBKDF2-HMAC-SHA256; one check takes a fraction of a second,
    /// which a teacher does not notice and a guesser with the file does.
    public static let defaultIterations = 600_000
    /// A PIN is 4 to 8 digits: short enough for a teacher to type on a pad.
    public static let allowedLengths = 4...8

    public var iterations: Int
    public var salt: [UInt8]
    public var hash: [UInt8]

    public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.hash = hash
    }

    /// Hashes `pin` with a fresh random 16-byte salt.
    public init(hashing pin: String, iterations: Int = TeacherPin.defaultIterations) throws(TeacherPinError) {
        try Self.checkFormat(pin)
        let salt = PinHashing.randomBytes(16)
        self.init(
            iterations: iterations, salt: salt,
            hash: PinHashing.pbkdf2SHA256(password: Array(pin.utf8), salt: salt, iterations: iterations))
    }

    /// Whether `pin` is this PIN; the hashes are compared in constant time.
    public func matches(_ pin: String) -> Bool {
        let derived = PinHashing.pbkdf2SHA256(
            password: Array(pin.utf8), salt: salt, iterations: iterations, length: max(hash.count, 1))
        return PinHashing.constantTimeEqual(derived, hash)
    }

    /// Refuses anything but 4 to 8 ASCII digits.
    public static func checkFormat(_ pin: String) throws(TeacherPinError) {
        guard allowedLengths.contains(pin.utf8.count), pin.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw .badFormat
        }
    }
}

public enum TeacherPinError: Error, Equatable, CustomStringConvertible {
    case badFormat
    case mismatch

    public var description: String {
        switch self {
        case .badFormat: "a PIN is 4 to 8 digits (0-9), nothing else"
        case .mismatch: "the two PINs were not the same"
        }
    }
}
