import KashDashContract
import Testing

/// Who a catalogue page is for: a child page with an age range, or a grown-up page.
@Suite struct AdviceAudienceTests {
    private func load(_ members: String) throws(CatalogueError) -> AdviceLinkCatalogue {
        try AdviceLinkCatalogue(json: Array(#"[{"id":"a","title":"A","url":"https://a.example/","description":"d"\#(members)}]"#.utf8))
    }

    @Test func readsChildAgesAndGrownUps() throws {
        #expect(try load(#","for":"child","ages":[7,13]"#).link(id: "a")?.reader == .child(ages: 7...13))
        #expect(try load(#","for":"grown-up""#).link(id: "a")?.reader == .grownUp)
        #expect(try load("").link(id: "a")?.reader == nil)
        #expect(AdviceAudience.child(ages: 7...13).label == "children 7-13")
        #expect(AdviceAudience.grownUp.label == "grown-ups")
    }

    @Test(arguments: [
        #","for":"child""#, #","for":"child","ages":[13,7]"#, #","for":"child","ages":[7]"#,
        #","for":"grown-up","ages":[7,11]"#, #","for":"teacher""#, #","ages":[7,11]"#,
    ])
    func refusesAMalformedAudience(members: String) {
        #expect(throws: CatalogueError.self) { try load(members) }
    }
}
