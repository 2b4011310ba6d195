import CSDL2
import Foundation
import KashDashGame

/// Paints a `DrawList` onto an SDL renderer: the one drawing path shared by the window and
/// the offscreen PNG backend.
///
/// Coordinates are the game's logical 1280x720 pixels. The window sets SDL's logical size
/// so they scale and letterbox; the offscreen surface is exactly that size. Textures and
/// rendered text are cached per renderer and freed with this object.
public final class DrawListRenderer {
    /// Text is rasterised at `size × textScale` pixels and drawn back at logical size, so it
    /// stays sharp when the window is larger than 1280x720. 1 offscreen.
    public var textScale: Double = 1 {
        didSet { textScale = max(0.25, min(4, textScale)) }
    }

    private let renderer: OpaquePointer
    private let log: BackendLog
    private let textures: TextureStore
    private let fonts: FontLibrary
    let texts: TextCache
    private var shapes: Shapes
    private let shapeTextures: ShapeCache
    private let scaledSprites: ScaledSpriteCache
    private var clipRect: Rect?
    /// Output pixels per logical pixel (SDL's logical-size scale; 1 offscreen).
    private var outputScaleX = 1.0
    private var outputScaleY = 1.0

    /// - Parameters:
    ///   - renderer: the `SDL_Renderer*` to draw on; it must outlive this object.
    ///   - assets: the `Assets` folder (see `AssetLocator`), or nil to draw placeholders.
    ///   - textCacheLines: how many rendered lines of text to keep (least recently used go first).
    public init(
        renderer: OpaquePointer, assets: URL?, log: BackendLog = BackendLog(), textCacheLines: Int = 256,
        spritePreload: SpritePreload? = nil
    ) {
        self.renderer = renderer
        self.log = log
        self.textures = TextureStore(renderer: renderer, assets: assets, log: log, preload: spritePreload)
        self.fonts = FontLibrary(assets: assets, log: log)
        self.texts = TextCache(renderer: renderer, fonts: fonts, capacity: textCacheLines)
        self.shapes = Shapes(renderer: renderer)
        self.shapeTextures = ShapeCache(renderer: renderer)
        self.scaledSprites = ScaledSpriteCache(renderer: renderer)
    }

    /// Number of rendered text lines held in the cache (for tests of the LRU bound).
    public var cachedTextLines: Int { texts.count }

    /// Number of translucent or rounded shapes held as textures (for tests of the cache).
    public var cachedShapes: Int { shapeTextures.count }

    /// Number of sprite frames held pre-scaled to the size they are drawn at.
    public var cachedScaledSprites: Int { scaledSprites.count }

    /// Frees every cached texture and closes the fonts. The owner of the SDL renderer calls
    /// this before destroying it (SDL frees a renderer's textures with it; freeing them twice
    /// crashes) and before SDL_ttf shuts down. Drawing again afterwards reloads what it needs.
    public func releaseResources() {
        texts.purge()
        shapeTextures.purge()
        scaledSprites.purge()
        textures.purge()
        fonts.purge()
    }

    /// Paints every command in order. Leaves the renderer's clip rectangle cleared.
    public func draw(_ list: DrawList) {
        var scaleX: Float = 1
        var scaleY: Float = 1
        SDL_RenderGetScale(renderer, &scaleX, &scaleY)
        outputScaleX = scaleX > 0 ? Double(scaleX) : 1
        outputScaleY = scaleY > 0 ? Double(scaleY) : 1
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND)
        setClip(nil)
        for command in list.commands {
            switch command {
            case .clear(let color):
                SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a)
                SDL_RenderClear(renderer)
            case .fillRect(let rect, let color, let radius):
                drawShape(rect, color, cornerRadius: radius, lineWidth: nil)
            case .strokeRect(let rect, let color, let lineWidth, let radius):
                drawShape(rect, color, cornerRadius: radius, lineWidth: lineWidth)
            case .sprite(let sprite):
                draw(sprite)
            case .tiledSprite(let tiled):
                draw(tiled)
            case .nineSlice(let slice):
                draw(slice)
            case .text(let text):
                draw(text)
            case .clip(let rect):
                setClip(rect)
            }
        }
        setClip(nil)
    }

    // MARK: Shapes

    /// A fill (`lineWidth` nil) or outline: opaque square ones directly, the rest as a cached
    /// texture copied at whole output pixels (`ShapeCache` says why).
    private func drawShape(_ rect: Rect, _ color: Color, cornerRadius: Double, lineWidth: Double?) {
        guard color.a > 0, rect.width > 0, rect.height > 0 else { return }
        let width = outputPixels(rect.minX, rect.maxX, scale: outputScaleX)
        let height = outputPixels(rect.minY, rect.maxY, scale: outputScaleY)
        let key = ShapeCache.Key(
            width: width, height: height, color: color, cornerRadius: cornerRadius, lineWidth: lineWidth)
        guard !ShapeCache.drawsDirectly(color, cornerRadius: cornerRadius, lineWidth: lineWidth), width > 0, height > 0,
            let texture = shapeTextures.texture(key, outputScale: min(outputScaleX, outputScaleY))
        else {
            if let lineWidth {
                shapes.stroke(rect, color, lineWidth: lineWidth, cornerRadius: cornerRadius)
            } else {
                shapes.fill(rect, color, cornerRadius: cornerRadius)
            }
            return
        }
        var dest = snapped(rect)
        SDL_RenderCopyF(renderer, texture, nil, &dest)
    }

    // MARK: Images

    private func draw(_ sprite: SpriteCommand) {
        guard sprite.alpha > 0 else { return }
        // Mirroring uses a mirrored copy of the texture (cheap in every renderer).
        guard let texture = textures.texture(
            named: sprite.name, flipHorizontal: sprite.flipHorizontal, flipVertical: sprite.flipVertical)
        else {
            placeholder(sprite.dest)
            return
        }
        let frameWidth = max(1, texture.width / sprite.frameCount)
        var frame = ((sprite.frame % sprite.frameCount) + sprite.frameCount) % sprite.frameCount
        if sprite.flipHorizontal { frame = sprite.frameCount - 1 - frame }  // the strip is mirrored too
        var source = SDL_Rect(x: Int32(frame * frameWidth), y: 0, w: Int32(frameWidth), h: Int32(texture.height))
        var dest = snapped(sprite.dest)
        let width = outputPixels(sprite.dest.minX, sprite.dest.maxX, scale: outputScaleX)
        let height = outputPixels(sprite.dest.minY, sprite.dest.maxY, scale: outputScaleY)
        if sprite.rotationDegrees == 0, width != frameWidth || height != texture.height,
            let scaled = scaledSprites.texture(
                ScaledSpriteCache.Key(
                    name: sprite.name, frame: frame, flipHorizontal: sprite.flipHorizontal,
                    flipVertical: sprite.flipVertical, width: width, height: height),
                image: texture.handle, source: source)
        {
            let scaledTexture = TextureStore.Texture(handle: scaled, width: width, height: height, opaque: texture.opaque)
            prepare(scaledTexture, alpha: sprite.alpha, tint: sprite.tint)
            SDL_RenderCopyF(renderer, scaled, nil, &dest)
            return
        }
        prepare(texture, alpha: sprite.alpha, tint: sprite.tint)
        if sprite.rotationDegrees == 0 {
            SDL_RenderCopyF(renderer, texture.handle, &source, &dest)
        } else {
            SDL_RenderCopyExF(renderer, texture.handle, &source, &dest, sprite.rotationDegrees, nil, SDL_FLIP_NONE)
        }
    }

    private func draw(_ tiled: TiledSpriteCommand) {
        guard tiled.alpha > 0, tiled.dest.width > 0, tiled.dest.height > 0 else { return }
        guard let texture = textures.texture(named: tiled.name, flipVertical: tiled.flipVertical) else {
            placeholder(tiled.dest)
            return
        }
        let scale = tiled.scale > 0 ? tiled.scale : 1
        let tileWidth = Double(texture.width) * scale
        let tileHeight = Double(texture.height) * scale
        let offsetX = positiveRemainder(tiled.offsetX, Double(texture.width)) * scale
        let offsetY = positiveRemainder(tiled.offsetY, Double(texture.height)) * scale
        let outerClip = clipRect
        guard let area = intersect(outerClip, tiled.dest) else { return }
        setClip(area)
        prepare(texture, alpha: tiled.alpha, tint: nil)
        func drawRow(top y: Double) {
            var x = tiled.dest.x - offsetX
            while x < tiled.dest.maxX {
                var dest = snapped(Rect(x: x, y: y, width: tileWidth, height: tileHeight))
                SDL_RenderCopyF(renderer, texture.handle, nil, &dest)
                x += tileWidth
            }
        }
        // Upright tiles are laid from the top edge down; flipped ones from the bottom edge up,
        // so a hanging pillar's body meets its cap at the bottom.
        if tiled.flipVertical {
            var y = tiled.dest.maxY - tileHeight + offsetY
            while y + tileHeight > tiled.dest.minY {
                drawRow(top: y)
                y -= tileHeight
            }
        } else {
            var y = tiled.dest.minY - offsetY
            while y < tiled.dest.maxY {
                drawRow(top: y)
                y += tileHeight
            }
        }
        setClip(outerClip)
    }

    private func draw(_ slice: NineSliceCommand) {
        guard slice.alpha > 0, slice.dest.width > 0, slice.dest.height > 0 else { return }
        guard let texture = textures.texture(named: slice.name) else {
            placeholder(slice.dest)
            return
        }
        prepare(texture, alpha: slice.alpha, tint: slice.tint)
        let textureWidth = Double(texture.width)
        let textureHeight = Double(texture.height)
        // Source borders, kept inside the image.
        let left = min(slice.border.left, textureWidth / 2)
        let right = min(slice.border.right, textureWidth / 2)
        let top = min(slice.border.top, textureHeight / 2)
        let bottom = min(slice.border.bottom, textureHeight / 2)
        // Drawn borders: source size, shrunk together when the box is too small for them.
        let shrinkX = min(1, slice.dest.width / max(1, left + right))
        let shrinkY = min(1, slice.dest.height / max(1, top + bottom))
        let columnsSource = [0, left, textureWidth - right, textureWidth]
        let rowsSource = [0, top, textureHeight - bottom, textureHeight]
        let columnsDest = [slice.dest.minX, slice.dest.minX + left * shrinkX, slice.dest.maxX - right * shrinkX, slice.dest.maxX]
        let rowsDest = [slice.dest.minY, slice.dest.minY + top * shrinkY, slice.dest.maxY - bottom * shrinkY, slice.dest.maxY]
        for row in 0..<3 {
            for column in 0..<3 {
                let sourceWidth = columnsSource[column + 1] - columnsSource[column]
                let sourceHeight = rowsSource[row + 1] - rowsSource[row]
                let destWidth = columnsDest[column + 1] - columnsDest[column]
                let destHeight = rowsDest[row + 1] - rowsDest[row]
                guard sourceWidth >= 1, sourceHeight >= 1, destWidth > 0, destHeight > 0 else { continue }
                var source = SDL_Rect(
                    x: Int32(columnsSource[column].rounded()), y: Int32(rowsSource[row].rounded()),
                    w: Int32(sourceWidth.rounded()), h: Int32(sourceHeight.rounded()))
                var dest = snapped(Rect(
                    x: columnsDest[column], y: rowsDest[row], width: destWidth, height: destHeight))
                SDL_RenderCopyF(renderer, texture.handle, &source, &dest)
            }
        }
    }

    /// Magenta with a dark cross: impossible to mistake for finished art.
    private func placeholder(_ rect: Rect) {
        shapes.fill(rect, Color(hex: 0xFF00FF), cornerRadius: 0)
        shapes.stroke(rect, Color(hex: 0x202020), lineWidth: 3, cornerRadius: 0)
        SDL_SetRenderDrawColor(renderer, 0x20, 0x20, 0x20, 255)
        SDL_RenderDrawLineF(renderer, Float(rect.minX), Float(rect.minY), Float(rect.maxX), Float(rect.maxY))
        SDL_RenderDrawLineF(renderer, Float(rect.maxX), Float(rect.minY), Float(rect.minX), Float(rect.maxY))
    }

    private func prepare(_ texture: TextureStore.Texture, alpha: Double, tint: Color?) {
        let alphaByte = UInt8(max(0, min(255, (alpha * 255).rounded())))
        SDL_SetTextureBlendMode(texture.handle, texture.opaque && alphaByte == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND)
        SDL_SetTextureAlphaMod(texture.handle, alphaByte)
        let tint = tint ?? .white
        SDL_SetTextureColorMod(texture.handle, tint.r, tint.g, tint.b)
    }

    // MARK: Text

    private func draw(_ text: TextCommand) {
        guard !text.string.isEmpty, text.color.a > 0, text.size > 0 else { return }
        let scale = textScale
        let pixelSize = max(1, Int((text.size * scale).rounded()))
        let key = FontLibrary.Key(family: text.font, bold: text.bold, pixelSize: pixelSize, outline: 0)
        let wrapWidth = text.wraps ? max(1, Int((text.box.width * scale).rounded(.down))) : nil
        let lines = texts.layout(text.string, font: key, wrapWidth: wrapWidth, rightToLeft: text.rightToLeft)
        let lineSkip = Double(texts.lineSkip(font: key)) / scale
        let blockHeight = lineSkip * Double(lines.count)
        var y: Double
        switch text.verticalAlignment {
        case .top: y = text.box.minY
        case .center: y = text.box.midY - blockHeight / 2
        case .bottom: y = text.box.maxY - blockHeight
        }
        let rim = max(1, Int((Double(pixelSize) / 14).rounded()))
        let outlineKey = FontLibrary.Key(family: text.font, bold: text.bold, pixelSize: pixelSize, outline: rim)
        // Leading and trailing follow the reading direction.
        let startsLeft = text.alignment == (text.rightToLeft ? .trailing : .leading)
        let endsRight = text.alignment == (text.rightToLeft ? .leading : .trailing)
        for string in lines {
            defer { y += lineSkip }
            guard let line = texts.line(string, font: key, rightToLeft: text.rightToLeft) else { continue }
            let width = Double(line.width) / scale
            let x = startsLeft ? text.box.minX : endsRight ? text.box.maxX - width : text.box.midX - width / 2
            let lineY = y + Double(line.offsetY) / scale
            if let outline = text.outline, outline.a > 0,
                let rimmed = texts.line(string, font: outlineKey, rightToLeft: text.rightToLeft)
            {
                let offset = Double(rim) / scale
                blit(rimmed, x: x - offset, y: lineY - offset, color: outline, alpha: text.color.a, scale: scale)
            }
            blit(line, x: x, y: lineY, color: text.color, alpha: 255, scale: scale)
        }
    }

    /// Draws a white line texture tinted `color`, its alpha scaled by `alpha` (the text's own
    /// alpha, so a fading text's rim fades with it).
    private func blit(_ line: TextCache.Line, x: Double, y: Double, color: Color, alpha: UInt8, scale: Double) {
        SDL_SetTextureColorMod(line.texture, color.r, color.g, color.b)
        SDL_SetTextureAlphaMod(line.texture, UInt8((Int(alpha) * Int(color.a) + 127) / 255))
        var dest = SDL_FRect(
            x: Float(x.rounded()), y: Float(y.rounded()),
            w: Float(Double(line.width) / scale), h: Float(Double(line.height) / scale))
        SDL_RenderCopyF(renderer, line.texture, nil, &dest)
    }

    // MARK: Clipping and helpers

    private func setClip(_ rect: Rect?) {
        clipRect = rect
        if let rect {
            let x0 = Int32(rect.minX.rounded(.down))
            let y0 = Int32(rect.minY.rounded(.down))
            var box = SDL_Rect(
                x: x0, y: y0, w: max(0, Int32(rect.maxX.rounded(.up)) - x0), h: max(0, Int32(rect.maxY.rounded(.up)) - y0))
            SDL_RenderSetClipRect(renderer, &box)
        } else {
            SDL_RenderSetClipRect(renderer, nil)
        }
    }

    private func intersect(_ clip: Rect?, _ rect: Rect) -> Rect? {
        guard let clip else { return rect }
        let x0 = max(clip.minX, rect.minX)
        let y0 = max(clip.minY, rect.minY)
        let x1 = min(clip.maxX, rect.maxX)
        let y1 = min(clip.maxY, rect.maxY)
        return x1 > x0 && y1 > y0 ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
    }

    /// `rect` with its edges moved to whole output pixels. Neighbouring pieces (nine-slice
    /// parts, tiles) then meet exactly when the window scales the logical 1280x720: SDL's
    /// software renderer truncates position and size separately, which otherwise leaves
    /// one-pixel seams.
    private func snapped(_ rect: Rect) -> SDL_FRect {
        let x0 = (rect.minX * outputScaleX).rounded()
        let y0 = (rect.minY * outputScaleY).rounded()
        let x1 = (rect.maxX * outputScaleX).rounded()
        let y1 = (rect.maxY * outputScaleY).rounded()
        // The small nudge keeps float error from truncating a whole pixel away.
        return SDL_FRect(
            x: Float((x0 + 0.01) / outputScaleX), y: Float((y0 + 0.01) / outputScaleY),
            w: Float((x1 - x0 + 0.01) / outputScaleX), h: Float((y1 - y0 + 0.01) / outputScaleY))
    }

    /// How many output pixels the span from `start` to `end` covers once snapped (see `snapped`).
    private func outputPixels(_ start: Double, _ end: Double, scale: Double) -> Int {
        Int((end * scale).rounded() - (start * scale).rounded())
    }

    private func positiveRemainder(_ value: Double, _ modulus: Double) -> Double {
        guard modulus > 0 else { return 0 }
        let remainder = value.truncatingRemainder(dividingBy: modulus)
        return remainder < 0 ? remainder + modulus : remainder
    }
}
