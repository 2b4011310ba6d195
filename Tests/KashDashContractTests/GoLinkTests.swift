import KashDashContract
import Testing

@Suite struct GoLinkTests {
    @Test func buildsTheRedirectAddress() {
        #expect(
            GoLink.url(
                base: "https://kashdash.example/", linkID: "thinkuknow", source: .desktop, level: "training hard")
                == "https://kashdash.example/go/thinkuknow?src=desktop&level=training%20hard")
        #expect(GoLink.path(linkID: "childline") == "/go/childline")
    }

    @Test func whatTheGameBuildsTheServerReads() throws {
        for source in EventSource.allCases {
            let url = GoLink.url(base: "http://h", linkID: "childline", source: source, level: "keep-it-private")
            let target = try #require(GoTarget(String(url.dropFirst("http://h".count))))
            #expect(
                target == GoTarget(linkID: "childline", source: Substring(source.rawValue), level: "keep-it-private"))
        }
        for language in Language.allCases {
            let url = GoLink.url(base: "http://h", linkID: "childline", source: .kioskQR, level: "a", language: language)
            #expect(url.hasSuffix("&lang=\(language.tag)"))
            let target = try #require(GoTarget(String(url.dropFirst("http://h".count))))
            #expect(target == GoTarget(linkID: "childline", source: "kiosk-qr", level: "a", language: Substring(language.tag)))
        }
    }

    @Test func readsOnlyPlainTargets() throws {
        #expect(GoTarget("/go/childline")?.linkID == "childline")
        #expect(
            GoTarget("/go/childline?level=a&src=kiosk&src=web")
                == GoTarget(linkID: "childline", source: "kiosk", level: "a"))
        #expect(GoTarget("/go/childline?src") == GoTarget(linkID: "childline", source: "", level: nil))
        for unusual in ["/go/", "/go", "/go/a?src=%20", "/go/a+b", "/go/a#x", "/go/a/b", "/download/x"] {
            #expect(GoTarget(unusual) == nil, "\(unusual) is left to the router")
        }
    }
}
