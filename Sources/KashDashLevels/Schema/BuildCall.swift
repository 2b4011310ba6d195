/// One call a level's `build` function made on the builder, with the line it came from.
struct BuildCall: Sendable {
    enum Kind: String, Sendable {
        case gate, pickup, message, finish
    }

    var kind: Kind
    /// Line of the calling Lua code (`lua_getinfo` on the caller's frame); 0 if unknown.
    var line: Int
    var argument: LuaValue
}

/// Collects builder calls in the order the script makes them.
final class BuildRecorder {
    var calls: [BuildCall] = []
}
