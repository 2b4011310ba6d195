import KashDashContract
import KashDashCore

/// `docs/TEACHERS.md`, written from the levels so it always says what the game says:
/// per lesson its strands and age band, the take-away, every question with the feedback
/// for every answer, two questions for a class discussion, and the links with their audiences.
public struct TeachersGuide: Sendable {
    public let plans: [LevelPlan]
    public let catalogue: AdviceLinkCatalogue?

    public init(plans: [LevelPlan], catalogue: AdviceLinkCatalogue?) {
        self.plans = plans
        self.catalogue = catalogue
    }

    public func markdown() -> String {
        var out: [String] = []
        out.append("# Kash Dash: a guide for teachers")
        out.append("")
        out.append("<!-- Written by `kashdash levels guide` from Levels/*.lua; do not edit by hand. -->")
        out.append("")
        out.append(
            "Kash Dash has \(plans.count) lessons, one per level, mapped to the eight strands of UKCIS "
                + "*Education for a Connected World*. Each lesson below gives its strands, the age band it is "
                + "written for, what a child should take away, every question with the feedback for every "
                + "answer, two questions for a class discussion, and the advice links the round ends with.")
        out.append("")
        out.append(
            "Reflection questions (\"how would you feel?\") have no wrong answer: every answer gets warm "
                + "feedback and none is counted as safe or unsafe. After an unsafe answer to a safety question, "
                + "the game shows every safe choice and why it is safe.")
        out.append("")
        out.append("Every advice screen also shows: \"Worried? Tell a trusted adult.\", \"Childline: call free on "
                   + "0800 1111.\" and \"In danger right now? Call 999.\" Sources for the advice are listed in "
                   + "`Levels/README.md`.")
        out.append("")
        out.append("## Strands")
        out.append("")
        out.append("| strand | lessons |")
        out.append("|---|---|")
        for (strand, ids) in StrandCoverage(plans: plans).levelsPerStrand {
            let titles = ids.compactMap { id in plans.first { $0.info.id == id }?.info.title }
            out.append("| \(strand.title) | \(titles.isEmpty ? "none yet" : titles.joined(separator: "; ")) |")
        }
        for (index, plan) in plans.enumerated() {
            out.append("")
            out += lesson(plan, number: index + 1)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func lesson(_ plan: LevelPlan, number: Int) -> [String] {
        let info = plan.info
        var out: [String] = []
        out.append("## \(number). \(info.title)")
        out.append("")
        let strands = info.strands.map { EducationStrand(rawValue: $0)?.title ?? $0 }
        out.append("- **Strands:** \(strands.joined(separator: "; "))")
        out.append("- **Ages:** \(info.minAge)-\(info.maxAge)")
        out.append("- **Take-away:** \(info.lesson)")
        out.append("")
        out.append("### Questions")
        for message in plan.messages {
            out.append("")
            let kind = message.kind == .reflection ? " *(reflection: no wrong answer)*" : ""
            out.append("**\(message.prompt)**\(kind)")
            out.append("")
            for choice in message.choices {
                let verdict = message.kind == .reflection ? "" : choice.isSafe ? " (safe)" : " (not safe)"
                out.append("- *\(choice.text)*\(verdict): \(choice.feedback)")
                if message.kind == .question, choice.isSafe, let why = choice.why {
                    out.append("  Why it is safe: \(why)")
                }
            }
        }
        out.append("")
        out.append("### For a class discussion")
        out.append("")
        for question in info.discussion { out.append("- \(question)") }
        out.append("")
        out.append("### Advice links")
        out.append("")
        for id in plan.adviceLinkIDs {
            guard let link = catalogue?.link(id: id) else {
                out.append("- \(id)")
                continue
            }
            let audience = link.reader?.label ?? link.audience ?? "not stated"
            out.append("- [\(link.title)](\(link.url)), for \(audience): \(link.description)")
        }
        return out
    }
}
