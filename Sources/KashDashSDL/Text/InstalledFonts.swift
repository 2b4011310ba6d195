import Foundation
import KashDashGame

/// Looks once, at start-up, for the font files of the families the settings offer, in the
/// same folders and under the same names `FontLibrary` draws from.
public enum InstalledFonts {
    public static func check(assets: URL?) -> FontAvailability {
        check(in: FontLibrary.searchFolders(assets: assets))
    }

    /// Families with no regular face of their own in any of `folders`.
    static func check(in folders: [URL], families: [FontFamily] = [.andika, .openDyslexic]) -> FontAvailability {
        let missing = families.filter { family in
            !FontLibrary.regularFileNames(family).contains { name in
                folders.contains { FileManager.default.isReadableFile(atPath: $0.appendingPathComponent(name).path) }
            }
        }
        return FontAvailability(missing: Set(missing))
    }
}
