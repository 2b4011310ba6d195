/// Something the game asks to be read aloud: the words, the language they are in, and
/// whether they are the screen's own narration or just the item the highlight is on.
///
/// The game only decides *what* to say and *when*; a backend (`KashDashSpeech` behind the
/// window, `kashdash speak` for a file) turns it into sound.
public struct Utterance: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A screen's narration (a message and its numbered choices, the feedback, the
        /// round-end lesson, the advice links): it cuts off whatever was being said.
        case screen
        /// The item the one-switch or keyboard highlight just moved to: it waits for the
        /// screen's narration to finish and replaces any earlier item still waiting, so a
        /// child hears the whole message and then the item the highlight is on now.
        case focus
    }

    public var text: String
    /// A BCP 47 language tag ("en", "cy", "pl", "ur"); chooses the voice.
    public var language: String
    public var kind: Kind

    public init(_ text: String, language: String = "en", kind: Kind = .screen) {
        self.text = text
        self.language = language
        self.kind = kind
    }
}
