/// How the game is being run.
public enum GameMode: Hashable, Sendable {
    /// A child's own computer: progress is saved, links can open in the browser, quitting is allowed.
    case desktop
    /// A classroom kiosk: all levels open, no quitting, no browser, and after a spell of no
    /// input the session resets for the next child.
    case kiosk
}

/// Knobs the executable (or a test) sets; every one has a sensible default.
public struct GameConfiguration {
    /// Base URL of the content server (from `KASHDASH_SERVER`, or a kiosk's `server` setting),
    /// e.g. "https://kashdash.example"; advice links then go through its counting redirect `/go/<id>`.
    public var serverBaseURL: String?
    /// Seed for every run; nil picks a fresh random seed per run.
    public var fixedSeed: UInt64?
    /// Kiosk: seconds without input before the attract mode and a session reset.
    public var kioskIdleSeconds: Int = 90
    /// Kiosk: the PIN Ctrl+Alt+Q asks for before the game ends; nil leaves at once.
    public var teacherPin: TeacherPin?
    /// Kiosk: turns an address into a QR code (the backend's encoder); nil shows addresses only.
    public var makeQRCode: ((String) -> QRMatrix?)?
    /// Where the game writes notes for grown-ups (corrupt save files and the like).
    public var log: (String) -> Void

    public init(
        serverBaseURL: String? = nil, fixedSeed: UInt64? = nil, kioskIdleSeconds: Int = 90,
        teacherPin: TeacherPin? = nil, makeQRCode: ((String) -> QRMatrix?)? = nil,
        log: @escaping (String) -> Void = { _ in }
    ) {
        self.serverBaseURL = serverBaseURL
        self.fixedSeed = fixedSeed
        self.kioskIdleSeconds = kioskIdleSeconds
        self.teacherPin = teacherPin
        self.makeQRCode = makeQRCode
        self.log = log
    }
}
