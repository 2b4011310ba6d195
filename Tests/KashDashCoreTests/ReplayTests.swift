import Testing
@testable import KashDashCore

@Suite struct ReplayTests {
    private func recordBotRun(_ plan: LevelPlan, seed: UInt64, settings: RunSettings = RunSettings()) -> (Replay, Simulation) {
        var simulation = Simulation(plan: plan, seed: seed, settings: settings)
        var recorder = ReplayRecorder(simulation: simulation, hashInterval: 25)
        let pilot = AutoPilot()
        while !simulation.state.phase.isOver {
            let input = pilot.input(for: simulation)
            simulation.step(input)
            recorder.record(input, after: simulation)
        }
        return (recorder.finish(final: simulation), simulation)
    }

    @Test func textRoundTripsExactly() throws {
        let (replay, _) = recordBotRun(TestLevels.simple(), seed: 11, settings: RunSettings(speedPercent: 80, practice: true))
        let text = ReplayText.encode(replay)
        let decoded = try ReplayText.decode(text)
        #expect(decoded == replay)
        #expect(ReplayText.encode(decoded) == text)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func verifyingARecordingReachesTheSameFinalState() throws {
        let (replay, original) = recordBotRun(TestLevels.simple(), seed: 5)
        let replayed = try ReplayPlayer.verify(replay, plan: TestLevels.simple())
        #expect(replayed.state == original.state)
        #expect(replay.checkpoints.last?.tick == original.state.tick)
    }

    @Test func aChangedInputIsCaughtAtTheNextCheckpoint() {
        var (replay, _) = recordBotRun(TestLevels.simple(), seed: 5)
        let flap = replay.inputs.firstIndex(of: .flap, after: 40)!
        replay.inputs[flap] = .none
        #expect(throws: ReplayProblem.self) { try ReplayPlayer.verify(replay, plan: TestLevels.simple()) }
        do {
            try ReplayPlayer.verify(replay, plan: TestLevels.simple())
        } catch {
            guard case .hashMismatch(let tick, _, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(tick > flap && tick <= flap + 1 + 25)
        }
    }

    @Test func replaysForAnotherEngineOrLevelVersionAreRefused() {
        let (replay, _) = recordBotRun(TestLevels.simple(), seed: 5)
        var oldEngine = replay
        oldEngine.engineVersion = "0.9.0"
        #expect(throws: ReplayProblem.engineMismatch(recorded: "0.9.0", current: EngineVersion.current)) {
            try ReplayPlayer.verify(oldEngine, plan: TestLevels.simple())
        }
        var edited = TestLevels.simple()
        edited.sourceHash = 0x1234
        #expect(throws: ReplayProblem.levelSourceMismatch(level: "test-simple", recorded: 0xABCD, current: 0x1234)) {
            try ReplayPlayer.verify(replay, plan: edited)
        }
        var otherLevel = TestLevels.simple()
        otherLevel.info.id = "other"
        #expect(throws: ReplayProblem.levelMismatch(recorded: "test-simple", current: "other")) {
            try ReplayPlayer.verify(replay, plan: otherLevel)
        }
    }

    @Test func truncatedReplaysAreReported() {
        var (replay, _) = recordBotRun(TestLevels.simple(), seed: 5)
        replay.inputs.removeLast(30)
        #expect(throws: ReplayProblem.self) { try ReplayPlayer.verify(replay, plan: TestLevels.simple()) }
    }

    @Test(arguments: [
        ("", "empty file"),
        ("hello\n", "not a Kash Dash replay"),
        ("kashdash-replay 2\n", "format 2 is not supported"),
        ("kashdash-replay 1\nengine 1.0.0\n", "cut short"),
        ("kashdash-replay 1\nbogus 3\nend\n", "line 2: unknown field 'bogus'"),
        ("kashdash-replay 1\ninput 3Q\nend\n", "line 2: unknown input 'Q'"),
        // Found by the replay fuzzer (Fuzz/Crashes/replay, 2026-12-06): "b" with a combining
        // mark (U+05B9) is one Character inside "a"..."i" with no ASCII value, and crashed.
        ("kashdash-replay 1\ninput 34. b\u{05B9} 57.\nend\n", "line 2: unknown input 'b\u{05B9}'"),
        ("kashdash-replay 1\ninput 0F\nend\n", "line 2: bad run length"),
        ("kashdash-replay 1\nhash 5 zz\nend\n", "line 2: expected 'hash TICK HEX'"),
        ("kashdash-replay 1\nhash 5 01\nhash 5 02\nend\n", "line 3: hash ticks must increase"),
        ("kashdash-replay 1\nseed 1\nseed 2\nend\n", "line 3: 'seed' given twice"),
        ("kashdash-replay 1\nend\n", "missing"),
        ("kashdash-replay 1\nend\ninput F\n", "line 3: text after 'end'"),
    ])
    func malformedFilesGiveAClearReason(text: String, expected: String) {
        do {
            _ = try ReplayText.decode(text)
            Issue.record("decoded a malformed replay")
        } catch {
            #expect(error.description.contains(expected), "got: \(error.description)")
        }
    }

    @Test func badHeaderValuesNameTheirLine() {
        let good = ReplayText.encode(Replay(levelID: "x", levelSourceHash: 1, seed: 2, settings: RunSettings()))
        for (field, bad) in [("speed", "speed 70"), ("seed", "seed -1"), ("practice", "practice maybe"), ("level-source", "level-source xyz"), ("hash-every", "hash-every 0")] {
            let lines = good.split(separator: "\n").map { $0.hasPrefix(field + " ") ? Substring(bad) : $0 }
            let lineNumber = lines.firstIndex(of: Substring(bad))! + 1
            #expect(throws: ReplayFormatError.self) { try ReplayText.decode(lines.joined(separator: "\n")) }
            do { _ = try ReplayText.decode(lines.joined(separator: "\n")) } catch {
                #expect(error.line == lineNumber, "\(field)")
            }
        }
    }
}

extension Array where Element == TickInput {
    fileprivate func firstIndex(of input: TickInput, after start: Int) -> Int? {
        indices.first { $0 > start && self[$0] == input }
    }
}
