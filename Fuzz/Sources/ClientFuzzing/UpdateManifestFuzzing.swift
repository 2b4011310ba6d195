import Crypto
import Foundation
import KashDashContract
@testable import KashDashUpdates

/// The signed level-update manifest (`GET /api/v1/levels` and its `.sig`), as a game reads it
/// before downloading anything: web-page detection, the signature file, the JSON, and each
/// entry's own checks (id, version, size, signature).
enum UpdateManifestFuzzing {
    /// A fixed key stands in for the server's, so inputs can be signed by "the configured key".
    /// libFuzzer calls the target from one thread only, and the key is never changed.
    nonisolated(unsafe) private static let serverKey = try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 7, count: 32))
    private static let limits = LevelUpdateLimits()
    private static let levelByteLimit = limits.levelBytes

    static func run(_ bytes: [UInt8]) {
        let manifestBytes = Data(bytes)
        // Inputs of even length are signed by the configured key, so mutations reach the JSON
        // decoder and the entry checks; the rest bring their own last 88 bytes as the signature
        // file (a base64 Ed25519 signature is 88 characters), which must be refused unless it is
        // the key's real signature.
        let signatureText = bytes.count % 2 == 0
            ? Data(((try? serverKey.signature(for: manifestBytes)) ?? Data()).base64EncodedString().utf8)
            : Data(bytes.suffix(88))
        guard let manifest = try? LevelUpdater.readManifest(manifestBytes, signatureText: signatureText, publicKey: serverKey.publicKey)
        else { return }
        for entry in manifest.levels.prefix(limits.levelCount) {
            if LevelsEndpoint.isSafeLevelID(entry.id) {
                // The id becomes a file name in the game's data folder.
                precondition(!entry.id.contains("/") && !entry.id.contains(".") && entry.id.utf8.count <= 40,
                             "an unsafe level id was accepted")
            }
            // A refused id is named in one log line: printable ASCII only, cut.
            let printable = LevelUpdater.printable(entry.id)
            precondition(printable.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } && printable.utf8.count <= 60 * 12,
                         "a level id would print outside one plain log line")
            for current in [nil, 0, entry.version, Int.max] {
                guard case .download(let signature) = LevelUpdater.precheck(entry, currentVersion: current, levelByteLimit: levelByteLimit)
                else { continue }
                precondition(signature.count == 64, "a download was allowed without a well-formed signature")
                precondition((1...levelByteLimit).contains(entry.size), "a download was allowed past the size limit")
                precondition(current.map { entry.version > $0 } ?? true, "a download was allowed that is no upgrade")
            }
        }
    }
}
