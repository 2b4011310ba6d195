/// The list of published levels, as `GET /api/v1/levels` serves it and the game reads it.
///
/// The server signs the manifest's exact bytes (served at `LevelsEndpoint.signaturePath`), and
/// each entry carries the signature of its level's exact bytes, so nothing is ever re-encoded
/// before it is checked.
public struct LevelManifest: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        /// The file name without `.lua`; a client accepts only `LevelsEndpoint.isSafeLevelID`.
        public var id: String
        /// `LevelVersion.declared(in:)` of the script.
        public var version: Int
        /// Lower-case hex SHA-256 of the script's bytes.
        public var sha256: String
        /// The script's length in bytes.
        public var size: Int
        /// Where to fetch it, relative to the server's base URL (`/api/v1/levels/<id>`).
        public var url: String
        /// Base64 Ed25519 signature of the script's bytes; absent when the server has no key.
        public var signature: String?

        public init(id: String, version: Int, sha256: String, size: Int, url: String, signature: String? = nil) {
            self.id = id
            self.version = version
            self.sha256 = sha256
            self.size = size
            self.url = url
            self.signature = signature
        }
    }

    public var levels: [Entry]

    public init(levels: [Entry]) { self.levels = levels }
}

/// Where levels are published, and the rules both sides hold them to.
public enum LevelsEndpoint {
    /// The manifest (JSON).
    public static let manifestPath = "/api/v1/levels"
    /// The base64 Ed25519 signature of the manifest's exact bytes (text/plain).
    public static let signaturePath = "/api/v1/levels.sig"

    /// One level script's path.
    public static func levelPath(id: String) -> String { "\(manifestPath)/\(id)" }

    /// Level ids a client will fetch or write to disk: lower-case letters, digits and single
    /// hyphens, at most 40 characters (a level's own id rule), so never `/`, `.` or `..`.
    public static func isSafeLevelID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && text.utf8.count <= 40 && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }
}
