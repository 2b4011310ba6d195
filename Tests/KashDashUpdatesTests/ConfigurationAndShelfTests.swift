import Crypto
import Foundation
import KashDashContract
import KashDashLevels
@testable import KashDashUpdates
import Testing

@Suite struct ConfigurationAndShelfTests {
    static let folder = URL(fileURLWithPath: "/tmp/unused")

    @Test func desktopNeedsBothServerAndKey() throws {
        let key = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString()
        #expect(try LevelUpdateConfiguration(environment: ["KASHDASH_SERVER": "http://localhost:8080"], installDirectory: Self.folder) == nil)
        #expect(try LevelUpdateConfiguration(environment: ["KASHDASH_LEVELS_KEY": key], installDirectory: Self.folder) == nil)
        let both = try LevelUpdateConfiguration(
            environment: ["KASHDASH_SERVER": "https://safety.example.org", "KASHDASH_LEVELS_KEY": key], installDirectory: Self.folder)
        #expect(both?.serverURL.absoluteString == "https://safety.example.org")
    }

    @Test func badSettingsNameTheSetting() {
        let key = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString()
        #expect(throws: LevelUpdateConfiguration.Invalid.self) {
            try LevelUpdateConfiguration(environment: ["KASHDASH_SERVER": "http://x", "KASHDASH_LEVELS_KEY": "c2hvcnQ="],
                                         installDirectory: Self.folder)
        }
        do {
            _ = try LevelUpdateConfiguration(server: "ftp://files.example.org", publicKey: key, installDirectory: Self.folder)
            Issue.record("an ftp server was accepted")
        } catch {
            #expect(error.description.hasPrefix("server: \"ftp://files.example.org\" is not an http(s) server address"))
        }
        do {
            _ = try LevelUpdateConfiguration(server: "https://safety.example.org", publicKey: "not a key", installDirectory: Self.folder)
            Issue.record("a bad key was accepted")
        } catch {
            #expect(error.description.hasPrefix("levelsPublicKey: not base64 of a 32-byte Ed25519 public key"))
        }
    }

    @Test func safeLevelIDs() {
        for good in ["online-friends", "a", "level-2", String(repeating: "a", count: 40)] { #expect(LevelsEndpoint.isSafeLevelID(good)) }
        for bad in ["", "..", "../x", "a/b", "A", "a_b", "a.lua", "-a", "a-", "a--b", "\u{0430}", String(repeating: "a", count: 41)] {
            #expect(!LevelsEndpoint.isSafeLevelID(bad), "\(bad)")
        }
    }

    /// A refused id is named in one log line: a line separator or a bidi override in it must
    /// not break the line or reverse the reason that follows it.
    @Test func refusedIDsArePrintedOnOneSafeLine() {
        #expect(LevelUpdater.printable("online-friends") == "online-friends")
        #expect(LevelUpdater.printable("../x") == #""../x""#)
        #expect(LevelUpdater.printable("a\u{2028}b\u{202E}c\tq\"\\") == #""a\u{2028}b\u{202E}c\u{9}q\"\\""#)
        #expect(LevelUpdater.printable("caf\u{E9}") == #""caf\u{E9}""#)
        #expect(LevelUpdater.printable(String(repeating: "\u{85}", count: 100)) == "\"" + String(repeating: #"\u{85}"#, count: 60) + "\"")
    }

    @Test func versionRuleIsTheServers() {
        #expect(LevelVersion.declared(in: Array("version = 12\nreturn {}\n".utf8)) == 12)
        #expect(LevelVersion.declared(in: Array("-- version = 9\nreturn {}\n".utf8)) == 1)
        #expect(LevelVersion.declared(in: Array("local versionist = 4\n".utf8)) == 1)
        #expect(LevelVersion.declared(in: Array("version = 0\n".utf8)) == 1)
    }

    /// An installed update beats the shipped level only when newer; a broken installed file is
    /// skipped with a line and the shipped level still plays.
    @Test func shelfPlaysTheHighestValidVersion() throws {
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        let shipped = LevelLibrary(directory: fixture.shipped.path, catalogue: fixture.catalogue)

        try fixture.preinstall(UpdateFixture.source(version: 2))
        var shelf = LevelShelf(shipped: shipped, installed: LevelShelf.installedLibrary(directory: fixture.installed, catalogue: fixture.catalogue))
        #expect(shelf.levels.count == 1)
        #expect(shelf.levels[0].isInstalled && shelf.levels[0].version == 2)

        // The same version as shipped: the shipped one (a package upgrade takes over).
        try fixture.preinstall(UpdateFixture.source(version: 1))
        shelf = LevelShelf(shipped: shipped, installed: LevelShelf.installedLibrary(directory: fixture.installed, catalogue: fixture.catalogue))
        #expect(!shelf.levels[0].isInstalled)

        // Broken on disk: skipped with one line; the shipped level plays.
        try fixture.preinstall(Data("version = 5\nreturn { id = \"online-friends\" \n".utf8))
        shelf = LevelShelf(shipped: shipped, installed: LevelShelf.installedLibrary(directory: fixture.installed, catalogue: fixture.catalogue))
        #expect(shelf.levels.count == 1)
        #expect(!shelf.levels[0].isInstalled && shelf.levels[0].version == 1)
        #expect(shelf.problems.count == 1)
        #expect(shelf.problems[0].hasPrefix("installed level skipped (any shipped level of that id still plays): "))
        #expect(shelf.problems[0].contains("online-friends.lua"))

        // Nothing ever installed: no folder, no library, no problem.
        #expect(LevelShelf.installedLibrary(directory: fixture.root.appendingPathComponent("none"), catalogue: nil) == nil)
    }
}
