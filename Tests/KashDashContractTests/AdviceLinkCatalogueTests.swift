import KashDashContract
import Testing

@Suite struct AdviceLinkCatalogueTests {
    static let childline =
        #"{"id":"childline","title":"Childline","url":"https://www.childline.org.uk/","audience":"children","topics":["help"],"description":"Talk."}"#

    private func load(_ text: String) throws(CatalogueError) -> AdviceLinkCatalogue {
        try AdviceLinkCatalogue(json: Array(text.utf8))
    }

    @Test func readsAnArrayOrAnObjectWithLinks() throws {
        for text in ["[\(Self.childline)]", "{\"version\": 2, \"links\": [\(Self.childline)]}"] {
            let catalogue = try load(text)
            let link = try #require(catalogue.link(id: "childline"))
            #expect(
                link
                    == AdviceLink(
                        id: "childline", title: "Childline", url: "https://www.childline.org.uk/",
                        description: "Talk.", audience: "children", topics: ["help"]))
            #expect(catalogue.link(id: "nope") == nil)
        }
    }

    @Test func audienceAndTopicsAreOptional() throws {
        let catalogue = try load(#"[{"id":"a","title":"A","url":"https://a.example/","description":"d"}]"#)
        #expect(catalogue.link(id: "a")?.topics == [])
        #expect(catalogue.link(id: "a")?.audience == nil)
    }

    @Test(arguments: [
        ("[\(childline), \(childline)]", CatalogueError.Code.duplicateID),
        (childline.replacing("https://", with: "http://"), .badURL),
        (childline.replacing("https://www.childline.org.uk/", with: "javascript:alert(1)"), .badURL),
        (childline.replacing("https://www.childline.org.uk/", with: "https://a.example/\\\"onload"), .badURL),
        (childline.replacing("\"childline\"", with: "\"Child Line\""), .badID),
        (childline.replacing("\"description\"", with: "\"descripton\""), .notALinkList),
        (#"[{"id":"a","title":"A","url":"https://a.example/"}]"#, .notALinkList),
        (#"{"links": 3}"#, .notALinkList),
        ("[\(childline)", .malformedJSON),
    ])
    func refusesWhatNoLevelServerOrGameMayUse(text: String, code: CatalogueError.Code) {
        let document = text.hasPrefix("[") || text.hasPrefix("{\"links") ? text : "[\(text)]"
        #expect(throws: CatalogueError.self) { try load(document) }
        do { _ = try load(document) } catch { #expect(error.code == code, "\(error)") }
    }

    @Test func loopbackHTTPIsAllowedForTestsAndBenchmarks() throws {
        let local = #"[{"id":"local","title":"L","url":"http://127.0.0.1:9/x","description":"d"}]"#
        #expect(try load(local).contains(id: "local"))
    }
}
