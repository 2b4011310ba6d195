import Testing

import KashDashContract

/// The byte-level `/go` target parser: what it accepts, and everything it must leave to
/// the router (returns `nil`).
@Suite struct GoTargetTests {
    private func parse(_ target: String) -> (id: String, source: String?, level: String?)? {
        GoTarget(target).map { (String($0.linkID), $0.source.map(String.init), $0.level.map(String.init)) }
    }

    @Test func plainID() throws {
        let target = try #require(parse("/go/childline"))
        #expect(target.id == "childline")
        #expect(target.source == nil)
        #expect(target.level == nil)
    }

    @Test func idWithSourceAndLevel() throws {
        let target = try #require(parse("/go/thinkuknow?src=kiosk&level=tell-an-adult"))
        #expect(target.id == "thinkuknow")
        #expect(target.source == "kiosk")
        #expect(target.level == "tell-an-adult")
    }

    @Test func orderOfKeysDoesNotMatterAndOtherKeysAreIgnored() throws {
        let target = try #require(parse("/go/childline?x=1&level=passwords&utm=y&src=web"))
        #expect(target.id == "childline")
        #expect(target.source == "web")
        #expect(target.level == "passwords")
    }

    /// Same rule as Hummingbird's `queryParameters[...]`, which the router route reads.
    @Test func firstValueWinsForRepeatedKeys() throws {
        let target = try #require(parse("/go/childline?src=kiosk&level=passwords&src=web&level=tell-an-adult"))
        #expect(target.source == "kiosk")
        #expect(target.level == "passwords")
    }

    @Test func emptyFirstValueStillWins() throws {
        let target = try #require(parse("/go/childline?src=&src=web"))
        #expect(target.source == "")
    }

    @Test func keyWithoutEqualsHasAnEmptyValue() throws {
        let target = try #require(parse("/go/childline?src&level=passwords"))
        #expect(target.source == "")
        #expect(target.level == "passwords")
    }

    @Test func keyIsMatchedWholeNotByPrefix() throws {
        let target = try #require(parse("/go/childline?srcx=web&xsrc=kiosk&levels=passwords"))
        #expect(target.source == nil)
        #expect(target.level == nil)
    }

    @Test func valueKeepsEverythingAfterTheFirstEquals() throws {
        let target = try #require(parse("/go/childline?src=a=b&level=x/y?z"))
        #expect(target.source == "a=b")
        #expect(target.level == "x/y?z")
    }

    @Test func emptyQuery() throws {
        let target = try #require(parse("/go/x?"))
        #expect(target.id == "x")
        #expect(target.source == nil)
        #expect(target.level == nil)
    }

    @Test func emptyPairsAreSkipped() throws {
        let target = try #require(parse("/go/x?&&src=web&"))
        #expect(target.id == "x")
        #expect(target.source == "web")
    }

    /// Escapes in the id are kept as sent: the server's `AdviceClickResolver` normalises the unreserved
    /// ones for both paths, and anything still unknown goes on to the router's 404.
    @Test func percentEscapesInTheIDAreKeptForTheResolver() throws {
        #expect(try #require(parse("/go/child%6Cine")).id == "child%6Cine")
        #expect(try #require(parse("/go/https%3A%2F%2Fevil.example")).id == "https%3A%2F%2Fevil.example")
    }

    @Test func idIsNotDecodedOrCaseFolded() throws {
        #expect(try #require(parse("/go/THINKUKNOW")).id == "THINKUKNOW")
        #expect(try #require(parse("/go/a.b-c_d")).id == "a.b-c_d")
    }

    @Test(arguments: [
        "/go/", "/go/?src=web", "/go", "/go?x=1", "", "/",
        "/go/a/b", "/go/childline/", "/go//childline", "/go/../health",
        "/go/childline?src=%77eb",
        "/go/child+line", "/go/childline?level=a+b",
        "/go/childline#top", "/go/childline?src=web#x",
        "/health", "/download/go/childline", "/gox/childline", "/GO/childline", "go/childline",
        "http://localhost/go/childline",
    ])
    func leavesEverythingElseToTheRouter(target: String) {
        #expect(GoTarget(target) == nil)
    }

    @Test func slashInTheQueryIsNotANestedPath() throws {
        let target = try #require(parse("/go/childline?src=web/x"))
        #expect(target.id == "childline")
        #expect(target.source == "web/x")
    }

    @Test(arguments: ["childline", "%63hildline", "%2Fchildline", "%zzchild", "child%", "%6", "%7E", "%41%5a"])
    func normalisationDecodesOnlyUnreservedEscapes(text: String) {
        let expected = ["childline": "childline", "%63hildline": "childline", "%2Fchildline": "%2Fchildline",
                        "%zzchild": "%zzchild", "child%": "child%", "%6": "%6", "%7E": "~", "%41%5a": "AZ"]
        #expect(UnreservedPercentDecoding.normalise(text) == expected[text])
    }
}
