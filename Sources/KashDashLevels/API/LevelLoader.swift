import Foundation
import KashDashContract
import KashDashCore

/// A level ready to play: its plan, and its event handlers if the script has any.
public struct LoadedLevel {
    public let plan: LevelPlan
    public let hooks: (any LevelScriptHooks)?

    public init(plan: LevelPlan, hooks: (any LevelScriptHooks)?) {
        self.plan = plan
        self.hooks = hooks
    }
}

/// Loads one level file into a plan, in its own sandboxed Lua state.
public enum LevelLoader {
    /// Loads and builds the level at `path` with `seed`.
    ///
    /// Throws the first `LevelProblem` found (its message says how many more there are);
    /// `kashdash levels check` lists them all. Advice-link ids are checked only when a
    /// catalogue is given.
    public static func load(file path: String, seed: UInt64, catalogue: AdviceLinkCatalogue?) throws -> LoadedLevel {
        try load(file: path, seed: seed, catalogue: catalogue, limits: SandboxLimits())
    }

    /// As `load(file:seed:catalogue:)`, with explicit sandbox limits.
    public static func load(file path: String, seed: UInt64, catalogue: AdviceLinkCatalogue?, limits: SandboxLimits) throws
        -> LoadedLevel
    {
        let source = try readSource(path)
        return try loaded(LevelCompiler.compile(source: source, file: path, seed: seed, catalogue: catalogue, limits: limits))
    }

    /// The text of a level file, or a problem saying why it cannot be read.
    static func readSource(_ path: String) throws(LevelProblem) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LevelProblem(file: path, line: nil, message: "cannot read the level file (missing or unreadable)")
        }
        if data.first == 0x1B {
            throw LevelProblem(file: path, line: 1, message: "this is a compiled (binary) Lua chunk; levels must be Lua source text")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LevelProblem(file: path, line: nil, message: "the level file is not UTF-8 text")
        }
        return text
    }

    static func loaded(_ compilation: LevelCompilation) throws(LevelProblem) -> LoadedLevel {
        guard let plan = compilation.plan else {
            var first = compilation.problems.first
                ?? LevelProblem(file: compilation.file, line: nil, message: "the level could not be built")
            if compilation.problems.count > 1 {
                first.message += " (and \(compilation.problems.count - 1) more; run `kashdash levels check \(compilation.file)`)"
            }
            throw first
        }
        return LoadedLevel(plan: plan, hooks: compilation.hooks)
    }
}
