import Foundation
import KashDashContract
import KashDashCore
@testable import KashDashGame

/// Translation files (`Assets/strings/<lang>.json` and `Levels/translations/<lang>/<id>.json`):
/// each input is read as both, in a language chosen by its length, and what is read is used as
/// the game uses it.
enum TranslationFuzzing {
    private static let languages = Language.allCases.filter { $0 != .english }
    private static let level = BuiltInLevels.training(seed: 1)

    static func run(_ bytes: [UInt8]) {
        let language = languages[bytes.count % languages.count]
        runCatalogue(bytes, language: language)
        runLevelTranslation(bytes, language: language)
    }

    private static func runCatalogue(_ bytes: [UInt8], language: Language) {
        let (catalogue, _) = StringCatalogue.load(json: bytes, file: "fuzz.json", language: language)
        for key in UIString.allCases {
            let names = StringCatalogue.placeholders(in: key.english)
            let filled = catalogue.text(key, Dictionary(uniqueKeysWithValues: names.map { ($0, "7") }))
            // Every string shown is whole: a translation whose placeholders differ is refused.
            for name in names {
                precondition(!filled.contains("{\(name)}"), "\(key.rawValue) shown with {\(name)} unfilled")
            }
            precondition(!filled.allSatisfy(\.isWhitespace), "\(key.rawValue) shown blank")
        }
    }

    private static func runLevelTranslation(_ bytes: [UInt8], language: Language) {
        guard let translation = LevelTranslation.load(json: bytes, file: "fuzz.json", language: language).translation else { return }
        _ = translation.problems(against: level, file: "fuzz.json")
        let translated = translation.apply(to: level)
        // The simulation never sees the language: only words may change.
        precondition(translated.gates.map(\.x) == level.gates.map(\.x) && translated.finishX == level.finishX,
                     "a translation moved the course")
        precondition(translated.messages.map(\.id) == level.messages.map(\.id), "a translation changed the messages")
        precondition(translated.messages.map { $0.choices.map(\.isSafe) } == level.messages.map { $0.choices.map(\.isSafe) },
                     "a translation changed which answers are safe")
    }
}
