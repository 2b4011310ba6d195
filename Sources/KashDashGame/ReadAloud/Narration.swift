import Foundation
import KashDashContract
import KashDashCore

/// What the game says aloud for each screen that has words to read: built from the same
/// values the screen draws, so the speech and the picture never disagree. `kashdash speak`
/// uses these same functions, so a teacher's WAV file is exactly what the game would say.
///
/// Numbers lead each choice ("1: Tell a trusted adult."), because a child who cannot read
/// the buttons answers with the number keys.
public enum Narration {
    /// A safety message: who asks, the question, then every choice with its number.
    public static func message(_ message: SafetyMessage, askedBy dog: Dog) -> String {
        var parts = [dog.name + " asks: " + sentence(message.prompt)]
        for (index, choice) in message.choices.enumerated() {
            parts.append("\(index + 1): " + sentence(choice.text))
        }
        return parts.joined(separator: " ")
    }

    /// The feedback panel: the headline, the chosen answer's feedback and, after an unsafe
    /// answer, every safe choice with why it is safe (what the panel lists).
    public static func feedback(_ message: SafetyMessage, choice: Int) -> String {
        guard let chosen = message.choices[safe: choice] else { return "" }
        var parts = [feedbackHeadline(message, chosen: chosen), sentence(chosen.feedback)]
        if message.kind != .reflection, !chosen.isSafe {
            let safe = message.safeChoices
            for choice in safe {
                let label = safe.count == 1 ? "The safe choice: " : "A safe choice: "
                parts.append(label + sentence(choice.text) + (choice.why.map { " " + sentence($0) } ?? ""))
            }
        }
        return parts.joined(separator: " ")
    }

    /// The feedback panel's headline (drawn and spoken).
    static func feedbackHeadline(_ message: SafetyMessage, chosen: Choice) -> String {
        if message.kind == .reflection { return "Thank you for sharing how you feel." }
        return chosen.isSafe ? "Well done! That's the safe choice." : "Good try – let's think again."
    }

    /// The round end: how it went, the score and rank, the lesson, and where help is.
    static func roundEnd(_ result: RoundResult) -> String {
        var parts = [result.headline, "Score: \(result.score).", sentence(result.rankLine)]
        if result.messages > 0 { parts.append("Safe answers: \(result.rightAnswers) of \(result.messages).") }
        parts.append(sentence(result.lesson))
        parts.append(contentsOf: HelpLines.spoken)
        return parts.joined(separator: " ")
    }

    /// The advice links screen: what to do, then each link with its number and line.
    static func adviceLinks(_ links: [AdviceLink], kiosk: Bool) -> String {
        var parts = ["Where to get help.", kiosk ? "Ask your teacher to show you these websites." : "Pick one to open it."]
        for (index, link) in links.enumerated() {
            let reader = link.reader == .grownUp ? " For grown-ups." : ""
            parts.append("\(index + 1): " + sentence(link.title) + reader + " " + sentence(link.description))
        }
        parts.append(contentsOf: HelpLines.spoken)
        return parts.joined(separator: " ")
    }

    /// Ends `text` with a full stop unless it already ends a sentence, so the voice pauses
    /// between a question and its choices instead of running them together.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return trimmed }
        return ".!?:".contains(last) ? trimmed : trimmed + "."
    }
}
