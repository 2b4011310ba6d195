import Foundation
import KashDashContract
import KashDashCore

/// What the game says aloud for each screen that has words to read: built from the same
/// values the screen draws, so the speech and the picture never disagree. `kashdash speak`
/// uses these same functions, so a teacher's WAV file is exactly what the game would say.
/// The game's own words come from the `StringCatalogue` passed in (the level's words are
/// already in the level's language).
///
/// Numbers lead each choice ("1: Tell a trusted adult."), because a child who cannot read
/// the buttons answers with the number keys.
public enum Narration {
    /// A safety message: who asks, the question, then every choice with its number.
    public static func message(_ message: SafetyMessage, askedBy dog: Dog, in strings: StringCatalogue) -> String {
        var parts = [strings.text(.messageAsks, ["dog": dog.name]) + " " + sentence(message.prompt)]
        for (index, choice) in message.choices.enumerated() {
            parts.append("\(index + 1): " + sentence(choice.text))
        }
        return parts.joined(separator: " ")
    }

    /// The feedback panel: the headline, the chosen answer's feedback and, after an unsafe
    /// answer, every safe choice with why it is safe (what the panel lists).
    public static func feedback(_ message: SafetyMessage, choice: Int, in strings: StringCatalogue) -> String {
        guard let chosen = message.choices[safe: choice] else { return "" }
        var parts = [feedbackHeadline(message, chosen: chosen, in: strings), sentence(chosen.feedback)]
        if message.kind != .reflection, !chosen.isSafe {
            let safe = message.safeChoices
            for choice in safe {
                let label: UIString = safe.count == 1 ? .feedbackTheSafeChoice : .feedbackASafeChoice
                let words = sentence(choice.text) + (choice.why.map { " " + sentence($0) } ?? "")
                parts.append(strings.text(label, ["choice": words]))
            }
        }
        return parts.joined(separator: " ")
    }

    /// English only, for tools not yet passing a language.

    /// English only, for tools not yet passing a language.

    /// The feedback panel's headline (drawn and spoken).
    static func feedbackHeadline(_ message: SafetyMessage, chosen: Choice, in strings: StringCatalogue) -> String {
        if message.kind == .reflection { return strings.text(.feedbackReflection) }
        return strings.text(chosen.isSafe ? .feedbackSafe : .feedbackUnsafe)
    }

    /// The round end: how it went, the score and rank, the lesson, and where help is.
    static func roundEnd(_ result: RoundResult, in strings: StringCatalogue) -> String {
        var parts = [
            result.headline(strings), sentence(strings.text(.roundEndScore, ["score": "\(result.score)"])),
            sentence(result.rankLine(strings)),
        ]
        if result.messages > 0 {
            parts.append(
                sentence(
                    strings.text(
                        .roundEndSafeAnswers, ["right": "\(result.rightAnswers)", "total": "\(result.messages)"])))
        }
        parts.append(sentence(result.lesson))
        parts.append(contentsOf: HelpLines.spoken(strings))
        return parts.joined(separator: " ")
    }

    /// The advice links screen: what to do, then each link with its number and line.
    static func adviceLinks(_ links: [AdviceLink], kiosk: Bool, in strings: StringCatalogue) -> String {
        var parts = [
            sentence(strings.text(.adviceLinksTitle)),
            strings.text(kiosk ? .adviceLinksKioskSpoken : .adviceLinksDesktopSpoken),
        ]
        for (index, link) in links.enumerated() {
            let reader = link.reader == .grownUp ? " " + sentence(strings.text(.adviceLinksForGrownUps)) : ""
            parts.append("\(index + 1): " + sentence(link.title) + reader + " " + sentence(link.description))
        }
        parts.append(contentsOf: HelpLines.spoken(strings))
        return parts.joined(separator: " ")
    }

    /// Ends `text` with a full stop unless it already ends a sentence (Urdu's full stop "۔"
    /// and question mark "؟" count too), so the voice pauses between a question and its
    /// choices instead of running them together.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return trimmed }
        return ".!?:۔؟".contains(last) ? trimmed : trimmed + "."
    }
}
