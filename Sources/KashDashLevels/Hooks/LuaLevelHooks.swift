import CLua
import KashDashCore

/// A level's event handlers (`on_gate_passed`, `on_message_answered`), called in the level's
/// own sandboxed state with a fresh instruction budget for every call.
///
/// A handler that fails (a Lua error, the budget, the memory cap) has no effect for that
/// event; the game goes on. The failure is remembered in `errors` (the first few, with file
/// and line) and counted in `errorCount`, so `levels check` and headless runs can report it.
/// The handler is called again for later events: skipping it would be hidden state, and
/// a replay resumed from a saved state would then differ.
public final class LuaLevelHooks: LevelScriptHooks {
    public let wantsGatePassed: Bool
    public let wantsMessageAnswered: Bool
    /// The first handler failures (at most 20), as `file:line: message`.
    public private(set) var errors: [LevelProblem] = []
    public private(set) var errorCount = 0

    private let sandbox: LuaSandbox
    private let levelRef: Int32
    private let file: String
    private let chunk: String
    /// Message ids in plan order, NUL-terminated, made once so a call allocates nothing.
    private let messageIDs: [[CChar]]

    init(sandbox: LuaSandbox, levelRef: Int32, plan: LevelPlan, file: String, chunk: String, gate: Bool, message: Bool) {
        self.sandbox = sandbox
        self.levelRef = levelRef
        self.file = file
        self.chunk = chunk
        wantsGatePassed = gate
        wantsMessageAnswered = message
        messageIDs = plan.messages.map { Array($0.id.utf8CString) }
    }

    public func react(to event: GameEvent, state: SimulationState, rng: inout EngineRNG) -> [ScriptEffect] {
        var call = kd_event()
        call.level_ref = levelRef
        call.score = lua_Integer(state.score)
        call.lives = lua_Integer(state.lives)
        var effects = kd_effects()
        let limits = sandbox.limits
        let status: Int32
        switch event {
        case .gatePassed(let gate):
            guard wantsGatePassed else { return [] }
            call.kind = Int32(KD_EVENT_GATE_PASSED)
            call.gate = lua_Integer(gate + 1)
            status = sandbox.withGenerator(&rng) {
                kd_run_event(sandbox.state, &call, &effects, limits.handlerInstructions,
                             Int64(limits.handlerMilliseconds) * 1_000_000)
            }
        case .messageAnswered(let message, let choice, let safe):
            guard wantsMessageAnswered, message < messageIDs.count else { return [] }
            call.kind = Int32(KD_EVENT_MESSAGE_ANSWERED)
            call.choice = lua_Integer(choice + 1)
            call.safe = safe ? 1 : 0
            status = messageIDs[message].withUnsafeBufferPointer { id in
                call.message = id.baseAddress
                return sandbox.withGenerator(&rng) {
                    kd_run_event(sandbox.state, &call, &effects, limits.handlerInstructions,
                                 Int64(limits.handlerMilliseconds) * 1_000_000)
                }
            }
        default:
            return []
        }
        if let failure = sandbox.takeFailure(status) {
            remember(failure)
            return []
        }
        var result: [ScriptEffect] = []
        if effects.has_score != 0, effects.score != 0 {
            result.append(.addScore(Int(clamping: effects.score)))
        }
        if effects.has_banner != 0 {
            let banner = withUnsafeBytes(of: effects.banner) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !banner.isEmpty { result.append(.banner(banner)) }
        }
        return result
    }

    private func remember(_ failure: LuaSandbox.CallFailure) {
        errorCount += 1
        guard errors.count < 20 else { return }
        let (line, message) = LuaErrorText.split(failure.message, chunk: chunk)
        errors.append(LevelProblem(file: file, line: line ?? failure.line, message: message))
    }

    /// What the handlers printed, for authors.
    public var printed: [String] { sandbox.printed }
}
