import Foundation
import KashDashGame
import KashDashSpeech
import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// Read-aloud through the real path: the narrator, eSpeak NG on its thread, and the
    /// mixer on SDL's dummy audio device (which plays in real time, with no sound card).
    @Suite struct ReadAloudPlaybackTests {
        private func makeNarrator() throws -> (Narrator, SoundPlayer) {
            let sound = SoundPlayer(libraries: try SDLLibraries(), assets: nil, log: BackendLog { _ in }, driver: "dummy")
            return (Narrator(player: sound, log: BackendLog { _ in }), sound)
        }

        /// Pumps as the window does, once a frame, until `done` or `seconds` pass.
        private func pump(_ narrator: Narrator, _ sound: SoundPlayer, seconds: Double, until done: () -> Bool) {
            let end = Date().addingTimeInterval(seconds)
            while !done(), Date() < end {
                narrator.pump()
                sound.pump()
                usleep(16_667)
            }
        }

        @Test func anItemWaitsForTheNarrationThenPlays() throws {
            let (narrator, sound) = try makeNarrator()
            #expect(sound.isAvailable && narrator.unavailable == nil)
            let started = Date()
            narrator.say(Utterance("Tell a trusted adult.", kind: .screen))
            narrator.say(Utterance("1: Keep it secret.", kind: .focus))
            narrator.say(Utterance("2: Tell a teacher.", kind: .focus))  // the highlight moved on again
            let narration = try #require(narrator.currentClip)
            #expect(narration.text == "Tell a trusted adult.")
            var reachedDevice = false
            pump(narrator, sound, seconds: 10) {
                if sound.speechReachedDeviceAt != nil { reachedDevice = true }
                return narrator.currentClip !== narration
            }
            #expect(reachedDevice, "the words went to the device")
            #expect(narrator.currentClip?.text == "2: Tell a teacher.", "only the latest item waited")
            // The narration was played, not skipped: the item started no sooner than its length.
            #expect(Date().timeIntervalSince(started) >= narration.duration - 0.1)
        }

        @Test func aNewScreenCutsInAndStopSilences() throws {
            let (narrator, sound) = try makeNarrator()
            narrator.say(Utterance("Someone you only know online asks for a photo of you. What do you do?"))
            pump(narrator, sound, seconds: 2) { sound.speechReachedDeviceAt != nil }
            narrator.say(Utterance("Well done! That's the safe choice."))
            #expect(narrator.currentClip?.text == "Well done! That's the safe choice.")
            narrator.stop()
            #expect(narrator.currentClip == nil)
            narrator.pump()
            #expect(narrator.currentClip == nil, "nothing waits after a stop")
        }
    }
}
