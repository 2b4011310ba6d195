import CSDL2
import Foundation

/// Sprite textures for one renderer, loaded on first use from `Assets/sprites/<name>.png`
/// and kept until the store is freed. A missing or unreadable image is remembered as
/// missing (logged once) so the renderer can draw its placeholder without retrying.
final class TextureStore {
    struct Texture {
        let handle: OpaquePointer
        let width: Int
        let height: Int
    }

    private let renderer: OpaquePointer
    private let spritesFolder: URL?
    private let log: BackendLog
    private var textures: [String: Texture] = [:]
    private var missing: Set<String> = []

    init(renderer: OpaquePointer, assets: URL?, log: BackendLog) {
        self.renderer = renderer
        self.spritesFolder = assets?.appendingPathComponent("sprites", isDirectory: true)
        self.log = log
    }

    deinit { purge() }

    /// Frees every texture (call before the renderer is destroyed).
    func purge() {
        for texture in textures.values { SDL_DestroyTexture(texture.handle) }
        textures.removeAll()
        missing.removeAll()
    }

    /// The texture called `name`, or nil (after logging once) if it cannot be loaded.
    func texture(named name: String) -> Texture? {
        if let texture = textures[name] { return texture }
        if missing.contains(name) { return nil }
        guard let folder = spritesFolder else {
            missing.insert(name)
            log.once("no Assets folder found (set KASHDASH_ASSETS); drawing placeholders for sprites")
            return nil
        }
        let path = folder.appendingPathComponent("\(name).png").path
        guard let surface = IMG_Load(path) else {
            missing.insert(name)
            log.once("sprite '\(name)' missing or unreadable (\(path)): \(String(cString: SDL_GetError())); drawing a placeholder")
            return nil
        }
        defer { SDL_FreeSurface(surface) }
        guard let handle = SDL_CreateTextureFromSurface(renderer, surface) else {
            missing.insert(name)
            log.once("sprite '\(name)': cannot make a texture: \(String(cString: SDL_GetError()))")
            return nil
        }
        SDL_SetTextureBlendMode(handle, SDL_BLENDMODE_BLEND)
        SDL_SetTextureScaleMode(handle, SDL_ScaleModeLinear)
        let texture = Texture(handle: handle, width: Int(surface.pointee.w), height: Int(surface.pointee.h))
        textures[name] = texture
        return texture
    }

    /// Loads every named sprite now (so the first frames do not stutter).
    func preload(_ names: [String]) {
        for name in names { _ = texture(named: name) }
    }
}
