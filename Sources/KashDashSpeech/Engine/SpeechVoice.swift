/// Which eSpeak NG voice reads each of the game's languages. The game speaks in BCP 47
/// tags; eSpeak names its voices its own way (`en-gb`, not `en`).
public enum SpeechVoice {
    /// The game's languages and their voice files in Debian 12's espeak-ng-data (1.51):
    /// `en` is British English (`gmw/en`; the name "en-gb" is only a language it lists).
    public static let byLanguage: [String: String] = ["en": "en", "cy": "cy", "pl": "pl", "ur": "ur"]

    /// The voice for `language`: a known one, else the tag itself (eSpeak may have it,
    /// as a voice file or as a language one of its voices speaks).
    public static func name(for language: String) -> String {
        byLanguage[language.lowercased()] ?? language.lowercased()
    }

    /// Words a minute: a little slower than eSpeak's 175, for children of 7 who are
    /// listening to words they cannot yet read.
    public static let wordsPerMinute: Int32 = 150
}
