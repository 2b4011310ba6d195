import Foundation
import Testing

@testable import KashDashSpeech

/// Real eSpeak NG (Debian's espeak-ng-data voices), synthesising into memory.
@Suite struct SpeechSynthesizerTests {
    let speech = SpeechSynthesizer.shared

    @Test func englishSpeechIsMadeAndIsNotSilence() throws {
        let clip = speech.clip(for: "Tell a trusted adult if anything online worries you.", language: "en")
        let samples = clip.waitForAllSamples()
        #expect(clip.error == nil)
        #expect(clip.sampleRate == 22_050)
        let seconds = Double(samples.count) / Double(clip.sampleRate)
        // Nine words at 150 a minute: about 3.6 s of speech, with pauses.
        #expect(seconds > 2 && seconds < 8, "\(seconds) s")
        let peak = samples.map { abs(Int($0)) }.max() ?? 0
        #expect(peak > 3_000, "peak \(peak)")
    }

    @Test func theSameWordsComeFromTheCacheWhole() throws {
        let text = "Keep your password secret, even from your best friend."
        let first = speech.clip(for: text, language: "en")
        let made = first.waitForAllSamples()
        let again = speech.clip(for: text, language: "en")
        #expect(again === first)
        #expect(again.isFinished && again.count == made.count)
    }

    @Test(arguments: ["cy", "pl", "ur"])
    func eachLanguageHasItsVoice(language: String) throws {
        let words = ["cy": "Dywedwch wrth oedolyn rydych chi'n ymddiried ynddo.", "pl": "Powiedz zaufanej osobie dorosłej.",
                     "ur": "کسی قابل اعتماد بڑے کو بتائیں۔"][language]!
        let clip = speech.clip(for: words, language: language)
        let samples = clip.waitForAllSamples()
        #expect(clip.error == nil)
        #expect(Double(samples.count) / Double(clip.sampleRate) > 1)
    }

    @Test func aLanguageWithNoVoiceSaysSo() {
        let clip = speech.clip(for: "Hello.", language: "zz-no-such-voice")
        #expect(clip.waitForAllSamples().isEmpty)
        #expect(clip.error == .noVoice(language: "zz-no-such-voice"))
    }

    @Test func cancellingStopsSynthesisEarly() throws {
        let long = Array(repeating: "If someone you only know online asks to meet you, say no and tell a trusted adult.", count: 12)
            .joined(separator: " ")
        let clip = speech.clip(for: long, language: "en")
        while clip.count == 0 && !clip.isFinished { usleep(1_000) }
        speech.cancel(clip)
        let samples = clip.waitForAllSamples()
        // The whole text is about a minute of speech; a cancelled one stops within a chunk or two.
        #expect(Double(samples.count) / Double(clip.sampleRate) < 20)
        #expect(speech.clip(for: long, language: "en") !== clip, "a cancelled clip is not cached")
    }

    /// The same engine through its own command-line program (not our code): the lengths agree.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng")))
    func lengthMatchesTheEspeakCommand() throws {
        let text = "Online friends are still strangers."
        let ours = speech.clip(for: text, language: "en").waitForAllSamples()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-espeak-\(getpid()).wav")
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        process.arguments = ["-v", "en-gb", "-s", "\(SpeechVoice.wordsPerMinute)", "-w", file.path, text]
        try process.run()
        process.waitUntilExit()
        let bytes = [UInt8](try Data(contentsOf: file))
        let theirs = stride(from: 44, to: bytes.count - 1, by: 2).map { Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8) }
        // The program ends its file with about 0.4 s of silence that the library hands over
        // only to it; the speech itself is what must agree.
        func spoken(_ samples: [Int16]) -> Int { (samples.lastIndex { abs(Int($0)) >= 50 } ?? -1) + 1 }
        #expect(spoken(ours) > 22_050, "more than a second of speech")
        #expect(abs(spoken(theirs) - spoken(ours)) < 22_050 / 20, "ours \(spoken(ours)), espeak-ng \(spoken(theirs))")
    }
}
