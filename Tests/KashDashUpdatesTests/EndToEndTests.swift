import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashLevels
import KashDashUpdates
import Logging
import Testing

@testable import KashDashServer

/// The real server and the real client over loopback: `keys init`, serve a levels folder,
/// and the game's updater installs what it publishes.
@Suite struct EndToEndTests {
    @Test func gameInstallsWhatTheRealServerPublishes() async throws {
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        // What `kashdash-server keys init --data DIR` does.
        let data = fixture.root.appendingPathComponent("server-data").path
        let key = try LevelSigningKey.create(dataDirectory: data, force: false)
        let privatePath = LevelSigningKey.privateKeyPath(dataDirectory: data)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: privatePath)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(throws: LevelSigningKey.KeyError.self) { try LevelSigningKey.create(dataDirectory: data, force: false) }
        let publicKeyText = try String(contentsOfFile: LevelSigningKey.publicKeyPath(dataDirectory: data), encoding: .utf8)
        #expect(publicKeyText == key.publicKeyBase64 + "\n")

        // The server's levels folder: online-friends at version 2, and a level the game never had.
        let published = fixture.root.appendingPathComponent("published")
        try FileManager.default.createDirectory(at: published, withIntermediateDirectories: true)
        let newer = UpdateFixture.source(version: 2)
        try newer.write(to: published.appendingPathComponent("online-friends.lua"))
        let extra = try Data(contentsOf: UpdateFixture.repository.appendingPathComponent("Levels/where-to-get-help.lua"))
        try extra.write(to: published.appendingPathComponent("where-to-get-help.lua"))

        var configuration = ServerConfiguration()
        configuration.dataDirectory = data
        configuration.levelsDirectory = published.path
        configuration.linksFile = UpdateFixture.repository.appendingPathComponent("Assets/advice-links.json").path
        configuration.downloadsDirectory = fixture.root.appendingPathComponent("downloads").path
        configuration.postgresURL = nil
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let server = try await OpenedServer.open(configuration, logger: logger)
        #expect(server.dependencies.levelSigningKey?.publicKeyBase64 == key.publicKeyBase64)
        let router = buildRouter(configuration: configuration, dependencies: server.dependencies)
        let holder = ReportsHolder()
        try await serveOnLoopback(router, logger: logger) { url in
            let base = url.absoluteString
            // The game is configured as a kiosk or desktop is: the server and the line keys init printed.
            let settings = try LevelUpdateConfiguration(server: base, publicKey: publicKeyText, installDirectory: fixture.installed)
            let updater = LevelUpdater(configuration: settings, shippedFolder: fixture.shipped.path, catalogue: fixture.catalogue)
            holder.first = await updater.run()
            holder.second = await updater.run()
        }
        let first = try #require(holder.first)
        #expect(first.failure == nil)
        #expect(first.lines.sorted() == ["installed online-friends v2", "installed where-to-get-help v1"])
        #expect(try fixture.installedFiles() == ["online-friends.lua": newer, "where-to-get-help.lua": extra])
        // Nothing new the second time: nothing fetched beyond the manifest, nothing rewritten.
        #expect(holder.second?.lines.sorted() == ["unchanged online-friends v2", "unchanged where-to-get-help v1"])

        // The game's shelf now plays the installed version over the shipped one.
        let installed = try #require(LevelShelf.installedLibrary(directory: fixture.installed, catalogue: fixture.catalogue))
        let shelf = LevelShelf(shipped: LevelLibrary(directory: fixture.shipped.path, catalogue: fixture.catalogue), installed: installed)
        #expect(shelf.levels.map(\.summary.id).sorted() == ["online-friends", "where-to-get-help"])
        #expect(shelf.levels.allSatisfy { $0.isInstalled })
        #expect(shelf.levels.first { $0.summary.id == "online-friends" }?.version == 2)
    }

    @Test func unsignedServerServesNoSignature() async throws {
        let pack = LevelPack(scripts: [LevelPack.script(id: "passwords", bytes: Array("return {}\n".utf8))])
        let signed = SignedLevelManifest(pack: pack, key: nil)
        #expect(signed.signature == nil)
        #expect(String(decoding: signed.bytes, as: UTF8.self).contains(#""id":"passwords""#))
        #expect(!String(decoding: signed.bytes, as: UTF8.self).contains("signature"))
    }
}

final class ReportsHolder: @unchecked Sendable {
    var first: LevelUpdateReport?
    var second: LevelUpdateReport?
}
