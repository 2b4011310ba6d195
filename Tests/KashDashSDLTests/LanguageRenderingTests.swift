import Foundation
import KashDashContract
import KashDashCore
@testable import KashDashGame
@testable import KashDashSDL
import Testing

extension SDLBackendTests {
    /// The game in Welsh, Polish and Urdu, drawn with the real fonts: golden message screens
    /// (Urdu shaped right to left in Nastaliq), and a pseudo-language that lengthens every
    /// string by 40 % to catch text that would be clipped by a longer translation.
    @Suite struct LanguageRenderingTests {
        static let level = "online-friends"

        static func content(_ languages: [Language], levels: [String] = [level]) -> GameContent {
            var content = GameContent(levels: RepositoryContent.levels(levels), links: AdviceLink.builtInHelp)
            content.translations = RepositoryContent.translations(languages)
            return content
        }

        @Test(arguments: [Language.welsh, .polish, .urdu])
        func messageScreenGolden(_ language: Language) throws {
            var settings = GameSettings()
            settings.language = language
            let app = GameApp.scenario(.message(levelID: Self.level), content: Self.content([language]), settings: settings)
            let list = app.draw(alpha: 1)
            // The prompt really is the translation (not English drawn in another font).
            let english = "Someone you don't know sends you a friend request."
            #expect(!list.texts.contains { $0.hasPrefix(english.prefix(30)) })
            try GoldenImageTests.check(list, named: "screen-message-\(language.tag)")
        }

        /// Level cards name their title and topic in the translation's words, set right to left.
        @Test func levelSelectGoldenInUrdu() throws {
            var settings = GameSettings()
            settings.language = .urdu
            let levels = ["online-friends", "keep-it-private", "super-passwords"]
            let app = GameApp.scenario(.levelSelect, content: Self.content([.urdu], levels: levels), settings: settings)
            let list = app.draw(alpha: 1)
            #expect(list.texts.contains("آن لائن دوست"), "online-friends' topic in Urdu")
            #expect(!list.texts.contains("Online friends"))
            try GoldenImageTests.check(list, named: "screen-level-select-ur")
        }

        @Test func theRepositoryTranslationsLoadCleanly() {
            let translations = RepositoryContent.translations([.welsh, .polish, .urdu])
            #expect(translations.problems.map(\.description) == [])
            for language in [Language.welsh, .polish, .urdu] {
                #expect(translations.catalogues[language]?.untranslated == [], "\(language)")
            }
        }

        @Test func urduIsDrawnRightToLeftAndShaped() throws {
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: GoldenImageTests.assetsFolder)
            var list = DrawList()
            list.clear(.white)
            let box = Rect(x: 100, y: 100, width: 1000, height: 120)
            list.text(TextCommand("کسی بھروسے مند بڑے کو بتائیں", box: box, size: 40, color: .black, font: .nastaliq,
                                  alignment: .leading, wraps: false, rightToLeft: true))
            offscreen.render(list)
            let image = try offscreen.image()
            var inkColumns: [Int] = []
            for x in 0..<image.width where (0..<image.height).contains(where: { image[x, $0].r < 128 }) { inkColumns.append(x) }
            // Leading is the right edge in Urdu: the line ends flush right in its box.
            let right = try #require(inkColumns.max())
            #expect(right > Int(box.maxX) - 12 && right <= Int(box.maxX) + 2)
            // Shaped: HarfBuzz joins the letters, so a word is narrower than its letters set apart.
            let metrics = offscreen.drawing.textMetrics
            let word = "بھروسے"
            let joined = metrics.width(of: word, size: 40, bold: false, font: .nastaliq)
            let apart = word.map { metrics.width(of: String($0), size: 40, bold: false, font: .nastaliq) }.reduce(0, +)
            #expect(joined > 0 && joined < apart * 0.9)
        }

        /// Every string 40 % longer, with accents: menus and the longest-worded levels must
        /// still fit at the largest text size, measured with the real fonts.
        @Test func pseudoLanguageFitsEverywhere() throws {
            let levels = ["online-friends", "block-report-tell", "loot-boxes-and-ads"]
            var content = Self.content([], levels: levels)
            var translated: [UIString: String] = [:]
            for key in UIString.allCases { translated[key] = PseudoLanguage.stretch(key.english) }
            var levelWords: [String: LevelTranslation] = [:]
            for level in content.levels {
                let (plan, _) = try level.build(1)
                levelWords[level.id] = PseudoLanguage.translation(of: plan)
            }
            content.translations = GameTranslations(
                catalogues: [.polish: StringCatalogue(language: .polish, reviewed: false, translated: translated)],
                levels: [.polish: levelWords])
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: GoldenImageTests.assetsFolder)
            let stops = TranslationTour.stops(content: content, language: .polish)
            #expect(stops.count > 20)
            var overflows: [String] = []
            for stop in stops {
                #expect(stop.list.texts.contains { $0.contains("ẍ") }, "\(stop.place) shows no pseudo text")
                overflows += TextFit.overflows(in: stop.list, metrics: offscreen.drawing.textMetrics).map { "\(stop.place): \($0)" }
            }
            #expect(Array(Set(overflows)).sorted() == [])
        }
    }
}

/// Lengthens text by 40 % and swaps letters for accented ones, keeping `{placeholders}` and
/// numbers, like a longer language would.
enum PseudoLanguage {
    static let accents: [Character: Character] = [
        "a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "A": "Å", "E": "É", "I": "Î", "O": "Ö", "U": "Ü",
        "c": "ç", "n": "ñ", "s": "ş", "y": "ÿ",
    ]

    static func stretch(_ english: String) -> String {
        var result = ""
        var inPlaceholder = false
        for character in english {
            if character == "{" { inPlaceholder = true }
            result.append(inPlaceholder ? character : accents[character] ?? character)
            if character == "}" { inPlaceholder = false }
        }
        var extra = Int((Double(english.count) * 0.4).rounded(.up))
        while extra > 0 {
            let word = String(repeating: "ẍ", count: min(5, max(1, extra - 1)))
            result += " " + word
            extra -= word.count + 1
        }
        return result
    }

    static func translation(of plan: LevelPlan) -> LevelTranslation {
        var messages: [String: LevelTranslation.MessageWords] = [:]
        for message in plan.messages {
            messages[message.id] = LevelTranslation.MessageWords(
                prompt: stretch(message.prompt),
                choices: message.choices.map {
                    LevelTranslation.ChoiceWords(text: stretch($0.text), feedback: stretch($0.feedback), why: $0.why.map(stretch))
                })
        }
        var phrases: [String: String] = [:]
        for label in plan.gates.compactMap(\.label) { phrases[label] = stretch(label) }
        return LevelTranslation(
            levelID: plan.info.id, language: .polish, reviewed: false, title: stretch(plan.info.title),
            topic: stretch(GameApp.topicWords(plan.info.topic)), lesson: stretch(plan.info.lesson), messages: messages, phrases: phrases)
    }
}
