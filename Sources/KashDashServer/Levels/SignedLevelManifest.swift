import KashDashContract

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The manifest's exact bytes and, with a key, their signature: made once at start-up, so
/// what is signed is byte for byte what is served (no re-encoding on the way out).
struct SignedLevelManifest: Sendable {
    let bytes: [UInt8]
    /// Base64 Ed25519 signature of `bytes`; nil when the server has no signing key.
    let signature: String?

    init(pack: LevelPack, key: LevelSigningKey?) {
        let manifest = LevelManifest(levels: pack.scripts.map {
            .init(id: $0.id, version: $0.version, sha256: $0.sha256, size: $0.source.count,
                  url: LevelsEndpoint.levelPath(id: $0.id), signature: key?.signature(for: $0.source))
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain strings and integers always encode.
        bytes = Array(try! encoder.encode(manifest))
        signature = key?.signature(for: bytes)
    }
}
