import Foundation
import Testing
@testable import KashDashCore

/// Committed replays with their expected state hashes: any change to the rules, the RNG or the
/// built-in levels shows up here. Re-record them (and bump EngineVersion) only on purpose.
@Suite struct GoldenReplayTests {
    static let files = ["training-seed1", "training-hard-seed7-speed80", "training-seed3-practice-unsafe", "training-hard-crashes"]

    static func load(_ name: String) throws -> Replay {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "replay", subdirectory: "Golden"))
        return try ReplayText.decode(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    @Test(arguments: files)
    func everyRecordedHashMatches(name: String) throws {
        let replay = try Self.load(name)
        let plan = try #require(BuiltInLevels.plan(id: replay.levelID, seed: replay.seed))
        let final = try ReplayPlayer.verify(replay, plan: plan)
        #expect(replay.checkpoints.count >= 10)
        #expect(final.state.hash == replay.checkpoints.last?.hash)
    }

    @Test func goldenRunsCoverFinishingAndLosing() throws {
        var phases: [Phase] = []
        for name in Self.files {
            let replay = try Self.load(name)
            let plan = try #require(BuiltInLevels.plan(id: replay.levelID, seed: replay.seed))
            phases.append(try ReplayPlayer.verify(replay, plan: plan).state.phase)
        }
        #expect(phases.contains(.finished))
        #expect(phases.contains(.gameOver))
    }

    /// GGPO-style sync test: at every tick, save the state, run ahead, restore, run the same
    /// ticks again, and demand identical hashes at each step.
    @Test func savingAndRestoringStateResimulatesIdentically() throws {
        let replay = try Self.load("training-seed1")
        let plan = try #require(BuiltInLevels.plan(id: replay.levelID, seed: replay.seed))
        var simulation = Simulation(plan: plan, seed: replay.seed, settings: replay.settings)
        let lookahead = 8
        for (tick, input) in replay.inputs.enumerated() {
            let saved = simulation.state
            var firstPass: [UInt64] = []
            for ahead in tick..<min(tick + lookahead, replay.inputs.count) {
                simulation.step(replay.inputs[ahead])
                firstPass.append(simulation.state.hash)
            }
            simulation.state = saved
            for (offset, ahead) in (tick..<min(tick + lookahead, replay.inputs.count)).enumerated() {
                simulation.step(replay.inputs[ahead])
                #expect(simulation.state.hash == firstPass[offset], "tick \(ahead + 1)")
            }
            simulation.state = saved
            simulation.step(input)
        }
        #expect(simulation.state.hash == replay.checkpoints.last?.hash)
    }
}
