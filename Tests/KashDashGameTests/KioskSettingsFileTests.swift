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
        try Data("speed: fast".utf8).write(to: file)
        var notes: [String] = []
        #expect(
            KioskSettingsFile.load(environment: ["KASHDASH_KIOSK_CONFIG": file.path]) { notes.append($0) }
                == GameSettings())
        #expect(notes.count == 1)
    }
}
