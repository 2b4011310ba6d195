import CSDL2
import KashDashGame

/// Translucent and rounded rectangles drawn once into textures, then copied 1:1.
///
/// SDL's software renderer blends a translucent fill pixel by pixel through its generic
/// path and rasterises rounded corners as triangles, both slowly: measured offscreen, a
/// full-screen veil cost 12 ms and a rounded 560x550 panel 22 ms a frame, where an
/// unscaled copy of a same-sized ARGB texture takes its fast blending path (about 1 ms).
/// Shapes are rasterised by the same `Shapes` code into a transparent target texture at
/// output resolution, so the picture matches the direct path within blending rounding.
/// Opaque square fills stay direct (a plain memory fill is already the fastest).
final class ShapeCache {
    struct Key: Hashable {
        var width: Int
        var height: Int
        var color: Color
        var cornerRadius: Double
        /// nil for a fill.
        var lineWidth: Double?
    }

    /// Texture pixels kept at most (4 Mpx = 16 MB); least recently used go first.
    private let renderer: OpaquePointer
    private var shapes: Shapes
    private let kept: BudgetedTextures<Key>

    init(renderer: OpaquePointer, pixelBudget: Int = 4 << 20) {
        self.renderer = renderer
        self.shapes = Shapes(renderer: renderer)
        self.kept = BudgetedTextures(pixelBudget: pixelBudget)
    }

    var count: Int { kept.count }

    /// Frees every texture (call before the renderer is destroyed).
    func purge() { kept.purge() }

    /// Whether `Shapes` alone is as fast: an opaque fill with square corners.
    static func drawsDirectly(_ color: Color, cornerRadius: Double, lineWidth: Double?) -> Bool {
        color.a == 255 && cornerRadius < 0.5
    }

    /// The shape `key` as a texture of exactly `key.width` x `key.height` pixels, drawn with
    /// `outputScale` output pixels per logical pixel; nil if SDL cannot make a target texture
    /// (the caller then draws directly).
    func texture(_ key: Key, outputScale: Double) -> OpaquePointer? {
        if let texture = kept.texture(key) { return texture }
        // A square fill is one colour: an opaque RGB texture faded by the texture's alpha
        // takes SDL's constant-alpha blitter, several times faster than per-pixel alpha
        // (a full-screen veil: 12.4 ms filled directly, 8.0 ms as an ARGB copy, 1.4 ms so).
        let uniform = key.lineWidth == nil && key.cornerRadius < 0.5
        guard key.width > 0, key.height > 0,
            let texture = SDL_CreateTexture(
                renderer, (uniform ? SDL_PIXELFORMAT_RGB888 : SDL_PIXELFORMAT_ARGB8888).rawValue,
                Int32(SDL_TEXTUREACCESS_TARGET.rawValue), Int32(key.width), Int32(key.height))
        else { return nil }
        if uniform {
            var opaque = key.color
            opaque.a = 255
            guard draw(into: texture, fillingWith: opaque) else { return nil }
            SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
            SDL_SetTextureAlphaMod(texture, key.color.a)
            kept.keep(texture, pixels: key.width * key.height, for: key)
            return texture
        }
        let previousTarget = SDL_GetRenderTarget(renderer)
        guard SDL_SetRenderTarget(renderer, texture) == 0 else {
            SDL_DestroyTexture(texture)
            return nil
        }
        // Written, not blended: the texture keeps the colour's own alpha for the copy to blend.
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_NONE)
        SDL_SetRenderDrawColor(renderer, 0, 0, 0, 0)
        SDL_RenderClear(renderer)
        let box = Rect(x: 0, y: 0, width: Double(key.width), height: Double(key.height))
        let radius = key.cornerRadius * outputScale
        if let lineWidth = key.lineWidth {
            shapes.stroke(box, key.color, lineWidth: lineWidth * outputScale, cornerRadius: radius)
        } else {
            shapes.fill(box, key.color, cornerRadius: radius)
        }
        SDL_SetRenderTarget(renderer, previousTarget)
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND)
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        kept.keep(texture, pixels: key.width * key.height, for: key)
        return texture
    }

    /// Fills the whole target `texture` with `color`; false (texture freed) if SDL cannot.
    private func draw(into texture: OpaquePointer, fillingWith color: Color) -> Bool {
        let previousTarget = SDL_GetRenderTarget(renderer)
        guard SDL_SetRenderTarget(renderer, texture) == 0 else {
            SDL_DestroyTexture(texture)
            return false
        }
        SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, 255)
        SDL_RenderClear(renderer)
        SDL_SetRenderTarget(renderer, previousTarget)
        return true
    }
}
