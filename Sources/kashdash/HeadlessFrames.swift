import Foundation
import KashDashCore
import KashDashGame
import KashDashSDL

/// Writes offscreen PNG frames during a headless run: the play screen the window would
/// show at that tick, drawn by SDL's software renderer with no display.
enum HeadlessFrames {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Returns a per-tick callback that renders every `every`-th tick into `directory`
    /// as `frame-000123.png` (the number is the tick).
    static func writer(directory: String, every: Int) throws(Failure) -> (Simulation, [GameEvent]) -> Void {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw Failure(description: "cannot create \(directory): \(error.localizedDescription)")
        }
        let log = BackendLog()
        let offscreen: OffscreenRenderer
        do {
            offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: AssetLocator.find(), log: log)
        } catch {
            throw Failure(description: "offscreen renderer unavailable: \(error)")
        }
        // The game app draws exactly what the window would; it only watches the run.
        let game = GameApp(content: .builtIn, store: MemoryProgressStore(), mode: .desktop)
        var failed = false
        return { simulation, events in
            game.observe(simulation, events: events)
            _ = game.drainEffects()  // no speakers or browser in a headless run
            let tick = simulation.state.tick
            guard tick % every == 0 || simulation.state.phase.isOver, !failed else { return }
            offscreen.render(game.draw(alpha: 1))
            let name = String(format: "frame-%06d.png", tick)
            do { try offscreen.savePNG(to: folder.appendingPathComponent(name).path) } catch {
                log.always("\(error); no more frames are written")
                failed = true
            }
        }
    }
}
