import Foundation
import KashDashContract
import KashDashCore

/// Where the game and its tools find levels: Core's built-in training levels, the levels
/// folder, and the advice-link catalogue beside that folder. `play`, `kiosk`, `headless`,
/// `replay` and `bench` all open levels through this, so they follow one rule:
///
/// - a catalogue that is missing or broken is a problem to report, and link ids then go
///   unchecked (play never stops for it);
/// - a broken level is left out of the list with its problem (the others still play), and
///   asking for it by name fails with that problem, naming the file and line.
public struct LevelSource: Sendable {
    /// A level that cannot be had, with the reason (file and line for a script error).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The levels folder, if one was found.
    public let folder: String?
    /// The catalogue link ids are checked against; `nil` when there is none to read.
    public let catalogue: AdviceLinkCatalogue?
    /// Problems found while opening the source, for a grown-up's log.
    public let problems: [String]

    /// Opens `folder` (by default `$KASHDASH_LEVELS`, `./Levels` or one beside the program).
    public init(folder: String? = ContentLocator.levelsDirectory()) {
        self.folder = folder
        guard let folder else {
            catalogue = nil
            problems = ["no Levels folder found (set KASHDASH_LEVELS); only the built-in training levels are available"]
            return
        }
        let opened = Self.catalogue(besideLevels: folder)
        catalogue = opened.catalogue
        problems = opened.problem.map { [$0] } ?? []
    }

    /// The catalogue beside a levels folder, or the problem that stops it being read.
    public static func catalogue(besideLevels folder: String) -> (catalogue: AdviceLinkCatalogue?, problem: String?) {
        guard let file = ContentLocator.catalogueFile(besideLevels: folder) else {
            return (nil, "no Assets/advice-links.json beside \(folder); advice-link ids are not checked")
        }
        do {
            return (try AdviceLinkCatalogue.load(path: file), nil)
        } catch {
            return (nil, "\(error); advice-link ids are not checked")
        }
    }

    /// Every level in the folder, checked once; broken ones are listed in its `problems`.
    public func library() -> LevelLibrary? {
        folder.map { LevelLibrary(directory: $0, catalogue: catalogue) }
    }

    /// The level `idOrPath` built with `seed`: a built-in id, an id in the levels folder, or
    /// the path of a `.lua` file (so an author can try a level without installing it; its
    /// links are checked against the catalogue beside it, else this source's).
    public func load(_ idOrPath: String, seed: UInt64) throws(Failure) -> LoadedLevel {
        if idOrPath.hasSuffix(".lua") {
            let parent = (idOrPath as NSString).deletingLastPathComponent
            let beside = Self.catalogue(besideLevels: parent.isEmpty ? "." : parent).catalogue
            return try build(file: idOrPath, seed: seed, catalogue: beside ?? catalogue)
        }
        if let plan = BuiltInLevels.plan(id: idOrPath, seed: seed) { return LoadedLevel(plan: plan, hooks: nil) }
        if let folder, LevelHeader.isLevelID(idOrPath) {
            let file = (folder as NSString).appendingPathComponent(idOrPath + ".lua")
            if FileManager.default.fileExists(atPath: file) {
                return try build(file: file, seed: seed, catalogue: catalogue)
            }
        }
        throw Failure(description: "unknown level '\(idOrPath)' (known: \(knownIDs.joined(separator: ", ")))")
    }

    /// Built-in ids, then the folder's `.lua` files by name.
    public var knownIDs: [String] {
        var known = BuiltInLevels.ids
        if let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            known += files.filter { $0.hasSuffix(".lua") }.map { String($0.dropLast(4)) }.sorted()
        }
        return known
    }

    private func build(file: String, seed: UInt64, catalogue: AdviceLinkCatalogue?) throws(Failure) -> LoadedLevel {
        do {
            return try LevelLoader.load(file: file, seed: seed, catalogue: catalogue)
        } catch {
            throw Failure(description: "\(error)")
        }
    }
}
