import Foundation
import Testing
import KashDashCore
@testable import KashDashLevels

/// Each kind of broken or hostile level gives one clear `file:line: message`, quickly,
/// and never hangs or crashes the process.
@Suite struct BadInputTests {
    /// Compiles and expects exactly a failure whose message contains `text` at `line`.
    func expectProblem(_ source: String, contains text: String, line: Int?, sourceLocation: SourceLocation = #_sourceLocation) {
        let clock = ContinuousClock()
        var result: LevelCompilation!
        let elapsed = clock.measure { result = Fixtures.compile(source) }
        #expect(result.plan == nil, sourceLocation: sourceLocation)
        let problem = result.problems.first
        #expect(problem?.message.contains(text) == true, "got: \(result.problems)", sourceLocation: sourceLocation)
        #expect(problem?.line == line, "got: \(result.problems)", sourceLocation: sourceLocation)
        #expect(problem?.file == "Levels/good.lua", sourceLocation: sourceLocation)
        #expect(elapsed < .seconds(3), "took \(elapsed)", sourceLocation: sourceLocation)
    }

    @Test func theGoodFixtureLoads() throws {
        let result = Fixtures.compile(Fixtures.level())
        #expect(result.problems.isEmpty, "\(result.problems)")
        let plan = try #require(result.plan)
        #expect(plan.gates.count == 12)
        #expect(plan.messages.map(\.id) == ["friend-request"])
    }

    @Test func syntaxError() {
        let source = "return {\n  id = \"good\",\n  title = ,\n}"
        expectProblem(source, contains: "unexpected symbol near ','", line: 3)
    }

    @Test func runtimeErrorInBuild() {
        let source = Fixtures.level(build: "    b:gate{ x = 900, gap_y = 300 }\n    undefined_helper(3)")
        expectProblem(source, contains: "attempt to call a nil value (global 'undefined_helper')",
                      line: Fixtures.line(of: "undefined_helper", in: source))
    }

    @Test func runtimeErrorAtTopLevel() {
        expectProblem("local x = nil\nlocal y = x.field\nreturn {}", contains: "attempt to index a nil value", line: 2)
    }

    @Test func errorWithATableValue() {
        expectProblem("local t = {}\nerror(t)\nreturn {}", contains: "error object is a table value", line: 2)
    }

    @Test func infiniteLoop() {
        expectProblem("local n = 0\nwhile true do n = n + 1 end\nreturn {}", contains: "instruction budget exceeded", line: 2)
    }

    @Test func infiniteLoopInBuild() {
        let source = Fixtures.level(build: "    while true do\n    end")
        expectProblem(source, contains: "instruction budget exceeded", line: Fixtures.line(of: "while true", in: source))
    }

    @Test func aPcallCannotSwallowTheBudget() {
        let source = "while true do\n  pcall(function() while true do end end)\nend\nreturn {}"
        expectProblem(source, contains: "instruction budget exceeded", line: 2)
    }

    /// Lua runs an xpcall handler where the error happened; after a budget error that is
    /// with hooks off. The sandbox's xpcall runs it after unwinding, with the budget on.
    @Test func anEndlessErrorHandlerIsStillStopped() {
        expectProblem("local a = 1\nxpcall(function() while true do end end, function() while true do end end)\nreturn {}",
                      contains: "instruction budget exceeded", line: 2)
        expectProblem("local a = 1\nxpcall(function() error('x') end, function() while true do end end)\nreturn {}",
                      contains: "instruction budget exceeded", line: 2)
    }

    @Test func xpcallStillWorks() throws {
        let source = Fixtures.level(build: Fixtures.defaultBuild + """

                local ok, message = xpcall(function(n) error({ code = n }) end, function(e) return "handled " .. e.code end, 7)
                print(ok, message, xpcall(function(a, b) return a + b end, print, 2, 3))
            """)
        let result = Fixtures.compile(source)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.printed == ["false\thandled 7\ttrue\t5"])
    }

    @Test func protectedGlobalTable() {
        expectProblem("local a = 1\nsetmetatable(_G, nil)\nreturn {}", contains: "cannot change a protected metatable", line: 2)
        let result = Fixtures.compile("local a = 1\nsetmetatable(_G, nil)\nreturn {}")
        #expect(result.problems.first?.message == "cannot change a protected metatable")
    }

    @Test func memoryBomb() {
        let source = "local t = {}\nfor i = 1, 1e9 do\n  t[i] = { i, i, i, i }\nend\nreturn {}"
        expectProblem(source, contains: "memory limit exceeded", line: 3)
    }

    @Test func stringBomb() {
        let source = "local s = 'x'\nwhile true do\n  s = s .. s\nend\nreturn {}"
        expectProblem(source, contains: "string longer than", line: 3)
    }

    @Test(arguments: [
        ("io.open('/etc/passwd')", "'io' is not available"),
        ("os.time()", "'os' is not available"),
        ("require('socket')", "'require' is not available"),
        ("load('return 1')", "'load' is not available"),
        ("loadstring('return 1')", "'loadstring' is not available"),
        ("dofile('x.lua')", "'dofile' is not available"),
        ("loadfile('x.lua')", "'loadfile' is not available"),
        ("debug.getinfo(1)", "'debug' is not available"),
        ("collectgarbage('count')", "'collectgarbage' is not available"),
        ("string.dump(function() end)", "string.dump is not available"),
        ("('x'):rep(2):dump()", "string.dump is not available"),
        ("package.loaded.os.exit()", "'package' is not available"),
        ("coroutine.wrap(print)", "'coroutine' is not available"),
        ("math.randomseed(3)", "math.randomseed is not available"),
        ("math.sin(1)", "math.sin is not available"),
        ("string.find('abc', 'b')", "string.find is not available"),
        ("setmetatable({}, { __gc = function() end })", "__gc metamethods are not allowed"),
        ("string.format('%p', {})", "%p is not available"),
    ])
    func forbidden(_ call: String, message: String) {
        expectProblem("local ok = 1\nlocal r = \(call)\nreturn {}", contains: message, line: 2)
    }

    @Test func binaryChunkIsRefused() throws {
        let bytes: [UInt8] = [0x1B, 0x4C, 0x75, 0x61, 0x54, 0x00, 0x19, 0x93]
        let folder = try Fixtures.folder([:])
        let path = (folder as NSString).appendingPathComponent("good.lua")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try LevelLoader.load(file: path, seed: 1, catalogue: nil)
        } throws: { error in
            let problem = error as? LevelProblem
            return problem?.line == 1 && problem?.message.contains("compiled (binary) Lua chunk") == true
        }
        let text = String(decoding: bytes, as: UTF8.self)
        expectProblem(text, contains: "compiled (binary) Lua chunk", line: 1)
    }

    @Test func wrongTypesNameTheFieldLine() {
        let source = Fixtures.level(extra: "\n  lives = \"three\",")
        expectProblem(source, contains: "lives: expected a whole number, got string", line: Fixtures.line(of: "lives =", in: source))
        let badTitle = Fixtures.level().replacingOccurrences(of: "title = \"Online Friends\"", with: "title = 42")
        expectProblem(badTitle, contains: "title: expected text", line: 3)
        let badSafe = Fixtures.level().replacingOccurrences(of: "safe = true,", with: "safe = \"yes\",")
        expectProblem(badSafe, contains: "messages[1].choices[1].safe: expected true or false, got string",
                      line: Fixtures.line(of: "Tell a trusted adult", in: badSafe))
    }

    @Test func missingFieldsNameTheReturnLine() {
        let source = Fixtures.level().replacingOccurrences(of: "  lesson = \"Online friends are still strangers. Never meet up alone.\",\n", with: "")
        expectProblem(source, contains: "lesson: missing", line: 1)
    }

    @Test func wrongTypesInBuilderCallsNameTheCall() {
        let source = Fixtures.level(build: "    b:gate{ x = 900, gap_y = \"middle\" }\n    b:message{ id = \"friend-request\", x = 700 }")
        expectProblem(source, contains: "b:gate.gap_y: expected a number, got string", line: Fixtures.line(of: "gap_y = \"middle\"", in: source))
        let noColon = Fixtures.level(build: "    b.gate{ x = 900, gap_y = 300 }")
        expectProblem(noColon, contains: "with a colon", line: Fixtures.line(of: "b.gate", in: noColon))
    }

    @Test func unknownFieldsAreReported() {
        let source = Fixtures.level(extra: "\n  on_gate_pased = function(e) end,")
        expectProblem(source, contains: "unknown field 'on_gate_pased' (did you mean 'on_gate_passed'?)",
                      line: Fixtures.line(of: "on_gate_pased", in: source))
    }

    @Test func unknownLinkID() {
        let source = Fixtures.level().replacingOccurrences(of: "links = { \"thinkuknow\", \"childline\" }",
                                                           with: "links = {\n    \"thinkuknow\",\n    \"no-such-link\",\n  }")
        expectProblem(source, contains: "unknown advice link id \"no-such-link\"", line: Fixtures.line(of: "no-such-link", in: source))
    }

    @Test func geometryProblems() {
        let overlap = Fixtures.level(build: """
                b:gate{ x = 900, gap_y = 300 }
                b:gate{ x = 950, gap_y = 300 }
                b:message{ id = "friend-request", x = 1500 }
            """)
        expectProblem(overlap, contains: "overlaps the gate made at line \(Fixtures.line(of: "x = 900", in: overlap)!)",
                      line: Fixtures.line(of: "x = 950", in: overlap))
        let inside = Fixtures.level(build: """
                b:gate{ x = 900, gap_y = 300 }
                b:message{ id = "friend-request", x = 910 }
            """)
        expectProblem(inside, contains: "inside the gate", line: Fixtures.line(of: "x = 910", in: inside))
        let outside = Fixtures.level(build: """
                b:gate{ x = 900, gap_y = 600, gap = 200 }
                b:message{ id = "friend-request", x = 1200 }
            """)
        expectProblem(outside, contains: "must stay between 0 and 640", line: Fixtures.line(of: "gap_y = 600", in: outside))
    }

    @Test func messagesMustBePlacedOnce() {
        let never = Fixtures.level(build: "    b:gate{ x = 900, gap_y = 300 }")
        expectProblem(never, contains: "is never placed", line: Fixtures.line(of: "{ id = \"friend-request\"", in: never))
        let twice = Fixtures.level(build: """
                b:gate{ x = 900, gap_y = 300 }
                b:message{ id = "friend-request", x = 1200 }
                b:message{ id = "friend-request", x = 1400 }
            """)
        expectProblem(twice, contains: "already placed", line: Fixtures.line(of: "x = 1400", in: twice))
    }

    @Test func theLevelFileMustReturnATable() {
        expectProblem("local x = 1\nreturn 42", contains: "must return a table (it returned number)", line: nil)
    }

    @Test func aBrokenLevelDoesNotStopTheOthers() throws {
        let folder = try Fixtures.folder([
            "good.lua": Fixtures.level(id: "good"),
            "also-good.lua": Fixtures.level(id: "also-good").replacingOccurrences(of: "difficulty = 3", with: "difficulty = 1"),
            "syntax.lua": "return {\n  id = ,\n}",
            "loop.lua": "while true do end\nreturn {}",
            "bomb.lua": "local s = 'x'\nwhile true do s = s .. s end",
            "escape.lua": "return io.open('/etc/passwd')",
        ])
        let library = LevelLibrary(directory: folder, catalogue: Fixtures.catalogue)
        #expect(library.levels.map(\.id) == ["also-good", "good"])
        #expect(Set(library.problems.map { ($0.file as NSString).lastPathComponent }) == ["syntax.lua", "loop.lua", "bomb.lua", "escape.lua"])
        #expect(library.problems.allSatisfy { $0.line != nil }, "\(library.problems)")
        let loaded = try library.load(id: "good", seed: 5)
        #expect(loaded.plan.info.id == "good")
        #expect(throws: LevelProblem.self) { try library.load(id: "loop", seed: 1) }
    }

    @Test func builderCannotBeUsedOutsideBuild() {
        let source = Fixtures.level(extra: "\n  on_gate_passed = function(e) kept:gate{ x = 1, gap_y = 1 } end,",
                                    build: Fixtures.defaultBuild + "\n    kept = b")
        let result = Fixtures.compile(source)
        #expect(result.problems.isEmpty, "\(result.problems)")
        var rng = EngineRNG(seed: 1)
        let hooks = result.hooks!
        let effects = hooks.react(to: .gatePassed(gate: 0), state: SimulationState(plan: result.plan!, seed: 1), rng: &rng)
        #expect(effects.isEmpty)
        #expect(hooks.errors.first?.message.contains("can only be used inside build") == true, "\(hooks.errors)")
        #expect(hooks.errors.first?.line == Fixtures.line(of: "kept:gate", in: source))
    }
}
