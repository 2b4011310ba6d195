/// Something that happened during a tick; screens, sound and metrics react to these.
public enum GameEvent: Hashable, Sendable {
    case flapped
    case started
    case gatePassed(gate: Int)
    case pickupCollected(pickup: Int, points: Int)
    case messageShown(message: Int)
    case messageAnswered(message: Int, choice: Int, safe: Bool)
    /// A reflection ("how would you feel?") was answered: no verdict, every feeling is welcome.
    case reflectionAnswered(message: Int, choice: Int)
    /// Play goes on after the child read the feedback.
    case feedbackClosed(message: Int)
    case crashed(livesLeft: Int)
    /// A level script awarded points or asked for a short banner.
    case bonus(points: Int, banner: String?)
    case levelFinished(score: Int)
    /// Out of lives (never in practice mode).
    case runEnded(score: Int)
}

/// The phase of a run. Only `flying` moves the world; every other phase waits for the player.
public enum Phase: Hashable, Sendable {
    /// Hovering before the first flap, after a crash, or after a message.
    case ready
    case flying
    /// A safety message is on screen; time stands still until a choice is made.
    case message(Int)
    /// Feedback on the choice is on screen until the player moves on.
    case feedback(message: Int, choice: Int)
    case finished
    case gameOver

    public var isOver: Bool { self == .finished || self == .gameOver }
}
