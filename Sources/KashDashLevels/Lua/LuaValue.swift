import CLua

/// A Lua value copied out of a state into plain Swift, so the schema can be checked without
/// touching Lua again (and without any chance of a Lua error unwinding through Swift).
indirect enum LuaValue: Sendable {
    case none
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case table(LuaTable)
    case function
    /// Anything else (userdata, threads), or a table too deep or too large to copy.
    case other(String)

    /// The Lua type name, for messages ("expected a number, got a string").
    var typeName: String {
        switch self {
        case .none: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        case .other(let name): name
        }
    }
}

/// A copied Lua table: its list part (keys 1...n without gaps) and its string-keyed fields.
struct LuaTable: Sendable {
    var array: [LuaValue] = []
    var fields: [String: LuaValue] = [:]
    /// Keys that are neither a gap-free list index nor a string, described for messages.
    var strayKeys: [String] = []

    subscript(field: String) -> LuaValue { fields[field] ?? .none }
}

/// Copies values off a Lua stack using only API calls that cannot raise a Lua error:
/// raw access, `lua_next` over a table nobody changes meanwhile, and `lua_to*` on values
/// already known to have the right type.
struct LuaValueReader {
    var maxDepth = 8
    var maxNodes = 50_000
    private var nodes = 0

    init() {}

    /// The value at stack index `index`.
    mutating func read(_ state: OpaquePointer, at index: Int32) -> LuaValue {
        read(state, at: lua_absindex(state, index), depth: 0)
    }

    private mutating func read(_ state: OpaquePointer, at index: Int32, depth: Int) -> LuaValue {
        nodes += 1
        switch lua_type(state, index) {
        case LUA_TNIL, LUA_TNONE: return .none
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(state, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(state, index) != 0 { return .integer(lua_tointegerx(state, index, nil)) }
            return .number(lua_tonumberx(state, index, nil))
        case LUA_TSTRING: return .string(LuaValueReader.string(state, at: index))
        case LUA_TFUNCTION: return .function
        case LUA_TTABLE: return readTable(state, at: index, depth: depth)
        default: return .other(String(cString: lua_typename(state, lua_type(state, index))))
        }
    }

    private mutating func readTable(_ state: OpaquePointer, at index: Int32, depth: Int) -> LuaValue {
        guard depth < maxDepth else { return .other("table nested too deeply") }
        guard nodes < maxNodes, lua_checkstack(state, 3) != 0 else { return .other("table too large") }
        var table = LuaTable()
        var numbered: [Int64: LuaValue] = [:]
        let top = lua_gettop(state)
        lua_pushnil(state)
        while lua_next(state, index) != 0 {
            let value = read(state, at: lua_gettop(state), depth: depth + 1)
            switch lua_type(state, -2) {
            case LUA_TSTRING: table.fields[LuaValueReader.string(state, at: -2)] = value
            case LUA_TNUMBER where lua_isinteger(state, -2) != 0: numbered[lua_tointegerx(state, -2, nil)] = value
            case LUA_TNUMBER: table.strayKeys.append("[\(lua_tonumberx(state, -2, nil))]")
            default: table.strayKeys.append("a \(String(cString: lua_typename(state, lua_type(state, -2)))) key")
            }
            kd_pop(state, 1)
            if nodes >= maxNodes { break }
        }
        lua_settop(state, top)
        var next: Int64 = 1
        while let value = numbered.removeValue(forKey: next) {
            table.array.append(value)
            next += 1
        }
        table.strayKeys += numbered.keys.sorted().map { "[\($0)]" }
        table.strayKeys.sort()
        return .table(table)
    }

    /// The string at `index`, which must already be known to be a string (no conversion).
    static func string(_ state: OpaquePointer, at index: Int32) -> String {
        var length = 0
        guard let bytes = lua_tolstring(state, index, &length) else { return "" }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
