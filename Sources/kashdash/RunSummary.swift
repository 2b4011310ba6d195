import Foundation
import KashDashCore

/// What a headless run prints: enough to compare runs and to script around.
struct RunSummary: Codable {
    var engine: String
    var level: String
    var title: String
    var seed: UInt64
    var speed: Int
    var practice: Bool
    var ticks: Int
    var score: Int
    var rank: String
    var finished: Bool
    var phase: String
    var crashes: Int
    var livesLeft: Int
    var gatesPassed: Int
    var messagesAnsweredSafely: Int
    var messagesAnsweredUnsafely: Int
    var hash: String

    init(simulation: Simulation) {
        let state = simulation.state
        engine = EngineVersion.current
        level = simulation.plan.info.id
        title = simulation.plan.info.title
        seed = simulation.seed
        speed = simulation.settings.speedPercent
        practice = simulation.settings.practice
        ticks = state.tick
        score = state.score
        rank = state.rank.title
        finished = state.phase == .finished
        phase = switch state.phase {
        case .ready: "ready"
        case .flying: "flying"
        case .message: "message"
        case .feedback: "feedback"
        case .finished: "finished"
        case .gameOver: "game-over"
        }
        crashes = state.crashes
        livesLeft = state.lives
        gatesPassed = state.nextGate
        messagesAnsweredSafely = state.rightAnswers
        messagesAnsweredUnsafely = state.wrongAnswers
        hash = state.hash.hex16
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    var text: String {
        """
        level     \(level) (\(title))
        seed      \(seed)   speed \(speed)%\(practice ? "   practice" : "")
        ticks     \(ticks)
        score     \(score)
        rank      \(rank)
        finished  \(finished ? "yes" : "no (\(phase))")
        crashes   \(crashes)   lives left \(livesLeft)   gates \(gatesPassed)
        answers   \(messagesAnsweredSafely) safe, \(messagesAnsweredUnsafely) unsafe
        hash      \(hash)
        """
    }
}
