import Testing
import KashDashCore
@testable import KashDashLevels

/// Event handlers: the run's generator, bounded effects, and failures that change nothing.
@Suite struct HookTests {
    func hooks(_ extra: String) throws -> (LuaLevelHooks, LevelPlan) {
        let result = Fixtures.compile(Fixtures.level(extra: extra))
        let plan = try #require(result.plan, "\(result.problems)")
        return (try #require(result.hooks), plan)
    }

    @Test func handlersDrawFromTheRunsGenerator() throws {
        let (hooks, plan) = try hooks("\n  on_gate_passed = function(e) return { score = math.random(1, 50), banner = \"Gate \" .. e.gate } end,")
        #expect(hooks.wantsGatePassed && !hooks.wantsMessageAnswered)
        let state = SimulationState(plan: plan, seed: 1)
        var rng = EngineRNG(seed: 77)
        var copy = rng
        let effects = hooks.react(to: .gatePassed(gate: 2), state: state, rng: &rng)
        #expect(effects == [.addScore(copy.int(in: 1...50)), .banner("Gate 3")])
        #expect(rng == copy, "the handler advanced the generator it was given")
    }

    @Test func messageHandlerSeesIDChoiceAndSafety() throws {
        let (hooks, plan) = try hooks("""

              on_message_answered = function(e)
                return { banner = e.message .. " " .. e.choice .. " " .. tostring(e.safe) .. " " .. e.score }
              end,
            """)
        var state = SimulationState(plan: plan, seed: 1)
        state.score = 12
        var rng = EngineRNG(seed: 1)
        let effects = hooks.react(to: .messageAnswered(message: 0, choice: 1, safe: false), state: state, rng: &rng)
        #expect(effects == [.banner("friend-request 2 false 12")])
    }

    @Test func aFailingHandlerHasNoEffectAndIsRemembered() throws {
        let extra = "\n  on_gate_passed = function(e)\n    if e.gate == 2 then error(\"boom\") end\n    if e.gate == 3 then while true do end end\n    if e.gate == 4 then return 7 end\n    return { score = 1 }\n  end,"
        let (hooks, plan) = try hooks(extra)
        let state = SimulationState(plan: plan, seed: 1)
        var rng = EngineRNG(seed: 1)
        #expect(hooks.react(to: .gatePassed(gate: 0), state: state, rng: &rng) == [.addScore(1)])
        #expect(hooks.react(to: .gatePassed(gate: 1), state: state, rng: &rng).isEmpty)
        #expect(hooks.react(to: .gatePassed(gate: 2), state: state, rng: &rng).isEmpty)
        #expect(hooks.react(to: .gatePassed(gate: 3), state: state, rng: &rng).isEmpty)
        #expect(hooks.react(to: .gatePassed(gate: 4), state: state, rng: &rng) == [.addScore(1)], "it keeps working after failures")
        #expect(hooks.errorCount == 3)
        let source = Fixtures.level(extra: extra)
        #expect(hooks.errors.map(\.line) == [Fixtures.line(of: "boom", in: source), Fixtures.line(of: "while true", in: source),
                                             Fixtures.line(of: "on_gate_passed", in: source)])
        #expect(hooks.errors[0].message == "boom")
        #expect(hooks.errors[1].message.contains("instruction budget exceeded"))
        #expect(hooks.errors[2].message.contains("must return nil or a table"))
    }

    @Test func aSimulationWithHooksIsReproducible() throws {
        let (hooks, plan) = try hooks("\n  on_gate_passed = function(e) if math.random(1, 3) == 1 then return { score = 2 } end end,")
        func run() -> UInt64 {
            var simulation = Simulation(plan: plan, seed: 5, hooks: hooks)
            let pilot = AutoPilot()
            while !simulation.state.phase.isOver, simulation.state.tick < 20_000 { simulation.step(pilot.input(for: simulation)) }
            #expect(simulation.state.phase == .finished)
            return simulation.state.hash
        }
        #expect(run() == run())
    }
}
