import Testing
import KashDashCore
@testable import KashDashLevels

/// `b:course{...}` (the sandbox prelude's layout helper) against the layout levels wrote by hand.
@Suite struct CourseHelperTests {
    /// The fixture level with a second message, built by `build`.
    static func level(build: String) -> String {
        Fixtures.level(build: build).replacingOccurrences(of: "  messages = {\n", with: """
              messages = {
                { id = "meet-up",
                  prompt = "Your game friend asks to meet you at the park. What do you do?",
                  choices = {
                    { text = "Don't go, and tell a trusted adult", safe = true, feedback = "Yes! Never meet someone you only know online." },
                    { text = "Go on my own", safe = false, feedback = "They are still a stranger. Don't go. Tell a trusted adult." },
                  } },

            """)
    }

    static let course = """
            b:course{
              count = 20, first = 900, spacing = 400, gap = 230, width = 105,
              low = 230, high = 440, step = 125, wobble = 10,
              move_every = 3, amplitude = 30, period = 700,
              labels = { "FRIEND?", "WHO?" },
              pickup_kinds = { "shield", "heart" }, pickup_every = 3,
              messages_after = { [5] = "friend-request", [11] = "meet-up" },
            }
        """

    /// The build code levels used to repeat, with the same numbers as `course`.
    static let handWritten = """
            local count, first, spacing = 20, 900, 400
            local gap, width = 230, 105
            local low, high, step = 230, 440, 125
            local moveEvery, amplitude, period = 3, 30, 700
            local wobble = 10
            local labels = { "FRIEND?", "WHO?" }
            local kinds = { "shield", "heart" }
            local messageAfter = { [5] = "friend-request", [11] = "meet-up" }
            local moving = {}
            for i = 1, count do moving[i] = moveEvery > 0 and i > 3 and i % moveEvery == 0 end
            local ys, y = {}, 330
            for i = 1, count do
              if i > 1 then
                local s = step
                if moving[i] or moving[i - 1] then s = step - amplitude end
                y = math.max(low, math.min(high, y + math.random(0, 2 * s) - s))
              end
              ys[i] = y
            end
            local pickupCount = 0
            for i = 1, count do
              local x = first + (i - 1) * spacing
              local move = nil
              if moving[i] then move = { amplitude = amplitude, period = period } end
              b:gate{ x = x, gap_y = ys[i], gap = gap, width = width, label = labels[(i - 1) % #labels + 1], move = move }
              if i < count then
                local mid = x + spacing // 2
                if messageAfter[i] then
                  b:message{ id = messageAfter[i], x = mid }
                elseif i >= 2 and i % 3 == 2 then
                  pickupCount = pickupCount + 1
                  local py = (ys[i] + ys[i + 1]) // 2 + math.random(0, 2 * wobble) - wobble
                  b:pickup{ x = mid, y = py, kind = kinds[(pickupCount - 1) % #kinds + 1], points = 5 }
                end
              end
            end
            b:finish(first + (count - 1) * spacing + 400)
        """

    @Test(arguments: [1, 2, 3, 77] as [UInt64])
    func buildsTheCourse(seed: UInt64) throws {
        let source = Self.level(build: Self.course)
        let result = Fixtures.compile(source, seed: seed)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let plan = try #require(result.plan)
        #expect(plan.gates.count == 20)
        for (i, gate) in plan.gates.enumerated() {
            #expect(gate.x == Fixed(900 + i * 400))
            #expect(gate.gapCenterY >= Fixed(230) && gate.gapCenterY <= Fixed(440))
            #expect(gate.label == (i % 2 == 0 ? "FRIEND?" : "WHO?"))
        }
        // Never the first three, never two in a row, and some do move.
        let moving = plan.gates.map { $0.motion != nil }
        #expect(moving.prefix(3).allSatisfy { !$0 })
        #expect(!zip(moving, moving.dropFirst()).contains { $0 && $1 })
        #expect(moving.contains(true))
        // Each message exactly once, midway after its gate.
        #expect(plan.messages.map(\.id) == ["friend-request", "meet-up"])
        for (message, after) in zip(plan.messages, [5, 11]) {
            #expect(message.atX == Fixed(900 + (after - 1) * 400 + 200))
        }
        // Pickups midway between gates, never where a message is.
        #expect(!plan.pickups.isEmpty)
        for pickup in plan.pickups {
            #expect(plan.gates.contains { $0.x + Fixed(200) == pickup.x })
            #expect(!plan.messages.contains { $0.atX == pickup.x })
        }
        #expect(plan.finishX == Fixed(900 + 19 * 400 + 400))
        // Problems with what b:course makes name the line of the b:course call.
        let line = try #require(Fixtures.line(of: "b:course{", in: source))
        #expect(result.gateLines.allSatisfy { $0 == line })
    }

    @Test(arguments: [1, 5] as [UInt64])
    func matchesTheHandWrittenLayout(seed: UInt64) throws {
        let course = try #require(Fixtures.compile(Self.level(build: Self.course), seed: seed).plan)
        let manual = try #require(Fixtures.compile(Self.level(build: Self.handWritten), seed: seed).plan)
        #expect(course.gates == manual.gates)
        #expect(course.pickups == manual.pickups)
        #expect(course.messages == manual.messages)
        #expect(course.finishX == manual.finishX)
    }

    @Test func unknownOptionNamesFileAndLine() throws {
        let source = Self.level(build: Self.course.replacingOccurrences(of: "pickup_every = 3", with: "pickup_evry = 3"))
        let result = Fixtures.compile(source)
        #expect(result.plan == nil)
        let problem = try #require(result.problems.first)
        #expect(problem.file == "Levels/good.lua")
        #expect(problem.line == Fixtures.line(of: "b:course{", in: source))
        #expect(problem.message.contains("b:course.pickup_evry: unknown field 'pickup_evry'"), "\(problem.message)")
    }

    @Test(arguments: [
        ("count = 20", "count = \"many\"", "b:course.count: expected a number"),
        ("step = 125", "step = 12.5", "b:course.step: expected a whole number"),
        ("move_every = 3", "move_every = 1", "b:course.move_every:"),
        ("[11] = \"meet-up\"", "[20] = \"meet-up\"", "b:course.messages_after: key 20"),
        ("labels = { \"FRIEND?\", \"WHO?\" }", "labels = { \"FRIEND?\", 7 }", "b:course.labels[2]: expected a string"),
    ])
    func badOptionsNameTheLine(_ from: String, _ to: String, _ text: String) throws {
        let source = Self.level(build: Self.course.replacingOccurrences(of: from, with: to))
        let result = Fixtures.compile(source)
        let problem = try #require(result.problems.first)
        #expect(problem.message.contains(text), "\(problem.message)")
        #expect(problem.line == Fixtures.line(of: "b:course{", in: source))
    }

    /// A message missing from messages_after is still reported (each declared message once).
    @Test func aMissingMessageIsReported() {
        let source = Self.level(build: Self.course.replacingOccurrences(of: ", [11] = \"meet-up\"", with: ""))
        let result = Fixtures.compile(source)
        #expect(result.plan == nil)
        #expect(result.problems.contains { $0.message.contains("meet-up") }, "\(result.problems)")
    }
}
