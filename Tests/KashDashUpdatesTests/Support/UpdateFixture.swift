import Crypto
import Foundation
import KashDashContract
import KashDashLevels
import KashDashUpdates

/// A game's side of an update: a shipped levels folder holding the real `online-friends`
/// level (version 1), the real advice-link catalogue, and an empty install folder.
struct UpdateFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let levelID = "online-friends"
    /// The shipped level's bytes, exactly as in `Levels/`.
    static let shippedSource = try! String(contentsOf: repository.appendingPathComponent("Levels/\(levelID).lua"), encoding: .utf8)

    /// The shipped level with a `version = N` line on top (a level the server might publish).
    static func source(version: Int, _ edit: (String) -> String = { $0 }) -> Data {
        Data(edit("version = \(version)\n" + shippedSource).utf8)
    }

    let root: URL
    let shipped: URL
    let installed: URL
    let catalogue: AdviceLinkCatalogue

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-updates-\(UUID().uuidString)")
        shipped = root.appendingPathComponent("Levels")
        installed = root.appendingPathComponent("data/levels")
        try FileManager.default.createDirectory(at: shipped, withIntermediateDirectories: true)
        try Data(Self.shippedSource.utf8).write(to: shipped.appendingPathComponent("\(Self.levelID).lua"))
        catalogue = try AdviceLinkCatalogue.load(path: Self.repository.appendingPathComponent("Assets/advice-links.json").path)
    }

    /// Puts `bytes` in the install folder as if an earlier update had installed them.
    func preinstall(_ bytes: Data, id: String = UpdateFixture.levelID) throws {
        try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
        try bytes.write(to: installed.appendingPathComponent("\(id).lua"))
    }

    /// The install folder's `.lua` files and their bytes (staging folders must be gone too).
    func installedFiles() throws -> [String: Data] {
        guard FileManager.default.fileExists(atPath: installed.path) else { return [:] }
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: installed.path) {
            files[name] = try Data(contentsOf: installed.appendingPathComponent(name))
        }
        return files
    }

    func updater(server: URL, key: Curve25519.Signing.PublicKey, timeout: TimeInterval = 10) -> LevelUpdater {
        var configuration = LevelUpdateConfiguration(serverURL: server, publicKey: key, installDirectory: installed)
        configuration.timeout = timeout
        return LevelUpdater(configuration: configuration, shippedFolder: shipped.path, catalogue: catalogue)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}
