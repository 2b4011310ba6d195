import Foundation
import KashDashContract
import Testing
@testable import KashDashLevels

@Suite struct CatalogueTests {
    @Test func loadsArrayOrWrappedFormAndChecksIDs() throws {
        let link = #"{"id":"childline","title":"Childline","url":"https://www.childline.org.uk/","audience":"children","topics":["help"],"description":"Talk."}"#
        let folder = try Fixtures.folder(["a.json": "[\(link)]", "b.json": "{\"version\": 2, \"links\": [\(link)]}",
                                          "dup.json": "[\(link), \(link)]",
                                          "http.json": "[\(link.replacingOccurrences(of: "https", with: "http"))]"])
        for name in ["a.json", "b.json"] {
            let catalogue = try AdviceLinkCatalogue.load(path: (folder as NSString).appendingPathComponent(name))
            #expect(catalogue.link(id: "childline")?.title == "Childline")
            #expect(catalogue.link(id: "nope") == nil)
        }
        #expect(throws: CatalogueError(.duplicateID, "\(folder)/dup.json: link id \"childline\" appears twice")) {
            try AdviceLinkCatalogue.load(path: (folder as NSString).appendingPathComponent("dup.json"))
        }
        #expect(throws: CatalogueError.self) { try AdviceLinkCatalogue.load(path: (folder as NSString).appendingPathComponent("http.json")) }
    }
}
