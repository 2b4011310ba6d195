import CSDL2
import KashDashGame

/// Rendered lines of text as white textures (tinted at draw time with colour mod), and
/// line-wrapping results, both bounded with least-recently-used eviction.
///
/// A right-to-left line (Urdu) is split into runs of one direction by the bidirectional
/// algorithm (`BidiRuns`); each run is shaped by HarfBuzz in its own direction and font
/// (Nastaliq for Urdu, Andika for the numbers and Latin names inside it), and the runs are
/// joined on one baseline in visual order.
final class TextCache {
    struct Line {
        let texture: OpaquePointer
        let width: Int
        let height: Int
        /// How far to move the texture down from the top of its line slot (negative: up), so
        /// a font with a very tall ascent (Nastaliq) sits in its slot like the others.
        let offsetY: Int
    }

    private struct LineKey: Hashable {
        var font: FontLibrary.Key
        var string: String
        var rightToLeft: Bool
    }

    private struct LayoutKey: Hashable {
        var font: FontLibrary.Key
        var string: String
        var wrapWidth: Int?
        var rightToLeft: Bool
    }

    private struct Entry {
        var line: Line
        var lastUse: UInt64
    }

    let capacity: Int
    private let renderer: OpaquePointer
    private let fonts: FontLibrary
    private var lines: [LineKey: Entry] = [:]
    private var layouts: [LayoutKey: [String]] = [:]
    private var clock: UInt64 = 0

    init(renderer: OpaquePointer, fonts: FontLibrary, capacity: Int = 256) {
        self.renderer = renderer
        self.fonts = fonts
        self.capacity = max(8, capacity)
    }

    deinit { purge() }

    /// Frees every text texture (call before the renderer is destroyed).
    func purge() {
        for entry in lines.values { SDL_DestroyTexture(entry.line.texture) }
        lines.removeAll()
        layouts.removeAll()
    }

    var count: Int { lines.count }

    /// The texture of one line of `string` in `font`, or nil for empty text or no font.
    func line(_ string: String, font key: FontLibrary.Key, rightToLeft: Bool = false) -> Line? {
        guard !string.isEmpty else { return nil }
        clock &+= 1
        let lineKey = LineKey(font: key, string: string, rightToLeft: rightToLeft)
        if var entry = lines[lineKey] {
            entry.lastUse = clock
            lines[lineKey] = entry
            return entry.line
        }
        guard let (surface, baseline) = rightToLeft ? renderRightToLeft(string, font: key) : render(string, font: key)
        else { return nil }
        defer { SDL_FreeSurface(surface) }
        guard let texture = SDL_CreateTextureFromSurface(renderer, surface) else { return nil }
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear)
        let offsetY = key.family == .nastaliq ? Int(Double(lineSkip(font: key)) * Self.nastaliqBaseline) - baseline : 0
        let line = Line(texture: texture, width: Int(surface.pointee.w), height: Int(surface.pointee.h), offsetY: offsetY)
        if lines.count >= capacity { evictOldestQuarter() }
        lines[lineKey] = Entry(line: line, lastUse: clock)
        return line
    }

    private static let white = SDL_Color(r: 255, g: 255, b: 255, a: 255)

    /// Where Nastaliq's baseline sits in its (tightened) line slot, as a fraction of the slot:
    /// about where Andika's falls in its own.
    private static let nastaliqBaseline = 0.78

    /// Nastaliq's own line height is about 2.5 times its size (room for the tallest stacked
    /// letters, which everyday words do not reach); lines are set 1.9 times apart instead,
    /// so Urdu fits the boxes laid out for English without touching.
    private static let nastaliqLineSkip = 1.9

    private func render(_ string: String, font key: FontLibrary.Key) -> (UnsafeMutablePointer<SDL_Surface>, Int)? {
        guard let font = fonts.font(key), let surface = TTF_RenderUTF8_Blended(font, string, Self.white) else { return nil }
        return (surface, Int(TTF_FontAscent(font)))
    }

    /// The font for one run of a right-to-left line: the line's own for right-to-left runs,
    /// Andika (same size and weight) for numbers and Latin names, which Nastaliq lacks.
    private func runFont(_ run: BidiRun, line key: FontLibrary.Key) -> FontLibrary.Key {
        guard !run.rightToLeft, key.family == .nastaliq else { return key }
        return FontLibrary.Key(family: .andika, bold: key.bold, pixelSize: key.pixelSize, outline: key.outline)
    }

    /// Renders each run in its direction and font and joins them, left to right, on one
    /// baseline. Returns the surface and its baseline.
    private func renderRightToLeft(_ string: String, font key: FontLibrary.Key) -> (UnsafeMutablePointer<SDL_Surface>, Int)? {
        var pieces: [(surface: UnsafeMutablePointer<SDL_Surface>, ascent: Int)] = []
        defer { for piece in pieces { SDL_FreeSurface(piece.surface) } }
        for run in BidiRuns.visual(string, baseRightToLeft: true) {
            if let piece = render(run.text, font: runFont(run, line: key)) { pieces.append((piece.0, piece.1)) }
        }
        guard !pieces.isEmpty else { return nil }
        let baseline = pieces.map(\.ascent).max()!
        let height = pieces.map { baseline - $0.ascent + Int($0.surface.pointee.h) }.max()!
        let width = pieces.reduce(0) { $0 + Int($1.surface.pointee.w) }
        guard let canvas = SDL_CreateRGBSurfaceWithFormat(0, Int32(width), Int32(height), 32, SDL_PIXELFORMAT_ARGB8888.rawValue)
        else { return nil }
        var x: Int32 = 0
        for piece in pieces {
            // Copy, not blend: the canvas is transparent and the glyphs' own alpha must survive.
            SDL_SetSurfaceBlendMode(piece.surface, SDL_BLENDMODE_NONE)
            var dest = SDL_Rect(x: x, y: Int32(baseline - piece.ascent), w: piece.surface.pointee.w, h: piece.surface.pointee.h)
            SDL_UpperBlit(piece.surface, nil, canvas, &dest)
            x += piece.surface.pointee.w
        }
        return (canvas, baseline)
    }

    /// Width in pixels of `string` set in `font`.
    func measure(_ string: String, font key: FontLibrary.Key, rightToLeft: Bool = false) -> Int {
        guard !string.isEmpty else { return 0 }
        guard rightToLeft else { return plainWidth(string, font: key) }
        return BidiRuns.visual(string, baseRightToLeft: true).reduce(0) { $0 + plainWidth($1.text, font: runFont($1, line: key)) }
    }

    private func plainWidth(_ string: String, font key: FontLibrary.Key) -> Int {
        guard let font = fonts.font(key) else { return 0 }
        var width: Int32 = 0
        var height: Int32 = 0
        TTF_SizeUTF8(font, string, &width, &height)
        return Int(width)
    }

    /// Distance between baselines of consecutive lines, in pixels.
    func lineSkip(font key: FontLibrary.Key) -> Int {
        guard let font = fonts.font(key) else { return key.pixelSize }
        let skip = Int(TTF_FontLineSkip(font))
        return key.family == .nastaliq ? min(skip, Int(Double(key.pixelSize) * Self.nastaliqLineSkip)) : skip
    }

    /// `string` broken into lines: at every "\n", and at spaces so no line is wider than
    /// `wrapWidth` pixels (a single word wider than that stays on its own line). Lines stay
    /// in reading order; a right-to-left line is ordered for display when it is drawn.
    func layout(_ string: String, font key: FontLibrary.Key, wrapWidth: Int?, rightToLeft: Bool = false) -> [String] {
        let layoutKey = LayoutKey(font: key, string: string, wrapWidth: wrapWidth, rightToLeft: rightToLeft)
        if let known = layouts[layoutKey] { return known }
        var result: [String] = []
        for paragraph in string.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let wrapWidth else {
                result.append(String(paragraph))
                continue
            }
            var current = ""
            for word in WrapWords.pieces(of: paragraph) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if current.isEmpty || measure(candidate, font: key, rightToLeft: rightToLeft) <= wrapWidth {
                    current = candidate
                } else {
                    result.append(current)
                    current = String(word)
                }
            }
            result.append(current)
        }
        if layouts.count >= capacity * 2 { layouts.removeAll(keepingCapacity: true) }
        layouts[layoutKey] = result
        return result
    }

    private func evictOldestQuarter() {
        let victims = lines.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(max(1, lines.count / 4))
        for (key, entry) in victims {
            SDL_DestroyTexture(entry.line.texture)
            lines.removeValue(forKey: key)
        }
    }
}
