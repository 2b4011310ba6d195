/// Where an installed Kash Dash keeps its read-only data, so the programs find `Levels/` and
/// `Assets/` without any variable set. `scripts/package` installs to exactly these places.
public enum InstallLayout {
    /// The game package's data folder: `Levels/` and `Assets/` live here.
    public static let dataDirectory = "/usr/share/kashdash"

    /// The server package's data folder: its own `Levels/` and `advice-links.json`, so the
    /// server installs without the game.
    public static let serverDataDirectory = "/usr/share/kashdash-server"

    /// Data folders to try for an executable at `executablePath`, best first: the `share/kashdash`
    /// beside its prefix (`/usr/games/kashdash` -> `/usr/share/kashdash`, `/opt/x/bin/kashdash` ->
    /// `/opt/x/share/kashdash`), then the packages' fixed folder.
    public static func dataDirectories(executablePath: String) -> [String] {
        var parts = executablePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var candidates: [String] = []
        if executablePath.hasPrefix("/"), parts.count >= 2 {
            parts.removeLast(2)  // the program and its bin/ (or games/, sbin/) folder
            candidates.append("/" + (parts + ["share", "kashdash"]).joined(separator: "/"))
        }
        if !candidates.contains(dataDirectory) { candidates.append(dataDirectory) }
        return candidates
    }
}
