/// One thing to draw, in logical 1280x720 coordinates, painted in list order (later on top).
///
/// Backends (the SDL window and the offscreen PNG renderer) draw these and nothing else,
/// so both show exactly the same picture.
public enum DrawCommand: Hashable, Sendable {
    /// Fill the whole logical screen.
    case clear(Color)
    /// A filled rectangle; `cornerRadius` 0 is square, half the height makes a pill or circle.
    case fillRect(Rect, Color, cornerRadius: Double)
    /// A rectangle outline `lineWidth` pixels thick, drawn inside `rect`.
    case strokeRect(Rect, Color, lineWidth: Double, cornerRadius: Double)
    case sprite(SpriteCommand)
    /// A texture repeated to fill a rectangle (parallax layers, ground, pillar bodies).
    case tiledSprite(TiledSpriteCommand)
    /// A panel or button image stretched by its middle, corners kept at their size.
    case nineSlice(NineSliceCommand)
    case text(TextCommand)
    /// Restrict the following commands to `rect` (nil: the whole screen again).
    case clip(Rect?)
}

/// A whole texture (or one frame of a horizontal strip) drawn into a rectangle.
public struct SpriteCommand: Hashable, Sendable {
    /// File name in `Assets/sprites` without `.png`, e.g. "dog-kash".
    public var name: String
    /// Which frame of a horizontal strip of `frameCount` equal frames.
    public var frame: Int
    public var frameCount: Int
    /// Where it lands; the frame is scaled to fill it.
    public var dest: Rect
    public var flipHorizontal: Bool
    public var flipVertical: Bool
    /// 0 (invisible) ... 1 (opaque).
    public var alpha: Double
    /// Clockwise, about the centre of `dest`.
    public var rotationDegrees: Double
    /// Multiplies the texture's colours (SDL colour mod); nil leaves them as they are.
    public var tint: Color?

    public init(
        name: String, frame: Int = 0, frameCount: Int = 1, dest: Rect, flipHorizontal: Bool = false,
        flipVertical: Bool = false, alpha: Double = 1, rotationDegrees: Double = 0, tint: Color? = nil
    ) {
        self.name = name
        self.frame = frame
        self.frameCount = max(1, frameCount)
        self.dest = dest
        self.flipHorizontal = flipHorizontal
        self.flipVertical = flipVertical
        self.alpha = alpha
        self.rotationDegrees = rotationDegrees
        self.tint = tint
    }
}

/// A texture tiled at its natural size (times `scale`) over `dest`, clipped to it.
///
/// The tile grid starts `offsetX`, `offsetY` texture pixels into the image, so scrolling a
/// layer is just increasing `offsetX` (wrapped by the backend modulo the texture width).
/// With `flipVertical` each tile is drawn upside down and the tiling is anchored at the
/// bottom edge of `dest` (rows laid upward), so a top pillar's body meets its cap cleanly.
public struct TiledSpriteCommand: Hashable, Sendable {
    public var name: String
    public var dest: Rect
    public var offsetX: Double
    public var offsetY: Double
    public var scale: Double
    public var flipVertical: Bool
    public var alpha: Double

    public init(
        name: String, dest: Rect, offsetX: Double = 0, offsetY: Double = 0, scale: Double = 1,
        flipVertical: Bool = false, alpha: Double = 1
    ) {
        self.name = name
        self.dest = dest
        self.offsetX = offsetX
        self.offsetY = offsetY
        self.scale = scale
        self.flipVertical = flipVertical
        self.alpha = alpha
    }
}

/// A nine-slice image: corners unscaled, edges stretched one way, the middle both ways.
public struct NineSliceCommand: Hashable, Sendable {
    public var name: String
    public var dest: Rect
    public var border: Insets
    public var alpha: Double
    public var tint: Color?

    public init(name: String, dest: Rect, border: Insets = .panel, alpha: Double = 1, tint: Color? = nil) {
        self.name = name
        self.dest = dest
        self.border = border
        self.alpha = alpha
        self.tint = tint
    }
}

/// Text laid out inside a box.
///
/// With `wraps`, lines break at spaces to fit `box.width` (explicit "\n" always breaks);
/// the block of lines is then aligned in the box horizontally and vertically. Without
/// `wraps`, one line is aligned in the box and may overflow it.
public struct TextCommand: Hashable, Sendable {
    public var string: String
    public var box: Rect
    /// Font size in logical pixels (the line height is about 1.25 × size).
    public var size: Double
    public var color: Color
    public var bold: Bool
    public var font: FontFamily
    public var alignment: TextAlignment
    public var verticalAlignment: VerticalAlignment
    public var wraps: Bool
    /// A dark or light rim drawn around the glyphs, for text over busy art; nil for none.
    public var outline: Color?
    /// Urdu: lines read right to left, `leading` is the right edge, and runs of numbers or
    /// Latin names inside are ordered by the Unicode bidirectional algorithm.
    public var rightToLeft: Bool

    public init(
        _ string: String, box: Rect, size: Double, color: Color, bold: Bool = false, font: FontFamily = .andika,
        alignment: TextAlignment = .center, verticalAlignment: VerticalAlignment = .center, wraps: Bool = true,
        outline: Color? = nil, rightToLeft: Bool = false
    ) {
        self.string = string
        self.box = box
        self.size = size
        self.color = color
        self.bold = bold
        self.font = font
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.wraps = wraps
        self.outline = outline
        self.rightToLeft = rightToLeft
    }
}

/// `leading` and `trailing` follow the reading direction: the left edge in English, the
/// right edge in Urdu.
public enum TextAlignment: Hashable, Sendable { case leading, center, trailing }
public enum VerticalAlignment: Hashable, Sendable { case top, center, bottom }

/// The typeface. Andika is made for beginning readers; OpenDyslexic is the optional
/// dyslexia-friendly one; Noto Nastaliq Urdu sets Urdu in the Nastaliq style its readers
/// learn (numbers and Latin names inside Urdu are set in Andika). Backends fall back to any
/// sans font they can find.
public enum FontFamily: String, Hashable, Sendable, Codable {
    case andika
    case openDyslexic
    case nastaliq
}
