/// How often the window needs a fresh picture: the simulation always runs 60 ticks a
/// second, but a picture costs far more than a tick on a kiosk without a GPU (SDL's
/// software renderer, docs/perf/game.md "Kiosk CPU").
extension GameApp {
    /// Ticks between two pictures. The play screen moves under the child's hand and gets
    /// every tick (60 a second); the title, the attract demo behind it, menus, messages,
    /// feedback and pause move gently if at all, and get every second tick. The window
    /// also skips any picture identical to the one on screen, so a still screen costs
    /// almost nothing.
    public var ticksPerFrame: Int { screenID == .play && !attract ? 1 : 2 }
}
