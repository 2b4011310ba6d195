/// How often the window needs a fresh picture: the simulation always runs 60 ticks a
/// second, but a picture costs far more than a tick on a kiosk without a GPU (SDL's
/// software renderer, docs/perf/game.md "Kiosk CPU").
extension GameApp {
    /// Ticks between two pictures. The play screen moves under the child's hand and gets
    /// every tick (60 a second); the title's scrolling scenery and bobbing dogs get every
    /// second tick (30), the attract demo behind its veil every third (20), and the rest
    /// (menus, messages, feedback, pause), where only clouds drift and highlights move,
    /// every fourth (15). The window draws at once after any input whatever this says, and
    /// skips any picture identical to the one on screen, so a still screen costs almost
    /// nothing.
    public var ticksPerFrame: Int {
        if attract { return 3 }
        switch screenID {
        case .play: return 1
        case .title: return 2
        default: return 4
        }
    }
}
