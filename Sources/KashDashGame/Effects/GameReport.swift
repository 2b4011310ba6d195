import KashDashContract

/// An anonymous fact for the metrics outbox: what happened, to which level, message or link.
///
/// Nothing about the child, no time of day: the executable adds the day, the language being
/// played and the source (desktop or kiosk) when it hands these to `KashDashOutbox`. Demo runs (kiosk attract
/// mode) and watched runs (`observe`) report nothing.
public enum GameReport: Hashable, Sendable {
    case levelStarted(level: String)
    /// Flown to the end (a run that ran out of hearts is not a finish).
    case levelFinished(level: String)
    /// `encounter`: the how-many-th meeting of this message on this device (in a kiosk, in
    /// this child's session); `verdict`: nil for a reflection, which has no wrong answer.
    case messageAnswered(level: String, message: String, encounter: EncounterBucket, verdict: AnswerVerdict?)
    /// The advice links screen listed this link.
    case linkShown(link: String, level: String)
    /// The browser was asked to open the link through the content server's redirect.
    case linkOpened(link: String, level: String)
    /// The browser was asked to open the link's own address (no content server configured).
    case linkOpenedOffline(link: String, level: String)
}

extension GameReport {
    /// The anonymous event this report becomes in the outbox, dated `day` and played in
    /// `language`; `nil` for a link opened through the server's `/go` redirect, which counts
    /// the click itself (recording it here too would count it twice).
    public func clientEvent(on day: Day, language: Language? = nil) -> ClientEvent? {
        var event = plainEvent(on: day)
        event?.language = language
        return event
    }

    private func plainEvent(on day: Day) -> ClientEvent? {
        switch self {
        case .levelStarted(let level): ClientEvent(kind: .levelStarted, day: day, level: level)
        case .levelFinished(let level): ClientEvent(kind: .levelFinished, day: day, level: level)
        case .messageAnswered(let level, let message, let encounter, let verdict):
            ClientEvent.answer(day: day, level: level, message: message, encounter: encounter, verdict: verdict)
        case .linkShown(let link, let level): ClientEvent(kind: .linkShown, day: day, level: level, link: link)
        case .linkOpened: nil
        case .linkOpenedOffline(let link, let level):
            ClientEvent(kind: .linkOpenedOffline, day: day, level: level, link: link)
        }
    }
}
