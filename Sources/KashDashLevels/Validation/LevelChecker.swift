import Foundation
import KashDashContract
import KashDashCore

/// What `kashdash levels check` checks beyond loading: readable text, and a bot that can
/// finish the level and meets every safety message, for several seeds.
public struct LevelCheckOptions: Sendable {
    /// Each seed gives a different layout; the bot must finish every one.
    public var seeds: [UInt64] = [1, 2, 3]
    public var limits = SandboxLimits()
    /// Longest bot run before giving up, in ticks (10 minutes of game time).
    public var tickLimit = 36_000

    public init() {}
}

/// The outcome of checking one level file.
public struct LevelCheckReport: Sendable {
    public var file: String
    public var id: String?
    public var problems: [LevelProblem]
    /// What the script printed (first seed).
    public var printed: [String]
    /// Ticks the bot needed on each seed it finished.
    public var botTicks: [UInt64: Int] = [:]
    /// Flesch reading ease of each safety message, in plan order.
    public var readingEase: [(message: String, ease: Int)] = []
}

public enum LevelChecker {
    /// Checks the level file at `path` (schema, links, geometry, text, bot).
    public static func check(file path: String, catalogue: AdviceLinkCatalogue?, options: LevelCheckOptions = LevelCheckOptions())
        -> LevelCheckReport
    {
        var report = LevelCheckReport(file: path, problems: [], printed: [])
        let source: String
        do { source = try LevelLoader.readSource(path) } catch {
            report.problems = [error]
            return report
        }
        var seen: Set<LevelProblem> = []
        func add(_ problems: [LevelProblem]) {
            for problem in problems where seen.insert(problem).inserted { report.problems.append(problem) }
        }
        var checkedText = false
        for seed in options.seeds.isEmpty ? [1] : options.seeds {
            let compilation = LevelCompiler.compile(source: source, file: path, seed: seed, catalogue: catalogue,
                                                    limits: options.limits)
            if report.printed.isEmpty { report.printed = compilation.printed }
            add(compilation.problems)
            guard let plan = compilation.plan else { break }
            report.id = plan.info.id
            if !checkedText {
                add(curriculumProblems(plan, compilation, catalogue: catalogue))
                add(textProblems(plan, compilation, readingEase: &report.readingEase))
                checkedText = true
            }
            add(botProblems(plan, compilation, seed: seed, options: options, report: &report))
        }
        return report
    }

    /// What the teacher's guide and the round end need: the level's strands and two class
    /// questions, a "why" for every safe choice, and links whose audience the catalogue states.
    static func curriculumProblems(_ plan: LevelPlan, _ compilation: LevelCompilation, catalogue: AdviceLinkCatalogue?)
        -> [LevelProblem]
    {
        var problems: [LevelProblem] = []
        let file = compilation.file
        let lines = compilation.sourceLines.lines
        if plan.info.strands.isEmpty {
            problems.append(LevelProblem(file: file, line: lines.returnLine, message: "strands: missing; name the Education for a Connected World strand(s) the level teaches, e.g. strands = { \"online-bullying\" }"))
        }
        if plan.info.discussion.count != 2 {
            problems.append(LevelProblem(file: file, line: lines.line(for: "discussion") ?? lines.returnLine, message: "discussion: give two questions for a class discussion"))
        }
        for message in plan.messages where message.kind == .question {
            for choice in message.choices where choice.isSafe && (choice.why ?? "").isEmpty {
                problems.append(LevelProblem(file: file, line: compilation.messageLine(message.id), message: "message \"\(message.id)\": the safe choice \"\(choice.text)\" needs a why (shown after an unsafe answer)"))
            }
        }
        for id in plan.adviceLinkIDs {
            guard let link = catalogue?.link(id: id), link.reader == nil else { continue }
            problems.append(LevelProblem(file: file, line: lines.line(for: "links") ?? lines.line(for: "grown_up_links"), message: "link \"\(id)\": the catalogue does not say who it is for (give \"for\": \"child\" with \"ages\", or \"for\": \"grown-up\")"))
        }
        return problems
    }

    /// Readability of every message and the lesson; each message's reading ease goes to `readingEase`.
    static func textProblems(_ plan: LevelPlan, _ compilation: LevelCompilation,
                             readingEase: inout [(message: String, ease: Int)]) -> [LevelProblem] {
        var problems: [LevelProblem] = []
        let file = compilation.file
        for message in plan.messages {
            let line = compilation.messageLine(message.id)
            let parts = [message.prompt] + message.choices.flatMap { [sentence($0.text), $0.feedback] + ($0.why.map { [$0] } ?? []) }
            for part in parts {
                if let long = Readability.longestSentence(part) {
                    problems.append(LevelProblem(file: file, line: line, message: "message \"\(message.id)\": a sentence of \(long.count) words (at most \(Readability.maximumSentenceWords)): \"\(long.prefix(8).joined(separator: " ")) ...\""))
                }
            }
            let ease = Readability.readingEase(parts.joined(separator: " "))
            readingEase.append((message.id, Int((ease ?? 0).rounded())))
            if let ease, ease < Readability.minimumReadingEase {
                problems.append(LevelProblem(file: file, line: line, message: "message \"\(message.id)\": reading ease \(Int(ease.rounded())) is below \(Int(Readability.minimumReadingEase)); use shorter words and sentences"))
            }
        }
        if let long = Readability.longestSentence(plan.info.lesson) {
            problems.append(LevelProblem(file: file, line: compilation.lessonLine, message: "lesson: a sentence of \(long.count) words (at most \(Readability.maximumSentenceWords))"))
        }
        return problems
    }

    /// A choice is a fragment ("Tell a trusted adult"); count it as a sentence of its own.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    /// Runs the built-in bot at 100% speed: it must finish and meet every message.
    static func botProblems(_ plan: LevelPlan, _ compilation: LevelCompilation, seed: UInt64, options: LevelCheckOptions,
                            report: inout LevelCheckReport) -> [LevelProblem] {
        var simulation = Simulation(plan: plan, seed: seed, hooks: compilation.hooks)
        let pilot = AutoPilot()
        var events: [GameEvent] = []
        var crashGates: [Int] = []
        while !simulation.state.phase.isOver, simulation.state.tick < options.tickLimit {
            events.removeAll(keepingCapacity: true)
            simulation.step(pilot.input(for: simulation), events: &events)
            for event in events {
                if case .crashed = event { crashGates.append(simulation.state.nextGate) }
            }
        }
        var problems: [LevelProblem] = []
        let file = compilation.file
        func gateLine(_ index: Int) -> Int? {
            index < compilation.gateLines.count && compilation.gateLines[index] > 0 ? compilation.gateLines[index] : nil
        }
        let state = simulation.state
        if state.phase != .finished {
            let gate = crashGates.last ?? state.nextGate
            let why = state.phase == .gameOver
                ? "ran out of lives (crashed \(state.crashes) times; last at gate \(gate + 1), made here)"
                : "did not reach the finish within \(options.tickLimit) ticks (stuck near gate \(gate + 1))"
            problems.append(LevelProblem(file: file, line: gateLine(gate) ?? compilation.gateLines.last,
                                         message: "seed \(seed): the built-in bot \(why); is the level winnable at full speed?"))
        } else {
            report.botTicks[seed] = state.tick
        }
        for (index, message) in plan.messages.enumerated() where index >= state.nextMessage || state.answers[index] < 0 {
            let line = index < compilation.messagePlacementLines.count ? compilation.messagePlacementLines[index] : nil
            problems.append(LevelProblem(file: file, line: line, message: "seed \(seed): the built-in bot never reached message \"\(message.id)\""))
        }
        if let hooks = compilation.hooks {
            for error in hooks.errors { problems.append(LevelProblem(file: error.file, line: error.line, message: "handler failed: \(error.message)")) }
            problems += purityProblems(plan, hooks: hooks, compilation: compilation, seed: seed)
        }
        return problems
    }

    /// Calls each handler twice with the same event and generator: a handler that answers
    /// differently keeps state between calls, which a replay from a saved state cannot see.
    static func purityProblems(_ plan: LevelPlan, hooks: LuaLevelHooks, compilation: LevelCompilation, seed: UInt64)
        -> [LevelProblem]
    {
        var events: [(GameEvent, String)] = []
        if hooks.wantsGatePassed {
            events += (0..<min(plan.gates.count, 12)).map { (.gatePassed(gate: $0), "on_gate_passed") }
        }
        if hooks.wantsMessageAnswered {
            for (index, message) in plan.messages.enumerated() {
                events += message.choices.indices.map {
                    (.messageAnswered(message: index, choice: $0, safe: message.choices[$0].isSafe), "on_message_answered")
                }
            }
        }
        let state = SimulationState(plan: plan, seed: seed)
        for (event, name) in events {
            var first = EngineRNG(seed: seed)
            var second = first
            let answer = hooks.react(to: event, state: state, rng: &first)
            let again = hooks.react(to: event, state: state, rng: &second)
            if answer != again || first != second {
                let line = compilation.sourceLines.lines.line(for: name)
                return [LevelProblem(file: compilation.file, line: line, message: "\(name) answered the same event differently when called again: handlers must not keep state between calls (use only e and math.random)")]
            }
        }
        return []
    }
}
