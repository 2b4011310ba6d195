import CLua
import KashDashCore

/// One sandboxed Lua 5.4 state: capped allocator, instruction budget, the prelude, and the
/// builder table `b`. One per level, so no level can change what another sees.
///
/// Swift talks to the state in two ways only: through the `kd_*` protected calls in CLua's
/// shim (everything that may raise runs in C under `lua_pcall`), and through raw, non-raising
/// reads (`LuaValueReader`). Not thread-safe; a state belongs to one level on one thread.
final class LuaSandbox {
    let state: OpaquePointer
    let context: UnsafeMutablePointer<kd_context>
    let limits: SandboxLimits
    /// Registry reference of the builder table passed to `build`.
    private(set) var builderRef: Int32 = 0
    /// What the level printed with `print`, most recent last (bounded).
    var printed: [String] = []

    /// A failed call into Lua: the message as Lua gave it and the line of level code involved.
    struct CallFailure: Error {
        var message: String
        var line: Int?
    }

    init(limits: SandboxLimits) throws(CallFailure) {
        self.limits = limits
        context = UnsafeMutablePointer<kd_context>.allocate(capacity: 1)
        context.initialize(to: kd_context())
        context.pointee.mem_limit = limits.memoryBytes
        context.pointee.string_limit = limits.stringBytes
        guard let state = kd_newstate(context) else {
            context.deallocate()
            throw CallFailure(message: "cannot create a Lua state (out of memory)", line: nil)
        }
        self.state = state
        var setup = kd_setup()
        setup.random = LuaCallbacks.random
        setup.log = LuaCallbacks.log
        setup.gate = LuaCallbacks.gate
        setup.pickup = LuaCallbacks.pickup
        setup.message = LuaCallbacks.message
        setup.finish = LuaCallbacks.finish
        context.pointee.host = Unmanaged.passUnretained(self).toOpaque()
        let status = SandboxPrelude.source.utf8CString.withUnsafeBufferPointer { prelude in
            setup.prelude = prelude.baseAddress
            setup.prelude_length = prelude.count - 1
            return kd_setup_sandbox(state, &setup, 10_000_000)
        }
        if let failure = takeFailure(status) { throw failure }
        builderRef = setup.builder_ref
    }

    deinit {
        lua_close(state)
        context.deinitialize(count: 1)
        context.deallocate()
    }

    /// The most bytes the state ever held.
    var memoryPeak: Int { context.pointee.mem_peak }

    /// The recorder builder callbacks write to while `build` runs, if any.
    var recorder: BuildRecorder?

    /// Runs `body` with `rng` reachable from `math.random`; the generator advances in place.
    func withGenerator<T>(_ rng: inout EngineRNG, _ body: () -> T) -> T {
        withUnsafeMutablePointer(to: &rng) { pointer in
            context.pointee.rng = UnsafeMutableRawPointer(pointer)
            defer { context.pointee.rng = nil }
            return body()
        }
    }

    /// Turns a `kd_*` status into a failure (reading and popping the message), or nil if OK.
    func takeFailure(_ status: Int32) -> CallFailure? {
        guard status != LUA_OK else { return nil }
        let c = context.pointee
        var message: String
        if lua_gettop(state) > 0, lua_type(state, -1) == LUA_TSTRING {
            message = LuaValueReader.string(state, at: -1)
        } else {
            message = "unknown Lua error"
        }
        var line = c.error_line > 0 ? Int(c.error_line) : nil
        if status == LUA_ERRMEM {
            line = c.refused_line > 0 ? Int(c.refused_line) : line
            if c.string_refused != 0 {
                message = "a string longer than \(limits.stringBytes / 1024) KB was refused (memory cap for level scripts)"
            } else if c.mem_refused != 0 {
                message = "memory limit exceeded (\(limits.memoryBytes >> 20) MB): is something growing without end?"
            } else {
                message = "out of memory"
            }
        }
        lua_settop(state, 0)
        return CallFailure(message: message, line: line)
    }

    /// Keeps the latest lines a level printed (for `levels check --verbose`).
    func appendPrinted(_ text: String) {
        if printed.count >= 200 { printed.removeFirst() }
        printed.append(String(text.prefix(500)))
    }
}
