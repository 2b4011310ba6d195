import Crypto
import Foundation

/// Where a game fetches signed level updates from, whom it trusts, and where it installs them.
///
/// The desktop game fills this from `KASHDASH_SERVER` and `KASHDASH_LEVELS_KEY`
/// (`init(environment:installDirectory:)`); a kiosk from `server` and `levelsPublicKey` in
/// its `kiosk.json` (`init(server:publicKey:installDirectory:)`). With none, the game never asks.
public struct LevelUpdateConfiguration: Sendable {
    /// A setting that cannot be used, in one line naming it.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The content server's base URL (http or https).
    public var serverURL: URL
    /// The raw 32 bytes of the Ed25519 key the server's manifest and levels must be signed with
    /// (kept as bytes: swift-crypto's key type is not `Sendable`).
    public var publicKeyBytes: Data
    /// The key, ready to verify with.
    public var publicKey: Curve25519.Signing.PublicKey {
        // Checked on the way in: these bytes always make a key.
        try! Curve25519.Signing.PublicKey(rawRepresentation: publicKeyBytes)
    }
    /// Installed levels live here (the game's data folder's `levels/`, beside saved progress).
    public var installDirectory: URL
    /// Longest wait for any one answer from the server, in seconds; then the check gives up.
    public var timeout: TimeInterval = 10
    /// Seconds between background checks.
    public var checkInterval: TimeInterval = 3600
    public var limits = LevelUpdateLimits()

    public init(serverURL: URL, publicKey: Curve25519.Signing.PublicKey, installDirectory: URL) {
        self.serverURL = serverURL
        self.publicKeyBytes = publicKey.rawRepresentation
        self.installDirectory = installDirectory
    }

    /// From text settings: `server` a base URL, `publicKey` base64 of the raw 32-byte key.
    /// `settingNames` name the settings in errors (environment variables or kiosk.json keys).
    public init(server: String, publicKey: String, installDirectory: URL,
                settingNames: (server: String, key: String) = ("server", "levelsPublicKey")) throws(Invalid) {
        guard let url = URL(string: server), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else {
            throw Invalid(description: "\(settingNames.server): \"\(server.prefix(80))\" is not an http(s) server address, e.g. https://safety.example.org")
        }
        guard let raw = Data(base64Encoded: publicKey.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else {
            throw Invalid(description: "\(settingNames.key): not base64 of a 32-byte Ed25519 public key (the line `kashdash-server keys init` printed)")
        }
        self.init(serverURL: url, publicKey: key, installDirectory: installDirectory)
    }

    /// The desktop game's: nil unless both `KASHDASH_SERVER` and `KASHDASH_LEVELS_KEY` are set.
    public init?(environment: [String: String], installDirectory: URL) throws(Invalid) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        guard let server = value("KASHDASH_SERVER"), let key = value("KASHDASH_LEVELS_KEY") else { return nil }
        try self.init(server: server, publicKey: key, installDirectory: installDirectory,
                      settingNames: ("KASHDASH_SERVER", "KASHDASH_LEVELS_KEY"))
    }
}

/// Sizes past which an answer is refused unread: a level update is small, and a server that
/// sends more is broken or hostile.
public struct LevelUpdateLimits: Sendable {
    public var manifestBytes = 256 * 1024
    public var signatureBytes = 256
    /// The shipped levels are 2-6 KB each.
    public var levelBytes = 128 * 1024
    public var levelCount = 200

    public init() {}
}
