import Foundation
import KashDashContract
import Testing

@testable import KashDashGame

/// The encounter bucket of each answer: counted per message on the device, reset with a
/// kiosk's child session, and never more than first, second or later.
@Suite struct EncounterTests {
    /// Plays the training level once with the bot and returns the buckets it reported.
    private func playTraining(_ app: GameApp) -> [EncounterBucket] {
        _ = app.drainReports()
        #expect(app.startLevel(id: "training"))
        app.botFlies = true
        app.botAnswers = true
        app.tickUntil { $0.screenID == .roundEnd }
        return app.drainReports().compactMap {
            if case .messageAnswered(_, _, let encounter, _) = $0 { encounter } else { nil }
        }
    }

    @Test func meetingTheSameMessageAgainMovesThroughTheBuckets() {
        let (app, _) = makeApp()
        #expect(playTraining(app) == [.first])
        #expect(playTraining(app) == [.second])
        #expect(playTraining(app) == [.later])
        #expect(playTraining(app) == [.later])
        #expect(app.progress.messageMeetings?["training/same-age"] == 4)
    }

    @Test func aKioskStartsEachChildAtTheFirstMeeting() {
        let (kiosk, store) = makeApp(mode: .kiosk)
        kiosk.handle(.primary)  // wakes the kiosk
        #expect(playTraining(kiosk) == [.first])
        #expect(playTraining(kiosk) == [.second])
        kiosk.resetKioskSession()
        kiosk.leaveAttract()
        #expect(playTraining(kiosk) == [.first])
        // A kiosk saves nothing, not even the meeting counts.
        #expect(store.saveCount == 0)
    }

    @Test func progressWrittenBeforeMeetingCountsStillLoads() throws {
        // A file from before has no "messageMeetings" key; it must load, not be set aside.
        let old = try JSONEncoder().encode(SavedProgress())
        #expect(!String(decoding: old, as: UTF8.self).contains("messageMeetings"))
        #expect(try JSONDecoder().decode(SavedProgress.self, from: old).messageMeetings == nil)
        var progress = SavedProgress()
        #expect(progress.meetMessage(level: "a", message: "m") == 1)
        #expect(progress.meetMessage(level: "b", message: "m") == 1)
        #expect(progress.meetMessage(level: "a", message: "m") == 2)
    }

    @Test func bucketsStopAtLater() {
        #expect(EncounterBucket(meeting: 1) == .first)
        #expect(EncounterBucket(meeting: 2) == .second)
        #expect(EncounterBucket(meeting: 3) == .later)
        #expect(EncounterBucket(meeting: 300) == .later)
    }
}
