import CSDL2
import Foundation
import KashDashGame

/// Opens TrueType/OpenType fonts by family, weight and pixel size, and keeps them open.
///
/// Andika first (made for beginning readers), then DejaVu Sans. OpenDyslexic is used when
/// asked for and installed (Debian ships it as OTF under /usr/share/fonts/opentype);
/// otherwise the request quietly falls back to Andika and the fallback is logged once.
/// Urdu is set in Noto Nastaliq Urdu (Debian `fonts-noto-core`), Noto Naskh Arabic if that is
/// missing, with HarfBuzz shaping it as Arabic script, right to left.
final class FontLibrary {
    struct Key: Hashable {
        var family: FontFamily
        var bold: Bool
        var pixelSize: Int
        /// Glyph rim thickness in pixels (0: plain glyphs).
        var outline: Int
    }

    private static let maxOpenFonts = 32
    private let log: BackendLog
    private let searchFolders: [URL]
    private var fonts: [Key: OpaquePointer] = [:]
    private var resolvedPaths: [String: String?] = [:]

    init(assets: URL?, log: BackendLog) {
        self.log = log
        self.searchFolders = Self.searchFolders(assets: assets)
    }

    /// `Assets/fonts` first (a font dropped there wins), then the Debian packages' folders.
    static func searchFolders(assets: URL?) -> [URL] {
        var folders: [URL] = []
        if let assets { folders.append(assets.appendingPathComponent("fonts", isDirectory: true)) }
        folders += ["/usr/share/fonts/truetype/andika", "/usr/share/fonts/opentype/opendyslexic",
                    "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/opendyslexic",
                    "/usr/share/fonts/truetype/noto"]
            .map { URL(fileURLWithPath: $0, isDirectory: true) }
        return folders
    }

    /// The file names of a family's own regular face (no fallback).
    static func regularFileNames(_ family: FontFamily) -> [String] {
        switch family {
        case .andika: ["Andika-Regular.ttf"]
        case .openDyslexic: ["OpenDyslexic-Regular.otf", "OpenDyslexic-Regular.ttf"]
        case .nastaliq: ["NotoNastaliqUrdu-Regular.ttf"]
        }
    }

    deinit { purge() }

    /// Closes every font (call before SDL_ttf shuts down).
    func purge() {
        for font in fonts.values { TTF_CloseFont(font) }
        fonts.removeAll()
    }

    /// The font for `key`, or nil if no font file at all can be opened.
    func font(_ key: Key) -> OpaquePointer? {
        if let font = fonts[key] { return font }
        guard let path = path(family: key.family, bold: key.bold) else {
            log.once("no usable font found (install fonts-sil-andika or fonts-dejavu-core); text is not drawn")
            return nil
        }
        guard let font = TTF_OpenFont(path, Int32(max(1, key.pixelSize))) else {
            log.once("cannot open font \(path): \(String(cString: SDL_GetError()))")
            return nil
        }
        if key.outline > 0 { TTF_SetFontOutline(font, Int32(key.outline)) }
        if key.family == .nastaliq {
            // Without these HarfBuzz guesses Latin, left to right, and the letters do not join.
            TTF_SetFontScriptName(font, "Arab")
            TTF_SetFontDirection(font, TTF_DIRECTION_RTL)
        }
        TTF_SetFontHinting(font, TTF_HINTING_LIGHT)
        if fonts.count >= Self.maxOpenFonts {
            // Sizes are few in practice; if something animates font sizes, start over.
            for font in fonts.values { TTF_CloseFont(font) }
            fonts.removeAll()
        }
        fonts[key] = font
        return font
    }

    private func path(family: FontFamily, bold: Bool) -> String? {
        let cacheKey = "\(family.rawValue)-\(bold)"
        if let known = resolvedPaths[cacheKey] { return known }
        var names: [String] = []
        if family == .nastaliq {
            names += bold ? ["NotoNastaliqUrdu-Bold.ttf"] : []
            names += Self.regularFileNames(.nastaliq)
            names += bold ? ["NotoNaskhArabic-Bold.ttf"] : []
            names += ["NotoNaskhArabic-Regular.ttf"]
        }
        if family == .openDyslexic {
            names += bold ? ["OpenDyslexic-Bold.otf", "OpenDyslexic-Bold.ttf"] : []
            names += Self.regularFileNames(.openDyslexic)
        }
        names += bold ? ["Andika-Bold.ttf"] : []
        names += Self.regularFileNames(.andika)
        names += bold ? ["DejaVuSans-Bold.ttf"] : []
        names += ["DejaVuSans.ttf"]
        var found: String?
        search: for name in names {
            for folder in searchFolders {
                let candidate = folder.appendingPathComponent(name).path
                if FileManager.default.isReadableFile(atPath: candidate) {
                    found = candidate
                    break search
                }
            }
        }
        if family == .nastaliq, let found, !found.contains("Noto") {
            log.once("no Urdu font installed (fonts-noto-core); Urdu is drawn with \(URL(fileURLWithPath: found).lastPathComponent)")
        }
        if family == .openDyslexic, let found, !found.contains("OpenDyslexic") {
            log.once("OpenDyslexic is not installed as .otf/.ttf; using \(URL(fileURLWithPath: found).lastPathComponent) instead")
        }
        resolvedPaths[cacheKey] = .some(found)
        return found
    }
}
