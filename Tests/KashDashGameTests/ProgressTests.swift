import Foundation
import KashDashCore
import Testing

@testable import KashDashGame

@Suite struct ProgressTests {
    @Test func savesRoundTripThroughTheFile() throws {
        let directory = temporaryDirectory()
        let store = FileProgressStore(fileURL: directory.appendingPathComponent("kashdash/progress.json"))
        #expect(store.load() == SavedProgress())
        var progress = SavedProgress()
        progress.dog = .jasper
        progress.settings.highContrast = true
        progress.settings.speedPercent = 60
        _ = progress.record(levelID: "training", score: 150, finished: true)
        try store.save(progress)
        #expect(store.load() == progress)
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
        #expect(text.contains("\"bestScore\" : 150"))
    }

    @Test func aCorruptFileIsSetAsideAndTheGameStartsFresh() throws {
        let directory = temporaryDirectory()
        let file = directory.appendingPathComponent("progress.json")
        try Data("{ this is not json".utf8).write(to: file)
        var notes: [String] = []
        let store = FileProgressStore(fileURL: file) { notes.append($0) }
        #expect(store.load() == SavedProgress())
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let backup = try String(contentsOf: store.backupURL, encoding: .utf8)
        #expect(backup == "{ this is not json")
        #expect(notes.count == 1)
        #expect(notes.first?.contains("progress.json.bak") == true)
        // And the game plays on, saving a fresh file.
        let app = GameApp(content: .builtIn, store: store)
        #expect(app.screenID == .title)
        app.perform(.pickDog(.emma))
        #expect(store.load().dog == .emma)
    }

    @Test func theDefaultLocationFollowsXDG() {
        #expect(
            FileProgressStore.defaultFileURL(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]).path
                == "/data/kashdash/progress.json")
        #expect(
            FileProgressStore.defaultFileURL(environment: ["HOME": "/home/a"]).path
                == "/home/a/.local/share/kashdash/progress.json")
    }

    @Test func settingsFromAnOlderFileKeepTheirDefaults() throws {
        let json = #"{"version":1,"dog":"emma","settings":{"volume":300,"largeText":true},"levels":{}}"#
        let progress = try JSONDecoder().decode(SavedProgress.self, from: Data(json.utf8))
        #expect(progress.dog == .emma)
        #expect(progress.settings.volume == 100)
        #expect(progress.settings.largeText)
        #expect(progress.settings.speedPercent == 100)
    }
}
