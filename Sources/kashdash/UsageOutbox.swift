import Foundation
import KashDashContract
import KashDashGame
import KashDashOutbox
import KashDashSDL

/// Connects the game's anonymous usage events to the outbox, and the outbox to the content
/// server when one is configured (`KASHDASH_SERVER`, or a kiosk's `server` setting). With no server the events simply wait:
/// the game is fully usable offline and sends nothing anywhere else.
struct UsageOutbox {
    let outbox: Outbox
    let sender: OutboxSender?

    /// The outbox file lives beside saved progress, in the XDG data folder.
    init(kiosk: Bool, server: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let file = FileProgressStore.defaultFileURL(environment: environment)
            .deletingLastPathComponent().appendingPathComponent("outbox.json")
        outbox = Outbox(fileURL: file, source: kiosk ? .kiosk : .desktop, appVersion: KashDashVersion.current)
        if case .setAside(let backup, let reason) = outbox.recovery {
            printError("\(reason); set aside as \(backup), starting a fresh outbox")
        }
        sender = server.flatMap { URL(string: $0) }.map { OutboxSender(serverURL: $0) }
    }

    /// Records one tick's reports, played in `language`, with one write of the outbox file;
    /// called from the game loop.
    func record(_ reports: [GameReport], language: Language) {
        guard !reports.isEmpty else { return }
        let day = outbox.today()
        outbox.record(reports.compactMap { $0.clientEvent(on: day, language: language) })
    }

    /// Tries to deliver waiting batches in the background; failures just wait for next time.
    func flushInBackground() {
        guard let sender else { return }
        let outbox = outbox
        Task.detached(priority: .background) { await sender.flush(outbox) }
    }

    /// On quit: one last try, waiting at most two seconds so closing the game never hangs.
    func flushBeforeExit() {
        guard let sender else { return }
        let outbox = outbox
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            await OutboxSender(serverURL: sender.serverURL, timeout: 2).flush(outbox)
            done.signal()
        }
        _ = done.wait(timeout: .now() + 2.5)
    }
}

/// The live game, with its anonymous reports handed to the outbox as the window drains effects.
/// Wrapping keeps the window loop ignorant of metrics.
final class ReportingGame: WindowedGame {
    let game: GameApp
    let usage: UsageOutbox

    init(_ game: GameApp, usage: UsageOutbox) {
        self.game = game
        self.usage = usage
    }

    func handle(_ action: PlayerAction) { game.handle(action) }

    func update() { game.update() }
    func draw(alpha: Double) -> DrawList { game.draw(alpha: alpha) }
    var settings: GameSettings { game.settings }
    var ticksPerFrame: Int { game.ticksPerFrame }
    var speechUnavailable: String? {
        get { game.speechUnavailable }
        set { game.speechUnavailable = newValue }
    }

    /// Hands the reports to the outbox (one write per frame) and the rest to the window.
    func drainEffects() -> [GameEffect] {
        let effects = game.drainEffects()
        usage.record(effects.reports, language: game.settings.language)
        return effects
    }
}
