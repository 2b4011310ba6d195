import Foundation
import KashDashCore
import KashDashLevels

/// A level ready to simulate: its plan and the script hooks (if any) that go with it.
struct ResolvedLevel {
    var plan: LevelPlan
    var hooks: (any LevelScriptHooks)?
}

/// Finds a level by id (built-in, or `<id>.lua` in the levels folder) or by the path of a
/// `.lua` file, so an author can try a level without installing it.
///
/// The levels folder is `$KASHDASH_LEVELS`, else `./Levels`, else a `Levels` folder beside
/// the executable or in one of its parents. Advice-link ids are checked against
/// `Assets/advice-links.json` beside that folder when it exists.
enum LevelResolver {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func resolve(_ idOrPath: String, seed: UInt64) throws(Failure) -> ResolvedLevel {
        if idOrPath.hasSuffix(".lua") {
            let folder = (idOrPath as NSString).deletingLastPathComponent
            // The catalogue beside the file's folder, else the project's, so link ids are checked.
            let links = catalogue(near: folder.isEmpty ? "." : folder)
                ?? ContentLocator.levelsDirectory().flatMap { catalogue(near: $0) }
            return try load(file: idOrPath, seed: seed, catalogue: links)
        }
        if let plan = BuiltInLevels.plan(id: idOrPath, seed: seed) { return ResolvedLevel(plan: plan, hooks: nil) }
        let folder = ContentLocator.levelsDirectory()
        if let folder {
            let file = (folder as NSString).appendingPathComponent(idOrPath + ".lua")
            if LevelHeader.isLevelID(idOrPath), FileManager.default.fileExists(atPath: file) {
                return try load(file: file, seed: seed, catalogue: catalogue(near: folder))
            }
        }
        var known = BuiltInLevels.ids
        if let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            known += files.filter { $0.hasSuffix(".lua") }.map { String($0.dropLast(4)) }.sorted()
        }
        if folder == nil {
            throw Failure(description: "unknown level '\(idOrPath)': \(ContentLocator.noLevelsFolderLine)")
        }
        throw Failure(description: "unknown level '\(idOrPath)' (known: \(known.joined(separator: ", ")))")
    }

    private static func load(file: String, seed: UInt64, catalogue: AdviceCatalogue?) throws(Failure) -> ResolvedLevel {
        do {
            let loaded = try LevelLoader.load(file: file, seed: seed, catalogue: catalogue)
            return ResolvedLevel(plan: loaded.plan, hooks: loaded.hooks)
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// The catalogue beside a levels folder, or `nil` (links then go unchecked) if there is none.
    static func catalogue(near folder: String) -> AdviceCatalogue? {
        guard let path = ContentLocator.catalogueFile(besideLevels: folder) else { return nil }
        return try? AdviceCatalogue.load(path: path)
    }
}
