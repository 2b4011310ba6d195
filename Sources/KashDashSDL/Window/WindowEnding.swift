/// Why the window's loop returned: a kiosk tells the teacher's exit from a stop by the system.
public enum WindowEnding: Sendable, Equatable {
    /// The game asked to quit (a player's quit, the teacher's exit on a kiosk).
    case exitRequested
    /// `WindowOptions.frameLimit` pictures were drawn (tests and benchmarks).
    case frameLimitReached
    /// SIGTERM or SIGINT arrived (`systemctl stop`, Ctrl+C in a terminal).
    case terminated
}
