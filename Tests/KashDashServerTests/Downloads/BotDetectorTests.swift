import Testing
import KashDashServer

@Suite struct BotDetectorTests {
    @Test func crawlersAndScriptsAreBotsBrowsersAreNot() {
        let bots = BotDetector()
        #expect(bots.isBot(userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
        #expect(bots.isBot(userAgent: "python-requests/2.31"))
        #expect(bots.isBot(userAgent: nil))
        #expect(bots.isBot(userAgent: ""))
        #expect(!bots.isBot(userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
    }

    @Test func markersMatchWhateverTheirCase() {
        let bots = BotDetector(markers: ["KioskProbe"])
        #expect(bots.isBot(userAgent: "kioskprobe/1"))
        #expect(bots.isBot(userAgent: "KIOSKPROBE/1"))
        #expect(!bots.isBot(userAgent: "Googlebot/2.1"))
    }
}
