import CSDL2
import Foundation

/// Decodes the first picture's sprites on a second thread while SDL opens the window, so the
/// first frame waits for textures to be made, not for PNGs to be inflated (issue 11's kiosk
/// start: decoding was a third of the time from the window to the first picture).
///
/// `IMG_Load` and `SDL_ConvertSurfaceFormat` need no video subsystem and touch no shared
/// state, so they may run beside SDL's start on the main thread; textures are still made on
/// the main thread by `TextureStore`, which takes each surface from here (waiting only if its
/// sprite is still being decoded). A sprite not in the list, or one that failed, is loaded by
/// the store as before, so a wrong list costs time, never a picture.
public final class SpritePreload: @unchecked Sendable {
    private let condition = NSCondition()
    /// Decoded surfaces not yet taken, by sprite name.
    private var decoded: [String: UnsafeMutablePointer<SDL_Surface>] = [:]
    /// Names still to decode (the workers' queue, in order) and those being decoded now.
    private var pending: [String]
    private var decoding: Set<String> = []
    private var taken: Set<String> = []

    /// Two workers: the sky alone takes 20 ms to inflate, and the first picture waits for
    /// the last sprite (measured: 58 ms for the title's twelve on one thread).
    static let workers = 2

    /// Starts decoding `names` from `assets/sprites/<name>.png` at once, in order. Needs no
    /// SDL start: `IMG_Load` initialises its PNG loader itself.
    public init(assets: URL?, names: [String]) {
        var seen: Set<String> = []
        pending = names.filter { seen.insert($0).inserted }
        guard let folder = assets?.appendingPathComponent("sprites", isDirectory: true), !pending.isEmpty else {
            pending = []
            return
        }
        for worker in 0..<Self.workers {
            let thread = Thread { [self] in decodeAll(in: folder) }
            thread.name = "kashdash-sprites-\(worker)"
            thread.start()
        }
    }

    deinit {
        for surface in decoded.values { SDL_FreeSurface(surface) }
    }

    private func decodeAll(in folder: URL) {
        while true {
            condition.lock()
            guard !pending.isEmpty else {
                condition.unlock()
                return
            }
            let name = pending.removeFirst()
            decoding.insert(name)
            condition.unlock()
            let surface = Self.decode(folder.appendingPathComponent("\(name).png").path)
            condition.lock()
            decoding.remove(name)
            if let surface {
                if taken.contains(name) { SDL_FreeSurface(surface) } else { decoded[name] = surface }
            }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The PNG as an ARGB8888 surface, or nil (the store then loads it and says why).
    static func decode(_ path: String) -> UnsafeMutablePointer<SDL_Surface>? {
        guard let loaded = IMG_Load(path) else { return nil }
        defer { SDL_FreeSurface(loaded) }
        return SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_ARGB8888.rawValue, 0)
    }

    /// The decoded surface for `name` (the caller frees it), waiting while it is still being
    /// decoded; nil when it is not in the list, failed, or was taken already.
    func take(_ name: String) -> UnsafeMutablePointer<SDL_Surface>? {
        condition.lock()
        defer { condition.unlock() }
        while (pending.contains(name) || decoding.contains(name)) && !taken.contains(name) { condition.wait() }
        taken.insert(name)
        return decoded.removeValue(forKey: name)
    }
}
