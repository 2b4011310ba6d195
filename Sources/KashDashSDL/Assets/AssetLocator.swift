import Foundation
import KashDashContract

/// Finds the `Assets` folder at run time.
///
/// Order: `$KASHDASH_ASSETS`; `Assets/` under the current directory; then `Assets/` next to
/// the executable or in any folder above it (so `.build/debug/kashdash` finds the package's
/// `Assets/`); then the installed `Assets/` (`/usr/share/kashdash/Assets`, see `InstallLayout`).
/// Returns nil if none exists; the renderer then draws placeholders.
public enum AssetLocator {
    public static let environmentKey = "KASHDASH_ASSETS"

    public static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = Bundle.main.executablePath
    ) -> URL? {
        var candidates: [URL] = []
        if let explicit = environment[environmentKey], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit, isDirectory: true))
        }
        candidates.append(URL(fileURLWithPath: currentDirectory, isDirectory: true).appendingPathComponent("Assets"))
        if let executablePath {
            var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            while folder.path != "/" && !folder.path.isEmpty {
                candidates.append(folder.appendingPathComponent("Assets"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates += InstallLayout.dataDirectories(executablePath: executablePath ?? "")
            .map { URL(fileURLWithPath: $0, isDirectory: true).appendingPathComponent("Assets") }
        return candidates.first { isDirectory($0) }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
