import KashDashContract

#if canImport(Glibc)
import Glibc
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Default places of the server's read-only content: the repository's (relative to the working
/// folder, for a source checkout) when present, else the installed package's.
enum ContentPaths {
    static let repositoryLinks = "Assets/advice-links.json"
    static let repositoryLevels = "Levels"

    static var defaultLinks: String {
        firstExisting([repositoryLinks, InstallLayout.serverDataDirectory + "/advice-links.json"])
    }

    static var defaultLevels: String {
        firstExisting([repositoryLevels, InstallLayout.serverDataDirectory + "/Levels"])
    }

    /// The first candidate that exists, else the first (so the error names the expected place).
    private static func firstExisting(_ candidates: [String]) -> String {
        candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
