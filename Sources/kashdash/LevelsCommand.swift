import ArgumentParser
import Foundation
import KashDashContract
import KashDashLevels

/// `kashdash levels ...`: tools for level authors.
struct LevelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "levels", abstract: "Tools for level authors.", subcommands: [LevelsCheckCommand.self, LevelsCoverageCommand.self, LevelsGuideCommand.self, LevelsBenchCommand.self, LevelsUpdateCommand.self])
}

/// Validates level scripts: sandbox, schema, advice links, geometry, readability, and a bot run.
struct LevelsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate level scripts.",
        discussion: """
            Loads every level in its own sandbox and checks the schema, the advice-link ids, the \
            geometry, the readability of the safety messages, and that the built-in bot finishes \
            the level at full speed and meets every message (for each --seed). Prints one \
            `file:line: message` line per problem, then a summary. Exit codes: 0 no problems; \
            1 problems found; 2 bad usage (no levels found).
            """)

    @Argument(help: "Level files or folders (default: the Levels folder).")
    var paths: [String] = []

    @Option(help: "The advice-link catalogue (default: Assets/advice-links.json beside the levels folder).")
    var catalogue: String?

    @Option(name: .customLong("seed"), help: "Check this layout seed; repeat for several (default: 1, 2 and 3).")
    var seeds: [UInt64] = []

    @Flag(help: "Also show what each level printed, and the bot's ticks per seed.")
    var verbose = false

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Check a translation instead (cy, pl, ur; repeat for several; en checks that English fits): every string "
            + "present, and every screen's text fitting at the largest text size with the real font.",
        valueName: "language"))
    var languages: [String] = []

    func run() throws {
        var inputs = paths
        if inputs.isEmpty {
            guard let folder = ContentLocator.levelsDirectory() else {
                printError(ContentLocator.noLevelsFolderLine + "; or give a path")
                throw ExitStatus.usage
            }
            inputs = [folder]
        }
        var problems: [LevelProblem] = []
        var files: [String] = []
        for input in inputs {
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &directory) else {
                problems.append(LevelProblem(file: input, line: nil, message: "no such file or folder"))
                continue
            }
            if directory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                files += names.filter { $0.hasSuffix(".lua") }.sorted().map { (input as NSString).appendingPathComponent($0) }
            } else {
                files.append(input)
            }
        }

        if !languages.isEmpty { return try checkTranslations(files: files, problems: problems) }

        var links: AdviceLinkCatalogue?
        let cataloguePath = catalogue ?? files.first.flatMap {
            ContentLocator.catalogueFile(besideLevels: ($0 as NSString).deletingLastPathComponent)
        }
        if let cataloguePath {
            do { links = try AdviceLinkCatalogue.load(path: cataloguePath) } catch {
                problems.append(LevelProblem(file: cataloguePath, line: nil, message: "\(error)"))
            }
        } else {
            problems.append(LevelProblem(file: "Assets/advice-links.json", line: nil,
                                         message: "no advice-link catalogue found, so link ids cannot be checked (use --catalogue)"))
        }

        var options = LevelCheckOptions()
        if !seeds.isEmpty { options.seeds = seeds }
        var failed = 0
        for file in files {
            let report = LevelChecker.check(file: file, catalogue: links, options: options)
            if !report.problems.isEmpty { failed += 1 }
            for problem in report.problems { print(problem) }
            if verbose {
                for line in report.printed { print("\(file): print: \(line)") }
                let ticks = report.botTicks.keys.sorted().map { "seed \($0): \(report.botTicks[$0]!) ticks" }
                if !ticks.isEmpty { print("\(file): bot finished (\(ticks.joined(separator: ", ")))") }
                let ease = report.readingEase.map { "\($0.message) \($0.ease)" }
                if !ease.isEmpty { print("\(file): reading ease \(ease.joined(separator: ", "))") }
            }
        }
        for problem in problems { print(problem) }
        let total = problems.count
        let levelWord = files.count == 1 ? "level" : "levels"
        print("checked \(files.count) \(levelWord) (seeds \(options.seeds.map(String.init).joined(separator: ", "))): "
              + (failed == 0 && total == 0 ? "all good" : "\(failed) with problems\(total > 0 ? ", \(total) other problems" : "")"))
        if failed > 0 || total > 0 { throw ExitStatus.checkFailed }
    }

    /// `--lang`: the translation checks, one line per problem, then a summary per language.
    private func checkTranslations(files: [String], problems: [LevelProblem]) throws {
        var failed = !problems.isEmpty
        for problem in problems { print(problem) }
        guard let folder = files.first.map({ ($0 as NSString).deletingLastPathComponent }) else {
            printError("no levels to check the translation against")
            throw ExitStatus.usage
        }
        for tag in languages {
            guard let language = Language(tag: tag) else {
                printError("unknown language \"\(tag)\" (known: \(Language.allCases.map(\.tag).joined(separator: ", ")))")
                throw ExitStatus.usage
            }
            let result = TranslationCheck.run(language: language, levelsFolder: folder, levelFiles: files)
            for problem in result.problems { print(problem) }
            print("\(language.tag) (\(language.englishName)): \(files.count) levels, \(result.screens) screens, "
                  + "\(result.strings) strings measured: "
                  + (result.problems.isEmpty ? "all good" : "\(result.problems.count) problems"))
            failed = failed || !result.problems.isEmpty
        }
        if failed { throw ExitStatus.checkFailed }
    }
}
