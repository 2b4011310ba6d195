import Foundation
import KashDashCore
import KashDashGame
import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// Every cue loads and mixes (SDL's dummy audio driver: no sound card needed).
    @Suite struct SoundTests {
        @Test func everySoundCueLoadsAndMixes() throws {
            var messages: [String] = []
            let sound = SoundPlayer(libraries: try SDLLibraries(), assets: GoldenImageTests.assetsFolder,
                                    log: BackendLog { messages.append($0) }, driver: "dummy")
            #expect(sound.isAvailable, "\(messages)")
            #expect(sound.loadedCues == Set(SoundCue.allCases), "missing: \(Set(SoundCue.allCases).subtracting(sound.loadedCues))")
            sound.play(.flap)
            sound.play(.rankUp)
            #expect(sound.playingVoices == 2)
            sound.pump()
            sound.volume = 0
            sound.play(.crash)
            #expect(sound.playingVoices <= 2, "muted cues are not started")
        }
    }
}
