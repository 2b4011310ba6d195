/// How much a level script may use. Every field has a default; tests shrink them.
///
/// The instruction budget is the real limit and is deterministic. The time limits are a
/// backstop for scripts that make few instructions do huge work (for example `..` on long
/// strings in a loop); a level that comes anywhere near them fails `levels check` anyway.
public struct SandboxLimits: Sendable, Hashable {
    /// Lua VM instructions for running the level file and its `build` function together.
    public var buildInstructions: Int64 = 20_000_000
    /// Lua VM instructions for one event handler call.
    public var handlerInstructions: Int64 = 200_000
    /// Bytes the whole Lua state may hold, for its lifetime.
    public var memoryBytes: Int = 32 << 20
    /// Longest single string, in bytes.
    public var stringBytes: Int = 64 << 10
    /// Wall-clock backstop for loading and building, in milliseconds.
    public var buildMilliseconds: Int = 2_000
    /// Wall-clock backstop for one handler call, in milliseconds.
    public var handlerMilliseconds: Int = 100
    /// Most builder calls (gates + pickups + messages) one level may make.
    public var maxBuilderCalls: Int = 5_000

    public init() {}
}
