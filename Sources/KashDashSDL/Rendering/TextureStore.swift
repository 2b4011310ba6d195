import CSDL2
import Foundation

/// Sprite textures for one renderer, loaded on first use from `Assets/sprites/<name>.png`
/// and kept until the store is freed. A missing or unreadable image is remembered as
/// missing (logged once) so the renderer can draw its placeholder without retrying.
///
/// Mirrored copies are made once on request: SDL's software renderer mirrors through its
/// rotation code, which costs far more per frame than keeping a second texture.
final class TextureStore {
    struct Texture {
        let handle: OpaquePointer
        let width: Int
        let height: Int
        /// Every pixel fully opaque: drawn without blending when not faded (much cheaper in software).
        let opaque: Bool
    }

    private struct Key: Hashable {
        var name: String
        var flipHorizontal: Bool
        var flipVertical: Bool
    }

    private let renderer: OpaquePointer
    private let spritesFolder: URL?
    private let log: BackendLog
    private var textures: [Key: Texture] = [:]
    private var missing: Set<String> = []
    /// Surfaces decoded ahead on another thread for the first picture (`SpritePreload`).
    private let preload: SpritePreload?

    init(renderer: OpaquePointer, assets: URL?, log: BackendLog, preload: SpritePreload? = nil) {
        self.renderer = renderer
        self.spritesFolder = assets?.appendingPathComponent("sprites", isDirectory: true)
        self.log = log
        self.preload = preload
    }

    deinit { purge() }

    /// Frees every texture (call before the renderer is destroyed).
    func purge() {
        for texture in textures.values { SDL_DestroyTexture(texture.handle) }
        textures.removeAll()
        missing.removeAll()
    }

    /// The texture called `name`, optionally mirrored, or nil (after logging once) if it
    /// cannot be loaded.
    func texture(named name: String, flipHorizontal: Bool = false, flipVertical: Bool = false) -> Texture? {
        let key = Key(name: name, flipHorizontal: flipHorizontal, flipVertical: flipVertical)
        if let texture = textures[key] { return texture }
        if missing.contains(name) { return nil }
        guard let surface = loadSurface(name) else {
            missing.insert(name)
            return nil
        }
        defer { SDL_FreeSurface(surface) }
        if flipHorizontal || flipVertical { Self.mirror(surface, horizontally: flipHorizontal, vertically: flipVertical) }
        guard let handle = SDL_CreateTextureFromSurface(renderer, surface) else {
            missing.insert(name)
            log.once("sprite '\(name)': cannot make a texture: \(String(cString: SDL_GetError()))")
            return nil
        }
        SDL_SetTextureBlendMode(handle, SDL_BLENDMODE_BLEND)
        SDL_SetTextureScaleMode(handle, SDL_ScaleModeLinear)
        let texture = Texture(handle: handle, width: Int(surface.pointee.w), height: Int(surface.pointee.h),
                              opaque: Self.isOpaque(surface))
        textures[key] = texture
        return texture
    }

    /// The PNG as an ARGB8888 surface (every renderer's native format; the software renderer
    /// then blends with its fast same-format path), or nil after logging why.
    private func loadSurface(_ name: String) -> UnsafeMutablePointer<SDL_Surface>? {
        if let surface = preload?.take(name) { return surface }
        guard let folder = spritesFolder else {
            log.once("no Assets folder found (set KASHDASH_ASSETS); drawing placeholders for sprites")
            return nil
        }
        let path = folder.appendingPathComponent("\(name).png").path
        guard let converted = SpritePreload.decode(path) else {
            log.once("sprite '\(name)' missing, unreadable or not convertible (\(path)): \(String(cString: SDL_GetError())); drawing a placeholder")
            return nil
        }
        return converted
    }

    /// Mirrors a 32-bit surface in place.
    private static func mirror(_ surface: UnsafeMutablePointer<SDL_Surface>, horizontally: Bool, vertically: Bool) {
        SDL_LockSurface(surface)
        defer { SDL_UnlockSurface(surface) }
        guard let pixels = surface.pointee.pixels else { return }
        let width = Int(surface.pointee.w)
        let height = Int(surface.pointee.h)
        let pitch = Int(surface.pointee.pitch)
        func row(_ index: Int) -> UnsafeMutableBufferPointer<UInt32> {
            UnsafeMutableBufferPointer(start: (pixels + index * pitch).assumingMemoryBound(to: UInt32.self), count: width)
        }
        if horizontally {
            for y in 0..<height {
                var line = row(y)
                line.reverse()
            }
        }
        if vertically {
            for top in 0..<height / 2 {
                let (upper, lower) = (row(top), row(height - 1 - top))
                for x in 0..<width { swap(&upper[x], &lower[x]) }
            }
        }
    }

    /// Whether every pixel of an ARGB8888 surface has alpha 255.
    private static func isOpaque(_ surface: UnsafeMutablePointer<SDL_Surface>) -> Bool {
        SDL_LockSurface(surface)
        defer { SDL_UnlockSurface(surface) }
        guard let pixels = surface.pointee.pixels else { return false }
        let width = Int(surface.pointee.w)
        let pitch = Int(surface.pointee.pitch)
        for row in 0..<Int(surface.pointee.h) {
            let line = (pixels + row * pitch).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width where line[column] >> 24 != 0xFF { return false }
        }
        return true
    }
}

