import Foundation
import KashDashContract
import Testing

@testable import KashDashGame

/// The game's built-in places to get help (used when the catalogue file cannot be read)
/// follow the catalogue's rules and name sites the catalogue also lists.
@Suite struct BuiltInHelpTests {
    @Test func theBuiltInLinksPassTheCataloguesRules() throws {
        let builtIn = try AdviceLinkCatalogue(links: AdviceLink.builtInHelp)
        #expect(builtIn.link(id: "childline") != nil, "every child should leave knowing where to get help")
    }

    @Test func everyBuiltInIDIsInTheShippedCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Assets/advice-links.json"))
        let shipped = try AdviceLinkCatalogue(json: [UInt8](data))
        for link in AdviceLink.builtInHelp { #expect(shipped.contains(id: link.id), "\(link.id)") }
    }
}
