/// Something the game asks of the world outside it. The game only queues these; the
/// backend (window, headless tool, test) drains the queue and carries them out in order.
///
/// One queue instead of one output per kind: a backend handles what it can (a window plays
/// sounds and opens links, the executable sends reports to the outbox) and ignores the rest,
/// and a new kind of effect is one case here plus the backends that care.
public enum GameEffect: Hashable, Sendable {
    /// Play a sound effect.
    case sound(SoundCue)
    /// Count an anonymous fact in the metrics outbox.
    case report(GameReport)
    /// Open an advice link in the browser (desktop only; the game never asks a kiosk).
    case openURL(String)
    /// Read this aloud (read-aloud, or the R key); a `.screen` utterance cuts off what was
    /// being said, a `.focus` one waits for it (`Utterance.Kind`).
    case speak(Utterance)
    /// Stop reading aloud (the child went back to flying).
    case stopSpeaking
    /// The player confirmed quitting (desktop only): close the game.
    case quit
}

extension Array where Element == GameEffect {
    /// The sounds among `self`, in order.
    public var sounds: [SoundCue] { compactMap { if case .sound(let cue) = $0 { cue } else { nil } } }
    /// The reports among `self`, in order.
    public var reports: [GameReport] { compactMap { if case .report(let report) = $0 { report } else { nil } } }
    /// The last link asked for, if any.
    public var openedURL: String? { compactMap { if case .openURL(let url) = $0 { url } else { nil } }.last }
    public var asksToQuit: Bool { contains(.quit) }
    /// The utterances among `self`, in order.
    public var utterances: [Utterance] { compactMap { if case .speak(let utterance) = $0 { utterance } else { nil } } }
}
