import CSDL2
import KashDashGame

/// Rendered lines of text as white textures (tinted at draw time with colour mod), and
/// line-wrapping results, both bounded with least-recently-used eviction.
final class TextCache {
    struct Line {
        let texture: OpaquePointer
        let width: Int
        let height: Int
    }

    private struct LineKey: Hashable {
        var font: FontLibrary.Key
        var string: String
    }

    private struct LayoutKey: Hashable {
        var font: FontLibrary.Key
        var string: String
        var wrapWidth: Int?
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
    func line(_ string: String, font key: FontLibrary.Key) -> Line? {
        guard !string.isEmpty else { return nil }
        clock &+= 1
        let lineKey = LineKey(font: key, string: string)
        if var entry = lines[lineKey] {
            entry.lastUse = clock
            lines[lineKey] = entry
            return entry.line
        }
        guard let font = fonts.font(key) else { return nil }
        guard let surface = TTF_RenderUTF8_Blended(font, string, SDL_Color(r: 255, g: 255, b: 255, a: 255)) else {
            return nil
        }
        defer { SDL_FreeSurface(surface) }
        guard let texture = SDL_CreateTextureFromSurface(renderer, surface) else { return nil }
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND)
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear)
        let line = Line(texture: texture, width: Int(surface.pointee.w), height: Int(surface.pointee.h))
        if lines.count >= capacity { evictOldestQuarter() }
        lines[lineKey] = Entry(line: line, lastUse: clock)
        return line
    }

    /// Width in pixels of `string` set in `font`.
    func measure(_ string: String, font key: FontLibrary.Key) -> Int {
        guard !string.isEmpty, let font = fonts.font(key) else { return 0 }
        var width: Int32 = 0
        var height: Int32 = 0
        TTF_SizeUTF8(font, string, &width, &height)
        return Int(width)
    }

    /// Distance between baselines of consecutive lines, in pixels.
    func lineSkip(font key: FontLibrary.Key) -> Int {
        guard let font = fonts.font(key) else { return key.pixelSize }
        return Int(TTF_FontLineSkip(font))
    }

    /// `string` broken into lines: at every "\n", and at spaces so no line is wider than
    /// `wrapWidth` pixels (a single word wider than that stays on its own line).
    func layout(_ string: String, font key: FontLibrary.Key, wrapWidth: Int?) -> [String] {
        let layoutKey = LayoutKey(font: key, string: string, wrapWidth: wrapWidth)
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
                if current.isEmpty || measure(candidate, font: key) <= wrapWidth {
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
