import KashDashCore

/// Writes offscreen PNG frames during a headless run. (Filled in by the SDL game issue.)
enum HeadlessFrames {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Returns a per-tick callback that renders every `every`-th tick into `directory`.
    static func writer(directory: String, every: Int, plan: LevelPlan) throws(Failure) -> (Simulation, [GameEvent]) -> Void {
        throw Failure(description: "offscreen frames are not available yet in this build")
    }
}
