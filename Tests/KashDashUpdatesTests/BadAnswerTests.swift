import Crypto
import Foundation
import KashDashContract
import KashDashUpdates
import Testing

/// Every bad answer a content server could give is refused with one reason, and the level
/// installed before (version 2 of `online-friends`) stays exactly as it was.
@Suite struct BadAnswerTests {
    static let keyBytes = Curve25519.Signing.PrivateKey().rawRepresentation
    static var key: Curve25519.Signing.PrivateKey { try! .init(rawRepresentation: keyBytes) }
    static let id = UpdateFixture.levelID
    static let installedBytes = UpdateFixture.source(version: 2)
    static let offered = UpdateFixture.source(version: 3)

    /// Runs one update against `server` with v2 installed; checks nothing changed on disk.
    func update(_ server: CraftedLevelServer, timeout: TimeInterval = 10) async throws -> LevelUpdateReport {
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        try fixture.preinstall(Self.installedBytes)
        let box = ReportHolder()
        try await server.serve { url in
            box.report = await fixture.updater(server: url, key: Self.key.publicKey, timeout: timeout).run()
        }
        #expect(try fixture.installedFiles() == ["\(Self.id).lua": Self.installedBytes], "the last good set must stay")
        return try #require(box.report)
    }

    func refusal(_ report: LevelUpdateReport, id: String = BadAnswerTests.id) -> String? {
        report.levels.first { $0.id == id }.flatMap { if case .refused(let reason) = $0.outcome { reason } else { nil } }
    }

    @Test func manifestWithABadSignatureIsRefused() async throws {
        var server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key)
        server.answers[LevelsEndpoint.signaturePath]?.body = Array(Data(repeating: 7, count: 64).base64EncodedString().utf8)
        let report = try await update(server)
        #expect(report.failure?.contains("signature does not match the configured levels key") == true)
        #expect(report.levels.isEmpty)
        #expect(report.lines.count == 1)
    }

    @Test func manifestSignedByAnotherKeyIsRefused() async throws {
        let server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key,
                                                   manifestKey: Curve25519.Signing.PrivateKey())
        let report = try await update(server)
        #expect(report.failure?.contains("signature does not match the configured levels key") == true)
    }

    @Test func levelSignedByAnotherKeyIsRefused() async throws {
        let other = Curve25519.Signing.PrivateKey()
        let server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key) { entry in
            entry.signature = try! other.signature(for: Self.offered).base64EncodedString()
        }
        let report = try await update(server)
        #expect(refusal(report)?.contains("its signature does not match") == true, "\(report.lines)")
    }

    @Test func tamperedSourceIsRefused() async throws {
        var server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key)
        // Same length, one word changed on the way: the signed manifest's hash no longer fits.
        let tampered = String(decoding: Self.offered, as: UTF8.self).replacingOccurrences(of: "never meet them", with: "maybe meet them")
        server.answers[LevelsEndpoint.levelPath(id: Self.id)]?.body = Array(tampered.utf8)
        let report = try await update(server)
        #expect(refusal(report)?.contains("SHA-256 does not match") == true, "\(report.lines)")
    }

    @Test func shaMismatchInASignedManifestIsRefused() async throws {
        let server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key) { entry in
            entry.sha256 = String(repeating: "ab", count: 32)
        }
        let report = try await update(server)
        #expect(refusal(report)?.contains("SHA-256 does not match") == true)
    }

    @Test func olderVersionIsRefused() async throws {
        let server = CraftedLevelServer.publishing([(Self.id, UpdateFixture.source(version: 1))], key: Self.key)
        let report = try await update(server)
        #expect(refusal(report) == "version 1 is older than the version 2 the game has")
    }

    @Test func oversizedManifestIsRefused() async throws {
        var server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key)
        server.answers[LevelsEndpoint.manifestPath]?.body = Array(repeating: UInt8(ascii: " "), count: 300 * 1024)
        let report = try await update(server)
        #expect(report.failure?.contains("larger than the limit of 262144 bytes") == true)
    }

    @Test func levelDeclaredOversizedIsRefusedUnfetched() async throws {
        let big = UpdateFixture.source(version: 3) { $0 + "\n" + String(repeating: "-- padding\n", count: 13_000) }
        let server = CraftedLevelServer.publishing([(Self.id, big)], key: Self.key)
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        let asked = try await server.serve { url in
            let report = await fixture.updater(server: url, key: Self.key.publicKey).run()
            #expect(self.refusal(report)?.contains("outside the limit of 1-131072 bytes") == true)
        }
        #expect(!asked.contains(LevelsEndpoint.levelPath(id: Self.id)))
    }

    @Test func levelLargerThanItsManifestSizeIsCutOff() async throws {
        var server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key)
        server.answers[LevelsEndpoint.levelPath(id: Self.id)]?.body = Array(Self.offered) + Array(repeating: UInt8(ascii: "-"), count: 100_000)
        let report = try await update(server)
        #expect(refusal(report)?.contains("larger than the limit of \(Self.offered.count) bytes") == true)
    }

    @Test func oddIDsAreRefusedAndNeverFetched() async throws {
        let odd = ["../escape", "a/b", "..", "Online-Friends", "caf\u{E9}", "tab\tbed", "x..y", "-lead", "trail-", "double--hyphen",
                   String(repeating: "a", count: 41)]
        let server = CraftedLevelServer.publishing(odd.map { ($0, Self.offered) }, key: Self.key)
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        let asked = try await server.serve { url in
            let report = await fixture.updater(server: url, key: Self.key.publicKey).run()
            #expect(report.refused.count == odd.count)
            #expect(report.levels.allSatisfy { if case .refused(let reason) = $0.outcome { reason.contains("not a level id") } else { false } })
            #expect(report.lines.contains(#"refused "../escape": the id is not a level id (lower-case letters, digits and hyphens only)"#))
        }
        #expect(asked == [LevelsEndpoint.manifestPath, LevelsEndpoint.signaturePath])
        #expect(try fixture.installedFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("data/escape.lua").path))
    }

    @Test func levelBreakingTheSandboxBudgetIsRefused() async throws {
        let looping = UpdateFixture.source(version: 3) { "local n = 0\nwhile true do n = n + 1 end\n" + $0 }
        let report = try await update(CraftedLevelServer.publishing([(Self.id, looping)], key: Self.key))
        let reason = try #require(refusal(report))
        #expect(reason.hasPrefix("fails the level checks:"))
        #expect(reason.contains("instruction"))
    }

    @Test func levelTheBotCannotFinishIsRefused() async throws {
        // A wall of alternating gaps, top then bottom, too close together for any flight.
        let unwinnable = UpdateFixture.source(version: 3) { text in
            let start = text.range(of: "    b:course{")!.lowerBound
            let end = text.range(of: "  end,", range: start..<text.endIndex)!.lowerBound
            return text.replacingCharacters(in: start..<end, with: """
                    for i = 0, 9 do
                      b:gate{ x = 900 + i * 180, gap_y = (i % 2 == 0) and 60 or 580, gap = 110, width = 60 }
                    end
                    b:message{ id = "friend-request", x = 840 }
                    b:message{ id = "same-age", x = 2700 }
                    b:message{ id = "meet-up", x = 2750 }

                """)
        }
        let report = try await update(CraftedLevelServer.publishing([(Self.id, unwinnable)], key: Self.key))
        #expect(refusal(report)?.contains("the built-in bot ran out of lives") == true, "\(report.lines)")
    }

    // The outcome is asserted, not the wall time: timings belong in benchmarks, and a loaded
    // build machine stretches any wall-clock bound.
    @Test func stallingServerTimesOut() async throws {
        var server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key)
        server.answers[LevelsEndpoint.manifestPath]?.delay = 2
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        try fixture.preinstall(Self.installedBytes)
        try await server.serve { url in
            let report = await fixture.updater(server: url, key: Self.key.publicKey, timeout: 0.3).run()
            #expect(report.failure?.contains("within 0.3 s") == true)
        }
        #expect(try fixture.installedFiles() == ["\(Self.id).lua": Self.installedBytes])
    }

    @Test func htmlInsteadOfAManifestIsRefused() async throws {
        var server = CraftedLevelServer.publishing([(Self.id, Self.offered)], key: Self.key)
        server.answers[LevelsEndpoint.manifestPath] = .init(
            body: Array("<!DOCTYPE html>\n<html><body>Please sign in to the Wi-Fi</body></html>".utf8), contentType: "text/html")
        let report = try await update(server)
        #expect(report.failure == "manifest: the server answered with a web page (HTML), not a level manifest")
    }

    @Test func unreachableServerChangesNothing() async throws {
        let fixture = try UpdateFixture()
        defer { fixture.cleanUp() }
        try fixture.preinstall(Self.installedBytes)
        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        let report = await fixture.updater(server: URL(string: "http://127.0.0.1:9")!, key: Self.key.publicKey, timeout: 2).run()
        #expect(report.failure?.hasPrefix("manifest: cannot reach the server") == true)
        #expect(try fixture.installedFiles() == ["\(Self.id).lua": Self.installedBytes])
    }
}

/// Carries a report out of a server's lifetime closure.
final class ReportHolder: @unchecked Sendable {
    var report: LevelUpdateReport?
}
