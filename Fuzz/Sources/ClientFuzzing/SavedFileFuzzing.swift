import Foundation
import KashDashContract
import KashDashGame
@testable import KashDashOutbox

/// Files the game reads back from disk: a damaged or hand-edited one must be refused (and
/// set aside by its store), never crash the game.
enum SavedFileFuzzing {
    static func runOutbox(_ bytes: [UInt8]) {
        guard let file = try? JSONDecoder().decode(OutboxFile.self, from: Data(bytes)) else { return }
        // Whatever was read must seal and re-encode without trouble.
        var tally = file.waiting
        _ = tally.take(1000)
        tally.keepNewest(10)
        _ = try? JSONEncoder().encode(file)
    }

    static func runProgress(_ bytes: [UInt8]) {
        guard let progress = try? JSONDecoder().decode(SavedProgress.self, from: Data(bytes)) else { return }
        let again = try? JSONDecoder().decode(SavedProgress.self, from: JSONEncoder().encode(progress))
        precondition(again == progress, "saved progress does not survive a save and load")
    }

    static func runKioskSettings(_ bytes: [UInt8]) {
        guard let settings = try? JSONDecoder().decode(GameSettings.self, from: Data(bytes)) else { return }
        precondition(settings == settings.validated(), "settings read from a file must come back within range")
    }

    static func runCatalogue(_ bytes: [UInt8]) {
        _ = try? AdviceLinkCatalogue(json: bytes)
    }
}
