import Foundation
import KashDashContract
import KashDashLevels

/// The levels a game offers: the shipped ones, with installed updates laid over them.
///
/// For each id the highest valid version wins (the shipped one on a tie, so a package
/// upgrade that ships the same version takes over from the download). An installed file
/// that no longer loads (a catalogue change, a damaged disk) is left out with a problem
/// line, and the shipped level of that id still plays.
public struct LevelShelf: Sendable {
    public struct Entry: Sendable {
        public let summary: LevelSummary
        public let version: Int
        /// Builds the level; the library that checked it.
        public let library: LevelLibrary
        public let isInstalled: Bool
    }

    /// Good levels, sorted by difficulty, then id.
    public let levels: [Entry]
    /// One line per problem, for a grown-up's log.
    public let problems: [String]

    public init(shipped: LevelLibrary?, installed: LevelLibrary?) {
        var best: [String: Entry] = [:]
        var problems = shipped?.problems.map(\.description) ?? []
        for (library, isInstalled) in [(shipped, false), (installed, true)] {
            guard let library else { continue }
            for summary in library.levels {
                let entry = Entry(summary: summary, version: library.declaredVersion(id: summary.id) ?? 1,
                                  library: library, isInstalled: isInstalled)
                if let other = best[summary.id], other.version >= entry.version { continue }
                best[summary.id] = entry
            }
        }
        if let installed {
            problems += installed.problems.map { "installed level skipped (any shipped level of that id still plays): \($0)" }
        }
        levels = best.values.sorted { ($0.summary.difficulty, $0.summary.id) < ($1.summary.difficulty, $1.summary.id) }
        self.problems = problems
    }

    /// The installed levels folder as a library, or nil when nothing was ever installed.
    public static func installedLibrary(directory: URL, catalogue: AdviceLinkCatalogue?) -> LevelLibrary? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return LevelLibrary(directory: directory.path, catalogue: catalogue)
    }
}
