import CLua
import Foundation
import KashDashContract
import KashDashCore

/// Everything learned from running one level file: the plan (if it is sound), its hooks,
/// every problem found, and the lines things came from (for later checks' messages).
public struct LevelCompilation {
    public var file: String
    public var plan: LevelPlan?
    /// Present only if the plan is sound and the level has event handlers.
    public var hooks: LuaLevelHooks?
    public var problems: [LevelProblem]
    /// Lines of the `b:gate` calls, in plan order; 0 if unknown.
    public var gateLines: [Int] = []
    /// Lines of the `b:message` calls, in plan order.
    public var messagePlacementLines: [Int] = []
    /// Lines of the returned table's fields, worked out when first needed.
    let sourceLines: LazySourceLines
    /// Position (1-based) of each declared message in `messages`, by message id.
    var messagePositions: [String: Int] = [:]
    /// Line of each declared message's table, by message id.
    func messageLine(_ id: String) -> Int? { messagePositions[id].flatMap { sourceLines.lines.line(for: "messages[\($0)]") } }
    var lessonLine: Int? { sourceLines.lines.line(for: "lesson") }
    /// What the script printed.
    public var printed: [String] = []
    /// Bytes the level's Lua state held at most.
    public var memoryPeak = 0
}

/// Runs a level's Lua source in a fresh sandbox and turns it into a `LevelPlan`.
public enum LevelCompiler {
    /// Compiles `source` (the text of the file at `file`) with `seed`.
    ///
    /// `keepHooks` keeps the Lua state alive for the level's event handlers; without it the
    /// state is closed before returning.
    public static func compile(source: String, file: String, seed: UInt64, catalogue: AdviceLinkCatalogue?,
                               limits: SandboxLimits = SandboxLimits(), keepHooks: Bool = true) -> LevelCompilation {
        let fileName = (file as NSString).lastPathComponent
        let expectedID = fileName.hasSuffix(".lua") ? String(fileName.dropLast(4)) : fileName
        var result = LevelCompilation(file: file, problems: [], sourceLines: LazySourceLines(source))
        func fail(_ line: Int?, _ message: String) -> LevelCompilation {
            result.problems.append(LevelProblem(file: file, line: line, message: message))
            return result
        }
        if source.utf8.first == 0x1B {
            return fail(1, "this is a compiled (binary) Lua chunk; levels must be Lua source text")
        }
        let sandbox: LuaSandbox
        do { sandbox = try LuaSandbox(limits: limits) } catch { return fail(nil, error.message) }
        let chunk = fileName
        func report(_ failure: LuaSandbox.CallFailure) -> LevelCompilation {
            let (line, message) = LuaErrorText.split(failure.message, chunk: chunk)
            return fail(line ?? failure.line, message)
        }

        // 1. Run the file; it returns the level table.
        var rng = EngineRNG(seed: seed)
        let buildTime = Int64(limits.buildMilliseconds) * 1_000_000
        var chunkCall = kd_chunk()
        let chunkName = "=" + chunk
        // A byte-order mark is not Lua; drop it for the compiler (lines are unchanged).
        let luaText = source.hasPrefix("\u{FEFF}") ? String(source.dropFirst()) : source
        let status = luaText.utf8CString.withUnsafeBufferPointer { text in
            chunkName.utf8CString.withUnsafeBufferPointer { name in
                chunkCall.source = text.baseAddress
                chunkCall.length = text.count - 1
                chunkCall.name = name.baseAddress
                return sandbox.withGenerator(&rng) {
                    kd_run_chunk(sandbox.state, &chunkCall, limits.buildInstructions, buildTime)
                }
            }
        }
        if let failure = sandbox.takeFailure(status) { return report(failure) }
        let levelRef = chunkCall.level_ref

        // 2. Read and check everything but the layout.
        kd_push_ref(sandbox.state, levelRef)
        var valueReader = LuaValueReader()
        let value = valueReader.read(sandbox.state, at: -1)
        lua_settop(sandbox.state, 0)
        guard case .table(let table) = value else { return fail(nil, "the level file must return a table") }
        var reader = SchemaReader(file: file, source: result.sourceLines)
        let header = LevelHeader.read(table, expectedID: expectedID, catalogue: catalogue, reader: &reader)
        for message in header.messages { result.messagePositions[message.id] = message.position }

        // 3. Build: the same generator goes on where the file's top level left it.
        let recorder = BuildRecorder()
        if header.hasBuild {
            sandbox.recorder = recorder
            let used = sandbox.context.pointee.budget_total - max(0, sandbox.context.pointee.budget_left)
            let status = sandbox.withGenerator(&rng) {
                kd_run_build(sandbox.state, levelRef, sandbox.builderRef, max(1, limits.buildInstructions - used), buildTime)
            }
            sandbox.recorder = nil
            if let failure = sandbox.takeFailure(status) {
                result.problems = reader.problems
                result.printed = sandbox.printed
                return report(failure)
            }
        }
        var level = PlanAssembler.layOut(recorder.calls, header: header, reader: &reader)
        level.sortByX()
        GeometryCheck.check(level, physics: header.physics, reader: &reader)
        result.problems = reader.problems
        result.printed = sandbox.printed
        result.memoryPeak = sandbox.memoryPeak
        result.gateLines = level.gates.map(\.line)
        result.messagePlacementLines = level.messages.map(\.line)
        guard result.problems.isEmpty else { return result }

        let plan = LevelPlan(
            info: header.info, physics: header.physics, gates: level.gates.map(\.thing),
            pickups: level.pickups.map(\.thing), messages: level.messages.map(\.thing), adviceLinkIDs: header.links,
            finishX: level.finish?.thing, lives: header.lives, sourceHash: StateHasher.hash(of: source))
        result.plan = plan
        if keepHooks, header.hasGateHandler || header.hasMessageHandler {
            result.hooks = LuaLevelHooks(sandbox: sandbox, levelRef: levelRef, plan: plan, file: file, chunk: chunk,
                                         gate: header.hasGateHandler, message: header.hasMessageHandler)
        }
        return result
    }
}
