import KashDashContract
import KashDashCore

/// Which Education for a Connected World strands each level teaches: `kashdash levels coverage`.
public struct StrandCoverage: Sendable {
    public let plans: [LevelPlan]

    public init(plans: [LevelPlan]) { self.plans = plans }

    /// Levels per strand, in the framework's order.
    public var levelsPerStrand: [(strand: EducationStrand, levels: [String])] {
        EducationStrand.allCases.map { strand in
            (strand, plans.filter { $0.info.strands.contains(strand.rawValue) }.map(\.info.id))
        }
    }

    /// Strands with fewer than `minimum` levels.
    public func thinStrands(minimum: Int = 2) -> [EducationStrand] {
        levelsPerStrand.filter { $0.levels.count < minimum }.map(\.strand)
    }

    /// A plain-text table: one row per strand, one column per level ("x" where it teaches
    /// it), then the count. Level ids head the columns as numbers, with a key below.
    public func table() -> String {
        let nameWidth = EducationStrand.allCases.map(\.title.count).max() ?? 0
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines: [String] = []
        let numbers = plans.indices.map { String($0 + 1) }
        let columnWidth = max(2, numbers.map(\.count).max() ?? 1) + 1
        lines.append(pad("strand", nameWidth) + "  " + numbers.map { pad($0, columnWidth) }.joined() + " levels")
        for (strand, levels) in levelsPerStrand {
            let marks = plans.map { pad(levels.contains($0.info.id) ? "x" : ".", columnWidth) }.joined()
            lines.append(pad(strand.title, nameWidth) + "  " + marks + " " + String(levels.count))
        }
        lines.append("")
        for (index, plan) in plans.enumerated() {
            lines.append("\(pad(String(index + 1), 3)) \(plan.info.id) (ages \(plan.info.minAge)-\(plan.info.maxAge))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
