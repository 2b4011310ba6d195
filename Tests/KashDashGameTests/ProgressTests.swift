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

@Suite struct RankPromotionTests {
    @Test func promotionWhenTheCareerRankRises() {
        var progress = SavedProgress()
        let first = progress.record(levelID: "a", score: 30, finished: true)
        #expect(first.rank == .cadet)
        #expect(first.promotion == nil, "starting as a cadet is a welcome, not a promotion")
        let second = progress.record(levelID: "a", score: 150, finished: true)
        #expect(second.promotion == RankPromotion(from: .cadet, to: .sergeant))
        #expect(second.newBestScore)
        let third = progress.record(levelID: "b", score: 145, finished: true)
        #expect(third.promotion == nil, "Sergeant again on another level is no promotion")
        #expect(progress.levels["a"]?.bestScore == 150)
        #expect(progress.careerRank == .sergeant)
        #expect(RankPromotion.check(previous: nil, reached: .constable) == RankPromotion(from: nil, to: .constable))
    }

    @Test func roundEndCelebratesAPromotion() {
        let app = GameApp.scenario(.roundEnd(levelID: "training"))
        #expect(app.screenID == .roundEnd)
        let score = app.simulation?.state.score ?? 0
        if Rank.forScore(score) > .cadet {
            #expect(app.drawnText.contains("Promoted to \(Rank.forScore(score).title)!"))
        }
        #expect(app.drawnText.contains("Score: \(score)"))
    }
}

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
