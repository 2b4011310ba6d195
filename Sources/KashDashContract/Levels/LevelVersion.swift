/// The version a level script declares: a line `version = N` (N ≥ 1), else 1.
///
/// One rule for the server (which lists it in the manifest) and the game (which installs an
/// update only when it is newer than the level it has), so both read the same number from the
/// same bytes. The line sits above `return {` in a level file; Lua sees a plain global.
public enum LevelVersion {
    /// The first `version = N` line of `bytes`, else 1.
    public static func declared(in bytes: some Sequence<UInt8>) -> Int {
        let text = String(decoding: Array(bytes), as: UTF8.self)
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
            guard trimmed.hasPrefix("version") else { continue }
            let rest = trimmed.dropFirst("version".count).trimmingPrefix(while: { $0 == " " })
            guard rest.hasPrefix("=") else { continue }
            let digits = rest.dropFirst().trimmingPrefix(while: { $0 == " " }).prefix(while: { $0.isASCII && $0.isNumber })
            if let value = Int(digits), value > 0 { return value }
        }
        return 1
    }
}
