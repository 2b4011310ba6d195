import Crypto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The Ed25519 key the server signs its level manifest and level scripts with.
///
/// Kept beside the server's data as two base64 text files: `levels-signing.key` (the raw
/// 32-byte private key, mode 0600) and `levels-signing.pub` (the raw 32-byte public key, the
/// line a kiosk's `levelsPublicKey` or a desktop's `KASHDASH_LEVELS_KEY` holds).
public struct LevelSigningKey: Sendable {
    public static let privateKeyFileName = "levels-signing.key"
    public static let publicKeyFileName = "levels-signing.pub"

    /// Why a key could not be made or read, in one line naming the file.
    public struct KeyError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The raw 32-byte private key (bytes, as swift-crypto's key type is not `Sendable`).
    private let privateKeyBytes: Data

    public var privateKey: Curve25519.Signing.PrivateKey {
        // Made from a key's own bytes: always a key.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyBytes)
    }

    public init(privateKey: Curve25519.Signing.PrivateKey = .init()) {
        self.privateKeyBytes = privateKey.rawRepresentation
    }

    /// The public key as clients configure it: base64 of its 32 raw bytes.
    public var publicKeyBase64: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// Base64 of the Ed25519 signature of exactly `bytes`.
    public func signature(for bytes: [UInt8]) -> String {
        // Signing 32-byte keys over in-memory bytes cannot fail; a failure would be a broken library.
        (try! privateKey.signature(for: bytes)).base64EncodedString()
    }

    public static func privateKeyPath(dataDirectory: String) -> String { dataDirectory + "/" + privateKeyFileName }
    public static func publicKeyPath(dataDirectory: String) -> String { dataDirectory + "/" + publicKeyFileName }

    /// The key in `dataDirectory`, or nil when there is none (the server then serves unsigned levels).
    public static func load(dataDirectory: String) throws(KeyError) -> LevelSigningKey? {
        let path = privateKeyPath(dataDirectory: dataDirectory)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyError(description: "cannot read the level signing key \(path) (check its owner and permissions)")
        }
        let text = String(decoding: data, as: UTF8.self).filter { !$0.isWhitespace }
        guard let raw = Data(base64Encoded: text), raw.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else {
            throw KeyError(description: "the level signing key \(path) is not base64 of a 32-byte Ed25519 private key (make a new one with `kashdash-server keys init --force`)")
        }
        return LevelSigningKey(privateKey: key)
    }

    /// Makes a new key pair in `dataDirectory`. Refuses to replace an existing private key
    /// unless `force`: every kiosk trusting the old public key would refuse the new levels.
    public static func create(dataDirectory: String, force: Bool) throws(KeyError) -> LevelSigningKey {
        let privatePath = privateKeyPath(dataDirectory: dataDirectory)
        if !force, FileManager.default.fileExists(atPath: privatePath) {
            throw KeyError(description: "\(privatePath) already exists; keep it (clients trust its public key) or replace it with --force")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: dataDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw KeyError(description: "cannot create the data folder \(dataDirectory): \(error.localizedDescription)")
        }
        let key = LevelSigningKey()
        try writeAtomically(key.privateKey.rawRepresentation.base64EncodedString() + "\n", to: privatePath, mode: 0o600)
        try writeAtomically(key.publicKeyBase64 + "\n", to: publicKeyPath(dataDirectory: dataDirectory), mode: 0o644)
        return key
    }

    /// Writes through a temporary file created with `mode` (never a moment more readable),
    /// flushed to disk, then renamed over `path`.
    private static func writeAtomically(_ text: String, to path: String, mode: mode_t) throws(KeyError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw KeyError(description: "cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        _ = fchmod(descriptor, mode)  // the umask may have narrowed or the file pre-existed
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw KeyError(description: "cannot write \(path): \(reason)")
        }
    }
}
