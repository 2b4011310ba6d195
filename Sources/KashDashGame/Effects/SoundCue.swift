/// A sound effect the game asks for; the backend plays `Assets/sounds/<fileName>.wav`.
public enum SoundCue: String, CaseIterable, Hashable, Sendable {
    case flap
    case point
    case pickup
    case right
    case wrong
    case rankUp
    case click
    case crash

    /// The file name in `Assets/sounds`, without `.wav`.
    public var fileName: String {
        switch self {
        case .rankUp: "rankup"
        default: rawValue
        }
    }
}
