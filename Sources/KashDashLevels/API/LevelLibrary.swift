import Foundation
import KashDashContract
import KashDashCore

/// What the level select screen needs to know about one level.
public struct LevelSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var topic: String
    public var lesson: String
    public var theme: String
    public var path: String
    public var difficulty: Int
    public var minAge: Int
    public var maxAge: Int

    public init(id: String, title: String, topic: String, lesson: String, theme: String, path: String, difficulty: Int,
                minAge: Int, maxAge: Int) {
        self.id = id
        self.title = title
        self.topic = topic
        self.lesson = lesson
        self.theme = theme
        self.path = path
        self.difficulty = difficulty
        self.minAge = minAge
        self.maxAge = maxAge
    }
}

/// All the levels in a folder: the good ones listed and loadable, the broken ones reported.
///
/// Every `.lua` file is loaded and built once (seed 1) when the library is made; a file
/// with problems is left out of `levels`, and its problems go to `problems`. The sources
/// are kept, so `load(id:seed:)` builds exactly the text that was checked.
public struct LevelLibrary: Sendable {
    /// Good levels, sorted by difficulty, then id.
    public var levels: [LevelSummary]
    /// Problems with the levels left out (and with the folder itself).
    public var problems: [LevelProblem]
    public let directory: String
    public let catalogue: AdviceLinkCatalogue?
    public var limits: SandboxLimits
    private var sources: [String: (path: String, text: String)] = [:]

    public init(directory: String, catalogue: AdviceLinkCatalogue?) {
        self.init(directory: directory, catalogue: catalogue, limits: SandboxLimits())
    }

    public init(directory: String, catalogue: AdviceLinkCatalogue?, limits: SandboxLimits) {
        self.directory = directory
        self.catalogue = catalogue
        self.limits = limits
        levels = []
        problems = []
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".lua") }.sorted()
        } catch {
            problems.append(LevelProblem(file: directory, line: nil, message: "cannot list the levels folder"))
            return
        }
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            let source: String
            do { source = try LevelLoader.readSource(path) } catch {
                problems.append(error)
                continue
            }
            let compilation = LevelCompiler.compile(source: source, file: path, seed: 1, catalogue: catalogue,
                                                    limits: limits, keepHooks: false)
            guard let plan = compilation.plan else {
                problems += compilation.problems
                continue
            }
            let info = plan.info
            sources[info.id] = (path, source)
            levels.append(LevelSummary(id: info.id, title: info.title, topic: info.topic, lesson: info.lesson,
                                       theme: info.theme, path: path, difficulty: info.difficulty, minAge: info.minAge,
                                       maxAge: info.maxAge))
        }
        levels.sort { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
    }

    /// The `version = N` the level's checked source declares (1 if none); nil for an unknown id.
    public func declaredVersion(id: String) -> Int? {
        sources[id].map { LevelVersion.declared(in: $0.text.utf8) }
    }

    /// Builds the level `id` with `seed`, in a fresh Lua state of its own.
    public func load(id: String, seed: UInt64) throws -> LoadedLevel {
        guard let source = sources[id] else {
            throw LevelProblem(file: (directory as NSString).appendingPathComponent(id + ".lua"), line: nil,
                               message: "no playable level with id \"\(id)\" in \(directory)")
        }
        return try LevelLoader.loaded(LevelCompiler.compile(source: source.text, file: source.path, seed: seed,
                                                            catalogue: catalogue, limits: limits))
    }
}
