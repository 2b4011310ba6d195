import Foundation
import KashDashContract
import Testing
@testable import KashDashLevels

@Suite struct CheckerTests {
    @Test func theBotFinishesTheGoodFixture() throws {
        let folder = try Fixtures.folder(["good.lua": Fixtures.level()])
        var options = LevelCheckOptions()
        options.seeds = [1, 2]
        let report = LevelChecker.check(file: (folder as NSString).appendingPathComponent("good.lua"),
                                        catalogue: Fixtures.catalogue, options: options)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.botTicks.count == 2)
    }

    @Test func anImpossibleLevelFailsTheBotWithTheGateLine() throws {
        // A wall of alternating gaps, top then bottom, too close together for any flight.
        let source = Fixtures.level(build: """
                for i = 0, 9 do
                  b:gate{ x = 900 + i * 180, gap_y = (i % 2 == 0) and 60 or 580, gap = 110, width = 60 }
                end
                b:message{ id = "friend-request", x = 840 }
            """)
        let folder = try Fixtures.folder(["good.lua": source])
        var options = LevelCheckOptions()
        options.seeds = [1]
        let report = LevelChecker.check(file: (folder as NSString).appendingPathComponent("good.lua"),
                                        catalogue: Fixtures.catalogue, options: options)
        let bot = try #require(report.problems.first { $0.message.contains("built-in bot") }, "\(report.problems)")
        #expect(bot.line == Fixtures.line(of: "b:gate", in: source))
    }

    @Test func aHandlerThatKeepsStateIsFlagged() throws {
        let source = Fixtures.level(extra: "\n  on_gate_passed = function(e)\n    count = (count or 0) + 1\n    return { score = count }\n  end,")
        let result = Fixtures.compile(source)
        let plan = try #require(result.plan, "\(result.problems)")
        let problems = LevelChecker.purityProblems(plan, hooks: try #require(result.hooks), compilation: result, seed: 1)
        #expect(problems.first?.message.contains("must not keep state") == true, "\(problems)")
        #expect(problems.first?.line == Fixtures.line(of: "on_gate_passed", in: source))
        let pure = Fixtures.compile(Fixtures.level(extra: "\n  on_gate_passed = function(e) return { score = math.random(1, 3) } end,"))
        #expect(LevelChecker.purityProblems(pure.plan!, hooks: pure.hooks!, compilation: pure, seed: 1).isEmpty)
    }

    @Test func hardTextIsFlagged() throws {
        let source = Fixtures.level().replacingOccurrences(
            of: "Yes! A grown-up you trust can help. Never tell strangers your school.",
            with: "Consequently, communicating institutional affiliations to unidentified correspondents necessitates considerable deliberation and consultation with responsible guardians.")
        let result = Fixtures.compile(source)
        let plan = try #require(result.plan)
        var ease: [(message: String, ease: Int)] = []
        let problems = LevelChecker.textProblems(plan, result, readingEase: &ease)
        #expect(problems.contains { $0.message.contains("reading ease") && $0.line == Fixtures.line(of: "{ id = \"friend-request\"", in: source) },
                "\(problems)")
    }
}
