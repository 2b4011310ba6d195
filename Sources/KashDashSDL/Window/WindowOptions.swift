/// How to open the game window. Every field has a default.
public struct WindowOptions: Sendable {
    public var title = "Kash Dash"
    /// Start in desktop full screen (F11 toggles).
    public var fullscreen = false
    /// Classroom kiosk: full screen, borderless, input grabbed, F11 and closing ignored,
    /// Ctrl+Alt+Q is the teacher's exit.
    public var kiosk = false
    /// Use SDL's software renderer even if a GPU renderer is available.
    public var softwareRenderer = false
    /// The one-switch key's SDL name ("Space", "Return", "F5"...): always `primary`.
    public var switchKeyName = "Space"
    /// Stop after this many rendered frames (benchmarks and smoke tests); nil runs until quit.
    public var frameLimit: Int?
    /// Called once, right after the first frame was presented (start-up measurement).
    public var onFirstFrame: (@Sendable () -> Void)?
    /// The first picture's sprites, already being decoded on another thread (`SpritePreload`).
    public var spritePreload: SpritePreload?
    /// Called as start-up passes each phase ("video", "window", "window-ready",
    /// "first-draw-list", "first-drawn"), for start-up traces.
    public var onStartPhase: (@Sendable (String) -> Void)?
    /// Called about once a second with the pictures drawn and the ticks run in that second
    /// (CPU measurements, scripts/game/kiosk-cpu.sh).
    public var onFrameStatistics: (@Sendable (_ frames: Int, _ ticks: Int) -> Void)?

    public init() {}
}
