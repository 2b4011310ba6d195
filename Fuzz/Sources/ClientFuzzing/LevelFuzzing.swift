import KashDashContract
import KashDashLevels

/// Level scripts, as an author (or an update server) could write them: the whole source
/// through the sandbox and the schema reader (`level-source`), and the returned table alone
/// inside a fixed, valid frame (`level-table`, so mutations reach the schema reader rather
/// than dying in Lua's parser). A bad level must come back as problems, never a crash.
enum LevelFuzzing {
    /// Tight budgets: an input that loops or allocates stops quickly, as the sandbox promises.
    static let limits: SandboxLimits = {
        var limits = SandboxLimits()
        limits.buildInstructions = min(limits.buildInstructions, 2_000_000)
        return limits
    }()

    static func runSource(_ bytes: [UInt8]) {
        compile(String(decoding: bytes, as: UTF8.self))
    }

    static func runTable(_ bytes: [UInt8]) {
        compile("return {\n" + String(decoding: bytes, as: UTF8.self) + "\n}\n")
    }

    private static func compile(_ source: String) {
        let compilation = LevelCompiler.compile(
            source: source, file: "fuzzed-level.lua", seed: 1, catalogue: nil, limits: limits, keepHooks: true)
        if compilation.problems.isEmpty {
            // A level that passed must also build its plan for another seed without trouble.
            _ = LevelCompiler.compile(
                source: source, file: "fuzzed-level.lua", seed: 2, catalogue: nil, limits: limits, keepHooks: false)
        }
    }
}
