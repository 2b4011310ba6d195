import CLua
import KashDashCore

/// The Swift functions Lua calls (through `kd_trampoline`). None of them may raise a Lua
/// error: on failure they write a message into the context and return -1, and the C
/// trampoline raises it, so the longjmp never crosses a Swift frame.
enum LuaCallbacks {
    /// Writes `message` for the trampoline to raise, and returns its error code.
    static func fail(_ state: OpaquePointer, _ message: String) -> Int32 {
        guard let context = kd_ctx(state) else { return -1 }
        withUnsafeMutableBytes(of: &context.pointee.error) { buffer in
            let bytes = Array(message.utf8.prefix(buffer.count - 1))
            buffer.copyBytes(from: bytes)
            buffer[bytes.count] = 0
        }
        return -1
    }

    static func sandbox(_ state: OpaquePointer) -> LuaSandbox? {
        guard let host = kd_ctx(state)?.pointee.host else { return nil }
        return Unmanaged<LuaSandbox>.fromOpaque(host).takeUnretainedValue()
    }

    /// `math.random()`, `math.random(n)`, `math.random(m, n)`, and `math.random(0)`, as in
    /// Lua 5.4, but drawing from the engine's generator for the current call.
    static let random: kd_callback = { state in
        guard let state else { return -1 }
        guard let raw = kd_ctx(state)?.pointee.rng else {
            return fail(state, "math.random can only be used while the level is built or a handler runs")
        }
        let rng = raw.assumingMemoryBound(to: EngineRNG.self)
        func integer(_ index: Int32) -> Int64? {
            guard lua_type(state, index) == LUA_TNUMBER else { return nil }
            var isNumber: Int32 = 0
            let value = lua_tointegerx(state, index, &isNumber)
            return isNumber != 0 ? value : nil
        }
        switch lua_gettop(state) {
        case 0:
            lua_pushnumber(state, Double(rng.pointee.next() >> 11) * 0x1p-53)
            return 1
        case 1:
            guard let upper = integer(1) else {
                return fail(state, "bad argument #1 to 'random' (a whole number expected)")
            }
            if upper == 0 {
                lua_pushinteger(state, Int64(bitPattern: rng.pointee.next()))
                return 1
            }
            guard upper >= 1 else { return fail(state, "bad argument #1 to 'random' (interval is empty)") }
            lua_pushinteger(state, Int64(rng.pointee.int(in: 1...Int(upper))))
            return 1
        case 2:
            guard let lower = integer(1) else {
                return fail(state, "bad argument #1 to 'random' (a whole number expected)")
            }
            guard let upper = integer(2) else {
                return fail(state, "bad argument #2 to 'random' (a whole number expected)")
            }
            guard lower <= upper else { return fail(state, "bad argument #2 to 'random' (interval is empty)") }
            lua_pushinteger(state, Int64(rng.pointee.int(in: Int(lower)...Int(upper))))
            return 1
        default:
            return fail(state, "wrong number of arguments to 'random'")
        }
    }

    /// `print`: the prelude formats the arguments; the text goes to the level's log.
    static let log: kd_callback = { state in
        guard let state else { return -1 }
        if lua_type(state, 1) == LUA_TSTRING {
            sandbox(state)?.appendPrinted(LuaValueReader.string(state, at: 1))
        }
        return 0
    }

    static let gate: kd_callback = { state in builderCall(state, .gate) }
    static let pickup: kd_callback = { state in builderCall(state, .pickup) }
    static let message: kd_callback = { state in builderCall(state, .message) }
    static let finish: kd_callback = { state in builderCall(state, .finish) }

    /// Records one `b:gate{...}`-style call with the line it came from; checking happens later.
    private static func builderCall(_ state: OpaquePointer?, _ kind: BuildCall.Kind) -> Int32 {
        guard let state else { return -1 }
        guard let sandbox = sandbox(state), let recorder = sandbox.recorder else {
            return fail(state, "b:\(kind.rawValue) can only be used inside build")
        }
        guard lua_gettop(state) >= 2 else {
            return fail(state, "call builder methods with a colon and one argument: b:\(kind.rawValue)\(kind == .finish ? "(x)" : "{ ... }")")
        }
        guard recorder.calls.count < sandbox.limits.maxBuilderCalls else {
            return fail(state, "too many builder calls (the limit is \(sandbox.limits.maxBuilderCalls))")
        }
        var reader = LuaValueReader()
        let argument = reader.read(state, at: 2)
        // The innermost frame of level code, skipping the prelude: calls made by `b:course`
        // carry the line of the `b:course` call.
        recorder.calls.append(BuildCall(kind: kind, line: Int(kd_level_line(state, 1)), argument: argument))
        return 0
    }
}
