/// The version of the simulation rules. Bump it whenever a rule change would alter any
/// state hash, so old replays are refused with a clear message instead of failing oddly.
public enum EngineVersion {
    public static let current = "1.0.0"
}
