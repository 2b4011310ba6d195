import Foundation
import KashDashContract
import KashDashCore
import Testing

@testable import KashDashLevels

/// Issue 12's bad input: an unknown strand, an age band outside 5-16, a link whose audience
/// does not fit, a reflection with a "safe" flag. Each is refused with the file and line.
@Suite struct CurriculumSchemaTests {
    static let catalogue: AdviceLinkCatalogue = {
        do {
            return try AdviceLinkCatalogue(links: [
                AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/",
                           description: "Someone to talk to.", reader: .child(ages: 5...18)),
                AdviceLink(id: "teen-page", title: "For teens", url: "https://example.org/teen",
                           description: "Older.", reader: .child(ages: 13...18)),
                AdviceLink(id: "parents", title: "For parents", url: "https://example.org/parents",
                           description: "Grown-ups.", reader: .grownUp),
            ])
        } catch {
            fatalError("\(error)")
        }
    }()

    static let reflection = """

          strands = { "online-bullying" },
          discussion = { "What is kind?", "What helps?" },
        """

    func compile(_ source: String) -> LevelCompilation {
        LevelCompiler.compile(source: source, file: "Levels/good.lua", seed: 1, catalogue: Self.catalogue)
    }

    func expectProblem(_ source: String, contains text: String, marker: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let problems = compile(source).problems
        let line = Fixtures.line(of: marker, in: source)
        #expect(problems.contains { $0.message.contains(text) && $0.line == line && $0.file == "Levels/good.lua" },
                "wanted \"\(text)\" at line \(line ?? -1), got \(problems)", sourceLocation: sourceLocation)
    }

    /// The fixture level without its strands, discussion and why, its links replaced by `links`.
    func level(_ extra: String, links: String = "links = { \"childline\" },") -> String {
        Fixtures.level(extra: extra).replacingOccurrences(of: "links = { \"thinkuknow\", \"childline\" },", with: links)
            .replacingOccurrences(of: "  strands = { \"online-relationships\" },\n", with: "")
            .replacingOccurrences(of: "  discussion = { \"Who is a stranger online?\", \"Who could you tell?\" },\n", with: "")
            .replacingOccurrences(of: " why = \"A grown-up can help.\",", with: "")
    }

    @Test func aGoodCurriculumLevelLoads() throws {
        let source = level(Self.reflection + "\n  grown_up_links = { \"parents\" },")
        let compilation = compile(source)
        #expect(compilation.problems.isEmpty, "\(compilation.problems)")
        let plan = try #require(compilation.plan)
        #expect(plan.info.strands == ["online-bullying"])
        #expect(plan.info.discussion.count == 2)
        #expect(plan.adviceLinkIDs == ["childline", "parents"])
    }

    @Test func anUnknownStrandIsRefused() {
        expectProblem(level("\n  strands = { \"online-bulying\" },"), contains: "unknown strand \"online-bulying\"",
                      marker: "strands =")
    }

    @Test func anAgeBandOutside5To16IsRefused() {
        let source = level("").replacingOccurrences(of: "ages = {7, 11},", with: "ages = {7, 17},")
        expectProblem(source, contains: "must be from 5 to 16", marker: "ages =")
    }

    /// Found by the level-table fuzzer (Fuzz/Crashes/level-table, 2026-12-06): `ages = {7, 05}`
    /// crashed the loader with an empty range; it is a problem on its line like any other.
    @Test func backwardsAgesAreAProblemNotACrash() {
        let source = level("").replacingOccurrences(of: "ages = {7, 11},", with: "ages = {7, 05},")
        expectProblem(source, contains: "the youngest age comes first", marker: "ages =")
    }

    @Test func aChildLinkMustCoverTheLevelsAges() {
        expectProblem(level("", links: "links = { \"teen-page\" },"), contains: "does not cover this level's ages 7-11",
                      marker: "links =")
    }

    @Test func aGrownUpLinkMustBeListedToBeLabelled() {
        expectProblem(level("", links: "links = { \"parents\" },"), contains: "list it under grown_up_links",
                      marker: "links =")
        expectProblem(level("\n  grown_up_links = { \"childline\" },"), contains: "list it under links",
                      marker: "grown_up_links")
    }

    @Test func aReflectionWithASafeFlagIsRefused() {
        let source = level("").replacingOccurrences(of: " { id = \"friend-request\",", with: " { id = \"friend-request\", kind = \"reflection\",")
        expectProblem(source, contains: "a reflection has no wrong answer: remove safe", marker: "Tell a trusted adult\", safe")
    }

    @Test func aReflectionHasEveryChoiceWelcome() throws {
        let source = level("").replacingOccurrences(of: " { id = \"friend-request\",", with: " { id = \"friend-request\", kind = \"reflection\",")
            .replacingOccurrences(of: ", safe = true,", with: ",").replacingOccurrences(of: ", safe = false,", with: ",")
        let compilation = compile(source)
        #expect(compilation.problems.isEmpty, "\(compilation.problems)")
        let message = try #require(compilation.plan?.messages.first)
        #expect(message.kind == .reflection)
        #expect(message.choices.allSatisfy { $0.isSafe })
    }

    @Test func theCheckerAsksForStrandsDiscussionAndWhy() throws {
        let folder = try Fixtures.folder(["good.lua": level("")])
        let report = LevelChecker.check(file: folder + "/good.lua", catalogue: Self.catalogue)
        let text = report.problems.map(\.message).joined(separator: "\n")
        #expect(text.contains("strands: missing"))
        #expect(text.contains("discussion: give two questions"))
        #expect(text.contains("needs a why"))
    }
}
