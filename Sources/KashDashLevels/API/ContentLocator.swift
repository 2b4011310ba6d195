import Foundation

/// Finds the `Levels/` folder and the advice-link catalogue for the game and the tools.
public enum ContentLocator {
    /// The levels folder: `$KASHDASH_LEVELS`, else `./Levels`, else a `Levels` folder in the
    /// executable's folder or one of its parents (a package root when run from `.build`).
    public static func levelsDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       currentDirectory: String = FileManager.default.currentDirectoryPath,
                                       executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let configured = environment["KASHDASH_LEVELS"], !configured.isEmpty { return configured }
        let here = (currentDirectory as NSString).appendingPathComponent("Levels")
        if isDirectory(here) { return here }
        var folder = ((executable as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        for _ in 0..<6 where !folder.isEmpty && folder != "/" {
            let candidate = (folder as NSString).appendingPathComponent("Levels")
            if isDirectory(candidate) { return candidate }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// `Assets/advice-links.json` beside the levels folder, if it exists.
    public static func catalogueFile(besideLevels levels: String) -> String? {
        let root = ((levels as NSString).standardizingPath as NSString).deletingLastPathComponent
        let path = ((root as NSString).appendingPathComponent("Assets") as NSString).appendingPathComponent("advice-links.json")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
