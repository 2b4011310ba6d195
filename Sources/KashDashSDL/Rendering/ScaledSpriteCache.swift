import CSDL2

/// Sprites drawn at another size than their image, scaled once into a texture of the size
/// they land at and then copied 1:1.
///
/// SDL's software renderer otherwise stretches the frame into a temporary surface and
/// blends that on every picture: measured offscreen, the title's logo (900x260 drawn at
/// 780x225) cost 1.2 ms and each flying dog about 0.8 ms a frame. Unrotated sprites only;
/// a rotated one goes through SDL's rotation code either way.
final class ScaledSpriteCache {
    struct Key: Hashable {
        var name: String
        var frame: Int
        var flipHorizontal: Bool
        var flipVertical: Bool
        var width: Int
        var height: Int
    }

    private let renderer: OpaquePointer
    private let kept: BudgetedTextures<Key>

    init(renderer: OpaquePointer, pixelBudget: Int = 4 << 20) {
        self.renderer = renderer
        self.kept = BudgetedTextures(pixelBudget: pixelBudget)
    }

    var count: Int { kept.count }

    /// Frees every texture (call before the renderer is destroyed).
    func purge() { kept.purge() }

    /// `source` (a frame of `image`) scaled to `key.width` x `key.height`, or nil if SDL
    /// cannot make a target texture (the caller then lets SDL scale as it draws).
    func texture(_ key: Key, image: OpaquePointer, source: SDL_Rect) -> OpaquePointer? {
        if let texture = kept.texture(key) { return texture }
        guard key.width > 0, key.height > 0,
            let texture = SDL_CreateTexture(
                renderer, SDL_PIXELFORMAT_ARGB8888.rawValue, Int32(SDL_TEXTUREACCESS_TARGET.rawValue),
                Int32(key.width), Int32(key.height))
        else { return nil }
        let previousTarget = SDL_GetRenderTarget(renderer)
        guard SDL_SetRenderTarget(renderer, texture) == 0 else {
            SDL_DestroyTexture(texture)
            return nil
        }
        // Copied, not blended, so the scaled pixels keep their own alpha; no tint or fade
        // (those are applied when the scaled texture is drawn).
        SDL_SetTextureBlendMode(image, SDL_BLENDMODE_NONE)
        SDL_SetTextureAlphaMod(image, 255)
        SDL_SetTextureColorMod(image, 255, 255, 255)
        var source = source
        SDL_RenderCopy(renderer, image, &source, nil)
        SDL_SetRenderTarget(renderer, previousTarget)
        kept.keep(texture, pixels: key.width * key.height, for: key)
        return texture
    }
}
