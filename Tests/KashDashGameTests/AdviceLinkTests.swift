import KashDashContract
import Testing

@testable import KashDashGame

@Suite struct AdviceLinkTests {
    @Test func desktopOpensTheAddressItself() {
        let (app, _) = makeApp()
        let link = AdviceLink.builtInHelp[0]
        #expect(app.url(for: link, levelID: "training") == "https://www.childline.org.uk")
    }

    @Test func aConfiguredServerCountsTheClickThroughItsRedirect() {
        let (app, _) = makeApp(server: "https://kashdash.example/")
        let link = AdviceLink.builtInHelp[1]
        #expect(
            app.url(for: link, levelID: "training hard")
                == "https://kashdash.example/go/thinkuknow?src=desktop&level=training%20hard&lang=en")
        // The click is counted under the language being played.
        app.setLanguage(.welsh)
        #expect(app.url(for: link, levelID: "a")?.hasSuffix("&lang=cy") == true)
    }

    @Test func kioskNeverHasAnAddressToOpen() {
        let (app, _) = makeApp(mode: .kiosk, server: "https://kashdash.example")
        #expect(app.url(for: AdviceLink.builtInHelp[0], levelID: "training") == nil)
    }

    @Test func addressesAreShownWithoutTheScheme() {
        #expect(GameApp.displayAddress("https://www.childline.org.uk/") == "www.childline.org.uk")
    }
}
