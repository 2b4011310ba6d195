import KashDashCore

/// A level ready to simulate: its plan and the script hooks (if any) that go with it.
struct ResolvedLevel {
    var plan: LevelPlan
    var hooks: (any LevelScriptHooks)?
}

/// Finds a level by id (built-in or in `Levels/`) or by the path of a `.lua` file.
/// (The scripted-levels issue extends this to Lua levels.)
enum LevelResolver {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func resolve(_ idOrPath: String, seed: UInt64) throws(Failure) -> ResolvedLevel {
        if let plan = BuiltInLevels.plan(id: idOrPath, seed: seed) { return ResolvedLevel(plan: plan, hooks: nil) }
        throw Failure(description: "unknown level '\(idOrPath)' (known: \(BuiltInLevels.ids.joined(separator: ", ")))")
    }
}
