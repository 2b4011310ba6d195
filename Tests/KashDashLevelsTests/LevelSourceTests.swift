import Foundation
import KashDashContract
import Testing

@testable import KashDashLevels

/// The one level source every command uses, and its one error rule.
@Suite struct LevelSourceTests {
    static let links = """
        [{"id":"thinkuknow","title":"T","url":"https://t.example/","description":"d"},
         {"id":"childline","title":"C","url":"https://c.example/","description":"d"}]
        """

    /// A project folder with `Levels/` (the given files) and `Assets/advice-links.json`.
    private func project(levels: [String: String], catalogue: String?) throws -> String {
        let root = try Fixtures.folder([:])
        let levelsFolder = (root as NSString).appendingPathComponent("Levels")
        let assets = (root as NSString).appendingPathComponent("Assets")
        try FileManager.default.createDirectory(atPath: levelsFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: assets, withIntermediateDirectories: true)
        for (name, text) in levels {
            try Data(text.utf8).write(to: URL(fileURLWithPath: (levelsFolder as NSString).appendingPathComponent(name)))
        }
        if let catalogue {
            try Data(catalogue.utf8).write(
                to: URL(fileURLWithPath: (assets as NSString).appendingPathComponent("advice-links.json")))
        }
        return levelsFolder
    }

    @Test func withoutAFolderOnlyTheBuiltInLevelsLoad() throws {
        let source = LevelSource(folder: nil)
        #expect(source.problems.count == 1)
        #expect(try source.load("training", seed: 1).plan.info.id == "training")
        #expect(throws: LevelSource.Failure.self) { try source.load("good", seed: 1) }
    }

    @Test func levelsLoadByIDOrPathWithTheirLinksChecked() throws {
        let folder = try project(levels: ["good.lua": Fixtures.level()], catalogue: Self.links)
        let source = LevelSource(folder: folder)
        #expect(source.problems.isEmpty)
        #expect(source.catalogue?.contains(id: "childline") == true)
        #expect(try source.load("good", seed: 1).plan.info.id == "good")
        let path = (folder as NSString).appendingPathComponent("good.lua")
        #expect(try source.load(path, seed: 1).plan.info.id == "good")
        #expect(source.library()?.levels.map(\.id) == ["good"])
    }

    @Test func anUnknownLevelNamesTheKnownOnes() throws {
        let folder = try project(levels: ["good.lua": Fixtures.level()], catalogue: Self.links)
        do {
            _ = try LevelSource(folder: folder).load("nope", seed: 1)
            Issue.record("an unknown level loaded")
        } catch {
            #expect(error.description.contains("training"))
            #expect(error.description.contains("good"))
        }
    }

    @Test func aBrokenCatalogueIsAProblemAndLinksGoUnchecked() throws {
        let folder = try project(levels: ["good.lua": Fixtures.level()], catalogue: "[{")
        let source = LevelSource(folder: folder)
        #expect(source.catalogue == nil)
        #expect(source.problems.count == 1)
        #expect(source.problems.first?.contains("advice-links.json") == true)
        #expect(try source.load("good", seed: 1).plan.info.id == "good", "play goes on")
    }

    @Test func aLevelNamingALinkOutsideTheCatalogueFailsWithItsFile() throws {
        let onlyChildline = #"[{"id":"childline","title":"C","url":"https://c.example/","description":"d"}]"#
        let folder = try project(levels: ["good.lua": Fixtures.level()], catalogue: onlyChildline)
        let source = LevelSource(folder: folder)
        #expect(source.library()?.levels.isEmpty == true, "the broken level is left out of the menu")
        do {
            _ = try source.load("good", seed: 1)
            Issue.record("a level with an unknown link loaded")
        } catch {
            #expect(error.description.contains("good.lua"))
            #expect(error.description.contains("thinkuknow"))
        }
    }
}
