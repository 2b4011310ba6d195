/// One call a level's `build` function made on the builder, with the line it came from.
struct BuildCall: Sendable {
    enum Kind: String, Sendable {
        case gate, pickup, message, finish
    }

    var kind: Kind
    /// Line of the calling level code (the innermost frame outside the sandbox prelude, so
    /// `b:course`'s calls carry the line of the `b:course` call); 0 if unknown.
    var line: Int
    var argument: LuaValue
}

/// Collects builder calls in the order the script makes them.
final class BuildRecorder {
    var calls: [BuildCall] = []
}
