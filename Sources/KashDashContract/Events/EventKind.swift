/// What happened: the one list of event kinds, for the game's outbox and the server alike.
/// Client kinds arrive in batches from the game; server kinds are observed by the content
/// server itself (a redirect or a download it served). A new kind goes here, in
/// `clientKinds` if the game sends it, and in `requires`; the compiler finds the rest.
public enum EventKind: String, CaseIterable, Codable, Sendable {
    // Reported by the game client.
    case linkShown = "link_shown"
    case linkOpened = "link_opened"
    case linkOpenedOffline = "link_opened_offline"
    case levelStarted = "level_started"
    case levelFinished = "level_finished"
    /// Sent by games before encounter buckets existed (still accepted, never in learning figures).
    case messageAnsweredSafe = "message_answered_safe"
    case messageAnsweredUnsafe = "message_answered_unsafe"
    /// An answer to a scenario question, with its `encounter` bucket and `verdict`
    /// (see `AnswerShape`). Counted in the aggregates as `message_answered_safe`/`_unsafe`.
    case messageAnswered = "message_answered"
    /// An answer to a reflection question: an answer with an `encounter` bucket and no verdict.
    case reflectionAnswered = "reflection_answered"
    // Observed by the server.
    /// A `/go/<link>` redirect to an advice site: the panel's "clicks to advice websites".
    case adviceClick = "advice_click"
    /// A counted (first, full, non-probe) download of a file for one daily visitor hash.
    case download = "download"

    /// Kinds a client may send in `POST /api/v1/events`.
    public static let clientKinds: [EventKind] = [
        .linkShown, .linkOpened, .linkOpenedOffline, .levelStarted, .levelFinished,
        .messageAnsweredSafe, .messageAnsweredUnsafe, .messageAnswered, .reflectionAnswered,
    ]

    public var isClientKind: Bool { Self.clientKinds.contains(self) }

    /// The id fields this kind must carry to mean anything.
    public var requires: (link: Bool, level: Bool, message: Bool) {
        switch self {
        case .linkShown, .linkOpened, .linkOpenedOffline, .adviceClick: return (true, false, false)
        case .levelStarted, .levelFinished: return (false, true, false)
        case .messageAnsweredSafe, .messageAnsweredUnsafe: return (false, false, true)
        // Learning figures are per level and message, so an answer with a bucket needs both.
        case .messageAnswered, .reflectionAnswered: return (false, true, true)
        case .download: return (false, false, false)
        }
    }
}

/// Where an event came from (also the `/go?src=` value). Nothing finer than this is kept
/// about the sender.
public enum EventSource: String, CaseIterable, Codable, Sendable {
    case desktop, kiosk, web
    /// A QR code scanned from a classroom kiosk's advice screen (a phone opening `/go` later).
    case kioskQR = "kiosk-qr"

    /// What a game's outbox batch may name; `kiosk-qr` only arrives as a `/go` click.
    public static let batchSources: [EventSource] = [.desktop, .kiosk, .web]
}
