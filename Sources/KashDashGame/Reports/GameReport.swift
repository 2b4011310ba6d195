/// An anonymous fact for the metrics outbox: what happened, to which level, message or link.
///
/// Nothing about the child, no time of day: the executable adds the day and the source
/// (desktop or kiosk) when it hands these to `KashDashOutbox`. Demo runs (kiosk attract
/// mode) and watched runs (`observe`) report nothing.
public enum GameReport: Hashable, Sendable {
    case levelStarted(level: String)
    /// Flown to the end (a run that ran out of hearts is not a finish).
    case levelFinished(level: String)
    case messageAnswered(level: String, message: String, safe: Bool)
    /// The advice links screen listed this link.
    case linkShown(link: String, level: String)
    /// The browser was asked to open the link through the content server's redirect.
    case linkOpened(link: String, level: String)
    /// The browser was asked to open the link's own address (no content server configured).
    case linkOpenedOffline(link: String, level: String)
}
