import Foundation
import KashDashContract

/// Finds the `Levels/` folder and the advice-link catalogue for the game and the tools.
public enum ContentLocator {
    /// The levels folder: `$KASHDASH_LEVELS`, else `./Levels`, else a `Levels` folder in the
    /// executable's folder or one of its parents (a package root when run from `.build`), else
    /// the installed one (`/usr/share/kashdash/Levels`, see `InstallLayout`).
    public static func levelsDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       currentDirectory: String = FileManager.default.currentDirectoryPath,
                                       executable: String = runningExecutable) -> String? {
        if let configured = environment["KASHDASH_LEVELS"], !configured.isEmpty { return configured }
        let here = (currentDirectory as NSString).appendingPathComponent("Levels")
        if isDirectory(here) { return here }
        var folder = ((executable as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        for _ in 0..<6 where !folder.isEmpty && folder != "/" {
            let candidate = (folder as NSString).appendingPathComponent("Levels")
            if isDirectory(candidate) { return candidate }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return InstallLayout.dataDirectories(executablePath: executable)
            .map { ($0 as NSString).appendingPathComponent("Levels") }
            .first(where: isDirectory)
    }

    /// The running program's real path (`/proc/self/exe`): `argv[0]` is just `kashdash` when
    /// the shell found it on `PATH`.
    public static var runningExecutable: String {
        Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    }

    /// One line for when no levels folder was found, naming where the installed one belongs.
    public static let noLevelsFolderLine =
        "no levels folder found: \(InstallLayout.dataDirectory)/Levels is missing "
        + "(reinstall the kashdash package, or set KASHDASH_LEVELS)"

    /// Where the catalogue beside a levels folder is expected (whether or not it exists).
    public static func expectedCatalogueFile(besideLevels levels: String) -> String {
        let root = ((levels as NSString).standardizingPath as NSString).deletingLastPathComponent
        return ((root as NSString).appendingPathComponent("Assets") as NSString).appendingPathComponent("advice-links.json")
    }

    /// `Assets/advice-links.json` beside the levels folder, if it exists.
    public static func catalogueFile(besideLevels levels: String) -> String? {
        let path = expectedCatalogueFile(besideLevels: levels)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
