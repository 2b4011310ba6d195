import Foundation
import KashDashContract
import Testing
@testable import KashDashLevels

@Suite struct SourceLinesTests {
    @Test func findsNestedFieldLines() {
        let source = """
            -- a comment with { braces }
            local helper = function(t) return { t } end
            return {
              id = "x",
              text = [[long
            string]],
              messages = {
                { id = "a",
                  choices = {
                    { text = "one", feedback = "f" },
                    { text = "two",
                      feedback = "g" },
                  } },
              },
              build = function(b)
                if true then b:gate{ x = 1 } end
              end,
              after = 3,
            }
            """
        let lines = SourceLines(source: source)
        #expect(lines.returnLine == 3)
        #expect(lines.line(for: "id") == 4)
        #expect(lines.line(for: "messages[1]") == 8)
        #expect(lines.line(for: "messages[1].choices[2].feedback") == 12)
        #expect(lines.line(for: "messages[1].choices[1].text") == 10)
        #expect(lines.line(for: "after") == 18)
        #expect(lines.line(for: "missing") == 3)
        #expect(lines.line(for: "messages[1].nothing") == 8)
    }

    @Test func followsAReturnedLocal() {
        let lines = SourceLines(source: "local level = {\n  id = \"x\",\n}\nreturn level")
        #expect(lines.returnLine == 4)
        #expect(lines.line(for: "id") == 2)
    }
}

@Suite struct ReadabilityTests {
    @Test func syllables() {
        let expected = ["tell": 1, "trusted": 1, "adult": 2, "password": 2, "stranger": 2, "online": 2, "friend": 1,
                        "information": 4, "never": 2, "grown-up": 2, "make": 1, "table": 2]
        for (word, count) in expected {
            #expect(Readability.syllables(word) == count, "\(word)")
        }
    }

    @Test func sentencesSplitOnEndPunctuationAndQuotes() {
        let sentences = Readability.sentences("A game chat says: \"Send me a photo.\" You do not know them. What now?")
        #expect(sentences.map(\.count) == [8, 5, 2])
    }

    @Test func simpleTextScoresHighAndJargonLow() throws {
        let easy = try #require(Readability.readingEase("Tell a grown-up you trust. They can help you block and report."))
        let hard = try #require(Readability.readingEase("Unsolicited communications necessitate immediate notification of responsible guardians."))
        #expect(easy > 80)
        #expect(hard < 0)
    }
}

@Suite struct CatalogueTests {
    @Test func loadsArrayOrWrappedFormAndChecksIDs() throws {
        let link = #"{"id":"childline","title":"Childline","url":"https://www.childline.org.uk/","audience":"children","topics":["help"],"description":"Talk."}"#
        let folder = try Fixtures.folder(["a.json": "[\(link)]", "b.json": "{\"version\": 2, \"links\": [\(link)]}",
                                          "dup.json": "[\(link), \(link)]",
                                          "http.json": "[\(link.replacingOccurrences(of: "https", with: "http"))]"])
        for name in ["a.json", "b.json"] {
            let catalogue = try AdviceLinkCatalogue.load(path: (folder as NSString).appendingPathComponent(name))
            #expect(catalogue.link(id: "childline")?.title == "Childline")
            #expect(catalogue.link(id: "nope") == nil)
        }
        #expect(throws: CatalogueError(.duplicateID, "\(folder)/dup.json: link id \"childline\" appears twice")) {
            try AdviceLinkCatalogue.load(path: (folder as NSString).appendingPathComponent("dup.json"))
        }
        #expect(throws: CatalogueError.self) { try AdviceLinkCatalogue.load(path: (folder as NSString).appendingPathComponent("http.json")) }
    }
}

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
