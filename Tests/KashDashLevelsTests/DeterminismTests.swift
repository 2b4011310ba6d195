import Testing
import KashDashCore
@testable import KashDashLevels

/// A seed fixes a level; nothing else (process, hash order, state) may change it.
@Suite struct DeterminismTests {
    @Test func sameSeedSamePlanAndSourceHash() throws {
        let source = Fixtures.level()
        let first = try #require(Fixtures.compile(source, seed: 42).plan)
        let second = try #require(Fixtures.compile(source, seed: 42).plan)
        #expect(first == second)
        #expect(first.sourceHash == StateHasher.hash(of: source))
        #expect(first.sourceHash == second.sourceHash)
    }

    @Test func differentSeedDifferentLayout() throws {
        let source = Fixtures.level()
        let one = try #require(Fixtures.compile(source, seed: 1).plan)
        let two = try #require(Fixtures.compile(source, seed: 2).plan)
        #expect(one.gates.map(\.gapCenterY) != two.gates.map(\.gapCenterY))
        #expect(one.sourceHash == two.sourceHash)
    }

    @Test func mathRandomFollowsTheEngineGenerator() throws {
        // Six gates each draw one gap_y, in order.
        let plan = try #require(Fixtures.compile(Fixtures.level(build: """
                for i = 0, 5 do b:gate{ x = 900 + i * 400, gap_y = math.random(230, 450) } end
                b:message{ id = "friend-request", x = 1100 }
            """), seed: 9).plan)
        var rng = EngineRNG(seed: 9)
        let expected = (0..<6).map { _ in Fixed(rng.int(in: 230...450)) }
        #expect(plan.gates.map(\.gapCenterY) == expected)
    }

    /// String keys hash with a per-state random seed in Lua 5.4, so raw `pairs` order can
    /// change between states; the sandbox's `pairs` and `next` may not.
    @Test func pairsOrderCannotChangeThePlan() throws {
        let source = Fixtures.level(build: """
                local words = { privacy = 1, friends = 2, stranger = 3, password = 4, kind = 5, report = 6,
                                photo = 7, block = 8, trusted = 9, adult = 10, chat = 11, scam = 12 }
                local i = 0
                for word, n in pairs(words) do
                  b:gate{ x = 900 + i * 400, gap_y = 200 + n * 10 + math.random(0, 20), label = word }
                  i = i + 1
                end
                local k = next(words)
                b:message{ id = "friend-request", x = 1100 + #k }
            """)
        let plans = try (0..<8).map { _ in try #require(Fixtures.compile(source, seed: 3).plan) }
        #expect(Set(plans).count == 1)
        #expect(plans[0].gates.map { $0.label ?? "" } == ["adult", "block", "chat", "friends", "kind", "password",
                                                           "photo", "privacy", "report", "scam", "stranger", "trusted"])
    }

    @Test func aByteOrderMarkIsAllowed() throws {
        let source = "\u{FEFF}" + Fixtures.level()
        let plan = try #require(Fixtures.compile(source).plan)
        #expect(plan.sourceHash == StateHasher.hash(of: source))
    }

    @Test func tostringShowsNoAddresses() throws {
        let result = Fixtures.compile(Fixtures.level(build: Fixtures.defaultBuild + "\n    print(tostring({}), {}, print)"))
        #expect(result.printed == ["table\ttable\tfunction"])
    }

    @Test func fractionalPositionsRoundToFixed() throws {
        let plan = try #require(Fixtures.compile(Fixtures.level(
            extra: "\n  physics = { gravity = 0.45, speed = 3.25 },",
            build: "    b:gate{ x = 900.5, gap_y = 300.25 }\n    b:message{ id = \"friend-request\", x = 1200 }")).plan)
        #expect(plan.gates[0].x == Fixed(raw: 900 * 65536 + 32768))
        #expect(plan.gates[0].gapCenterY == Fixed(raw: 300 * 65536 + 16384))
        #expect(plan.physics.gravity == Fixed(raw: 29491))  // round(0.45 * 65536)
        #expect(plan.physics.scrollSpeed == Fixed(raw: 212_992))
    }
}

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
