import Foundation
import KashDashCore
import KashDashGame
import KashDashLevels
import KashDashSDL
import KashDashSpeech

/// `kashdash speak --bench`: read-aloud's latency and cost, for docs/PERFORMANCE.md.
///
/// Says every message of every level (English) through the real path: `Narrator`, the speech
/// thread, and `SoundPlayer` on SDL's dummy audio device, pumped once per 60 Hz frame as the
/// window does. For each: time from the request to the first samples being made, and to the
/// first samples going to the device; then the same again from the cache; and the time the
/// per-frame pumps take while speech plays (what read-aloud adds to a frame).
enum SpeechBench {
    static func run() throws {
        let log = BackendLog { printError("kashdash speak --bench: \($0)") }
        let sound = SoundPlayer(libraries: try SDLLibraries(), assets: nil, log: log, driver: "dummy")
        guard sound.isAvailable else { throw ExitStatus.checkFailed }
        let narrator = Narrator(player: sound, log: log)
        if let error = SpeechSynthesizer.shared.engineError {
            printError("kashdash speak --bench: \(error)")
            throw ExitStatus.checkFailed
        }
        let texts = try allMessageNarrations()
        var pumpTimes: [Double] = []
        func measure(_ text: String) -> (made: Double, device: Double) {
            let requested = DispatchTime.now().uptimeNanoseconds
            narrator.say(Utterance(text))
            // The window pumps once a frame; so does this, for ten frames of speech.
            var frames = 0
            while frames < 10 {
                let before = DispatchTime.now().uptimeNanoseconds
                narrator.pump()
                sound.pump()
                let after = DispatchTime.now().uptimeNanoseconds
                if sound.speechReachedDeviceAt != nil {
                    pumpTimes.append(Double(after - before) / 1e6)
                    frames += 1
                }
                usleep(16_667)
            }
            let device = Double((sound.speechReachedDeviceAt ?? requested) - requested) / 1e6
            let clip = narrator.currentClip
            let made = (clip?.secondsToFirstSamples ?? .nan) * 1000
            _ = clip?.waitForAllSamples()  // so it is cached whole, as after a message is heard
            narrator.stop()
            return (made, device)
        }
        // Each message, then the same again at once (the R key, or "Hear it").
        let pairs = texts.map { (measure($0), measure($0)) }
        let fresh = pairs.map(\.0)
        let cached = pairs.map(\.1)
        func line(_ name: String, _ values: [Double]) -> String {
            let sorted = values.sorted()
            let median = sorted[sorted.count / 2]
            let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
            return String(format: "%@: median %.1f ms, 95th percentile %.1f ms, max %.1f ms", name, median, p95, sorted.last!)
        }
        print("\(texts.count) message narrations (every level's messages, English), one 60 Hz pump a frame")
        print(line("first time, request to first samples made", fresh.map(\.made)))
        print(line("first time, request to first samples sent to the device", fresh.map(\.device)))
        print(line("cached, request to first samples sent to the device", cached.map(\.device)))
        print(line("per-frame narrator + mixer pump while speaking", pumpTimes))
        let cache = SpeechSynthesizer.shared.cached
        print(String(format: "speech cache: %d clips, %.0f s of speech, %.1f MB", cache.clips, cache.seconds, cache.seconds * 22_050 * 2 / 1e6))
    }

    private static func allMessageNarrations() throws -> [String] {
        let source = LevelSource()
        guard let library = source.library() else {
            printError("kashdash speak --bench: no levels folder found")
            throw ExitStatus.badLevel
        }
        var texts: [String] = []
        for summary in library.levels {
            guard let loaded = try? library.load(id: summary.id, seed: 1) else { continue }
            texts += loaded.plan.messages.map { Narration.message($0, askedBy: .kash, in: .english) }
        }
        return texts
    }
}
