import ArgumentParser
import Foundation
import KashDashContract
import KashDashCore
import KashDashGame
import KashDashLevels
import KashDashSpeech

/// `kashdash speak`: what read-aloud says for one message, as a WAV file. The words come
/// from `Narration` and the voice from `SpeechSynthesizer`, exactly as in the game, so a
/// teacher can hear a lesson beforehand and a test can check what a child will hear.
struct SpeakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speak",
        abstract: "Write what read-aloud says for a level's message as a WAV file.",
        discussion: """
            Reads the message and its numbered choices (or, with --choice, the feedback after that \
            choice) with the eSpeak NG voice the game uses, and writes 16-bit mono PCM at the voice's \
            rate (22,050 Hz). Prints the words read. Exit codes: 0 written; 1 no voice for the \
            language or the file could not be written; 2 bad usage; 3 unknown level or message.
            """)

    @Option(help: "Level id (e.g. online-friends) or path to a level .lua file.")
    var level: String?

    @Option(help: "The message's id within the level.")
    var message: String?

    @Option(help: "Read the feedback after picking this choice (1, 2, ...) instead of the message.")
    var choice: Int?

    @Option(help: "Language of the words and voice: en, cy, pl or ur (the level's translation and that language's eSpeak NG voice).")
    var lang = "en"

    @Option(help: "The dog who asks: kash, emma or jasper.")
    var dog = "kash"

    @Option(help: "The WAV file to write.")
    var out: String?

    @Flag(help: "Instead: measure read-aloud's latency and per-frame cost on every level's messages (docs/PERFORMANCE.md).")
    var bench = false

    func validate() throws {
        if bench { return }
        guard level != nil, message != nil, out != nil else { throw ValidationError("--level, --message and --out are needed") }
        guard Dog(rawValue: dog) != nil else { throw ValidationError("--dog must be kash, emma or jasper") }
        guard Language(tag: lang) != nil else {
            throw ValidationError("--lang \(lang): known languages are \(Language.allCases.map(\.tag).joined(separator: ", "))")
        }
        if let choice, choice < 1 { throw ValidationError("--choice counts from 1") }
    }

    func run() throws {
        if bench { return try SpeechBench.run() }
        let (level, message, out) = (level!, message!, out!)
        let loaded: LoadedLevel
        do { loaded = try LevelSource().load(level, seed: 1) } catch {
            printError(error.description)
            throw ExitStatus.badLevel
        }
        // The same words the game shows in that language (English where a translation lacks one).
        let language = Language(tag: lang)!
        let translations = TranslationFiles.load(levelsFolder: ContentLocator.levelsDirectory(), only: [language])
        for problem in translations.problems { printError("translation: \(problem)") }
        let strings = translations.catalogue(language)
        let plan = translations.level(loaded.plan.info.id, in: language)?.apply(to: loaded.plan) ?? loaded.plan
        guard let found = plan.messages.first(where: { $0.id == message }) else {
            let ids = loaded.plan.messages.map(\.id).joined(separator: ", ")
            printError("level \(loaded.plan.info.id) has no message '\(message)' (its messages: \(ids))")
            throw ExitStatus.badLevel
        }
        let text: String
        if let choice {
            guard choice <= found.choices.count else {
                printError("message '\(message)' has \(found.choices.count) choices, not \(choice)")
                throw ExitStatus.usage
            }
            text = Narration.feedback(found, choice: choice - 1, in: strings)
        } else {
            text = Narration.message(found, askedBy: Dog(rawValue: dog)!, in: strings)
        }
        let clip = SpeechSynthesizer.shared.clip(for: text, language: language.tag)
        let samples = clip.waitForAllSamples()
        if let error = clip.error {
            printError("kashdash speak: \(error)")
            throw ExitStatus.checkFailed
        }
        do { try WAVFile.write(samples: samples, sampleRate: clip.sampleRate, to: URL(fileURLWithPath: out)) } catch {
            printError("kashdash speak: could not write \(out): \(error.localizedDescription)")
            throw ExitStatus.checkFailed
        }
        print(text)
        print(String(format: "wrote %@: %.1f s of speech, %d Hz mono", out, clip.duration, clip.sampleRate))
    }
}
