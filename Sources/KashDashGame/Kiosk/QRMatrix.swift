/// A QR code's modules, row by row, `true` for dark: what the backend's encoder hands the
/// game, which draws it (the game itself has no C dependency).
public struct QRMatrix: Hashable, Sendable {
    /// Modules per side (21 for version 1, +4 per version), without the quiet zone.
    public let size: Int
    public let modules: [Bool]

    public init?(size: Int, modules: [Bool]) {
        guard size > 0, modules.count == size * size else { return nil }
        self.size = size
        self.modules = modules
    }

    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// The clear border a scanner needs around the code, in modules (the standard's minimum).
    public static let quietZone = 4

    /// The dark runs of row `y` as (first column, length): one rectangle each when drawn.
    func darkRuns(row y: Int) -> [(x: Int, length: Int)] {
        var runs: [(x: Int, length: Int)] = []
        var x = 0
        while x < size {
            guard isDark(x: x, y: y) else { x += 1; continue }
            let start = x
            while x < size, isDark(x: x, y: y) { x += 1 }
            runs.append((start, x - start))
        }
        return runs
    }
}
