import Foundation
import KashDashContract
import KashDashCore
import Testing

@testable import KashDashLevels

/// The shipped lessons as a whole: every strand taught at least twice, the fallback levels
/// quoting the real lessons word for word, and docs/TEACHERS.md up to date.
@Suite struct ShippedCurriculumTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func shipped() throws -> (plans: [LevelPlan], catalogue: AdviceLinkCatalogue) {
        let catalogue = try AdviceLinkCatalogue.load(path: root + "/Assets/advice-links.json")
        let loaded = CurriculumLevels.load(directory: root + "/Levels", catalogue: catalogue)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        return (loaded.plans, catalogue)
    }

    @Test func everyStrandHasAtLeastTwoLessons() throws {
        let plans = try Self.shipped().plans
        #expect(plans.count >= 22)
        #expect(StrandCoverage(plans: plans).thinStrands().isEmpty)
    }

    @Test func theFallbackLevelsQuoteTheRealLessons() throws {
        let plans = try Self.shipped().plans
        let messages = plans.flatMap(\.messages)
        for id in BuiltInLevels.ids {
            let builtIn = try #require(BuiltInLevels.plan(id: id, seed: 1))
            #expect(plans.contains { $0.info.lesson == builtIn.info.lesson }, "\(id): lesson \"\(builtIn.info.lesson)\"")
            for message in builtIn.messages {
                let real = messages.first { $0.id == message.id }
                #expect(real?.prompt == message.prompt, "\(id): \(message.id)")
                #expect(real?.choices == message.choices, "\(id): \(message.id)")
                #expect(real?.kind == message.kind, "\(id): \(message.id)")
            }
        }
    }

    /// What `kashdash levels guide --check` (and so scripts/test) checks.
    @Test func theTeachersGuideIsUpToDate() throws {
        let shipped = try Self.shipped()
        let expected = TeachersGuide(plans: shipped.plans, catalogue: shipped.catalogue).markdown()
        let current = try String(contentsOfFile: Self.root + "/docs/TEACHERS.md", encoding: .utf8)
        #expect(current == expected, "docs/TEACHERS.md is out of date: run `kashdash levels guide`")
    }
}
