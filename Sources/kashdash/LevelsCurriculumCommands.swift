import ArgumentParser
import Foundation
import KashDashContract
import KashDashCore
import KashDashLevels

/// Where the levels and the catalogue are, for the commands that read every level at once.
struct CurriculumInputs: ParsableArguments {
    @Argument(help: "The levels folder (default: the Levels folder).")
    var folder: String?

    @Option(help: "The advice-link catalogue (default: Assets/advice-links.json beside the levels folder).")
    var catalogue: String?

    func load() throws -> (plans: [LevelPlan], catalogue: AdviceLinkCatalogue?) {
        guard let directory = folder ?? ContentLocator.levelsDirectory() else {
            printError(ContentLocator.noLevelsFolderLine + "; or give a path")
            throw ExitStatus.usage
        }
        var links: AdviceLinkCatalogue?
        if let path = catalogue ?? ContentLocator.catalogueFile(besideLevels: directory) {
            links = try? AdviceLinkCatalogue.load(path: path)
        }
        let loaded = CurriculumLevels.load(directory: directory, catalogue: links)
        for problem in loaded.problems { printError("\(problem)") }
        if !loaded.problems.isEmpty { throw ExitStatus.checkFailed }
        return (loaded.plans, links)
    }
}

/// `kashdash levels coverage`: Education for a Connected World strands x levels.
struct LevelsCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage", abstract: "Print which Education for a Connected World strands each level teaches.",
        discussion: "Exit codes: 0 every strand has at least two levels; 1 a strand has fewer, or a level is broken.")

    @OptionGroup var inputs: CurriculumInputs

    func run() throws {
        let coverage = StrandCoverage(plans: try inputs.load().plans)
        print(coverage.table(), terminator: "")
        let thin = coverage.thinStrands()
        if !thin.isEmpty {
            print("fewer than two levels: \(thin.map(\.title).joined(separator: "; "))")
            throw ExitStatus.checkFailed
        }
    }
}

/// `kashdash levels guide`: writes docs/TEACHERS.md from the levels; `--check` only compares.
struct LevelsGuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide", abstract: "Write the teacher's guide (docs/TEACHERS.md) from the levels.",
        discussion: "With --check, writes nothing and exits 1 when the file is not what the levels would write.")

    @OptionGroup var inputs: CurriculumInputs

    @Option(help: "Where the guide goes (default: docs/TEACHERS.md).")
    var output = "docs/TEACHERS.md"

    @Flag(help: "Fail if the guide is out of date instead of writing it.")
    var check = false

    func run() throws {
        let loaded = try inputs.load()
        let text = TeachersGuide(plans: loaded.plans, catalogue: loaded.catalogue).markdown()
        if check {
            let current = try? String(contentsOfFile: output, encoding: .utf8)
            guard current == text else {
                printError("\(output) is out of date with the levels: run `kashdash levels guide` and commit it")
                throw ExitStatus.checkFailed
            }
            print("\(output) is up to date")
            return
        }
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print("wrote \(output) (\(loaded.plans.count) lessons)")
    }
}
