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
