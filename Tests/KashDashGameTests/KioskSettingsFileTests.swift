import Foundation
import KashDashCore
import Testing
@testable import KashDashGame

@Suite struct KioskSettingsFileTests {
    @Test func readsTheTeachersFileAndToleratesMistakes() throws {
        let directory = temporaryDirectory()
        let file = directory.appendingPathComponent("kiosk.json")
        try Data(#"{"speedPercent": 80, "largeText": true}"#.utf8).write(to: file)
        let settings = KioskSettingsFile.load(environment: ["KASHDASH_KIOSK_CONFIG": file.path])
        #expect(settings.speedPercent == 80)
        #expect(settings.largeText)
        #expect(settings.readAloud, "a kiosk reads aloud unless its file says not to")
        try Data(#"{"readAloud": false}"#.utf8).write(to: file)
        #expect(!KioskSettingsFile.load(environment: ["KASHDASH_KIOSK_CONFIG": file.path]).readAloud)
        try Data("speed: fast".utf8).write(to: file)
        var notes: [String] = []
        #expect(
            KioskSettingsFile.load(environment: ["KASHDASH_KIOSK_CONFIG": file.path]) { notes.append($0) }
                == KioskConfiguration.defaultSettings)
        #expect(notes.count == 1)
    }
}
