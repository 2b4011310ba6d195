/// Why read-aloud cannot speak, in words for the log and the settings screen.
public enum SpeechError: Error, Equatable, CustomStringConvertible {
    /// eSpeak NG could not start (its data folder is missing or unreadable).
    case engineUnavailable(String)
    /// No eSpeak NG voice for this language on this computer.
    case noVoice(language: String)

    public var description: String {
        switch self {
        case .engineUnavailable(let reason): "the speech engine did not start (\(reason); Debian package espeak-ng-data)"
        case .noVoice(let language): "no speech voice for '\(language)' on this computer (Debian package espeak-ng-data)"
        }
    }
}
