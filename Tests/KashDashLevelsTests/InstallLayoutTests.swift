import Foundation
import KashDashContract
import Testing

@testable import KashDashLevels

/// An installed game finds its levels under /usr/share/kashdash with no variable set.
@Suite struct InstallLayoutTests {
    @Test func theDataFolderFollowsTheProgramsPrefix() {
        #expect(InstallLayout.dataDirectories(executablePath: "/usr/games/kashdash") == ["/usr/share/kashdash"])
        #expect(InstallLayout.dataDirectories(executablePath: "/opt/kd/bin/kashdash")
            == ["/opt/kd/share/kashdash", "/usr/share/kashdash"])
        #expect(InstallLayout.dataDirectories(executablePath: "kashdash") == ["/usr/share/kashdash"])
    }

    @Test func levelsAreFoundBesideAnInstalledPrefix() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let levels = prefix.appendingPathComponent("share/kashdash/Levels")
        try FileManager.default.createDirectory(at: levels, withIntermediateDirectories: true)
        let empty = FileManager.default.temporaryDirectory.path  // no Levels/ here
        let found = ContentLocator.levelsDirectory(
            environment: [:], currentDirectory: empty, executable: prefix.appendingPathComponent("bin/kashdash").path)
        #expect(found == levels.path)
    }

    @Test func theMissingFolderLineNamesTheInstalledPath() {
        #expect(ContentLocator.noLevelsFolderLine.contains("/usr/share/kashdash/Levels"))
    }
}
