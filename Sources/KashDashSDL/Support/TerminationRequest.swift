import Dispatch
import Foundation
import Synchronization

/// SIGTERM and SIGINT, caught by the game itself rather than by SDL.
///
/// SDL turns both signals into the same `SDL_QUIT` event a window's close button sends, and a
/// kiosk must ignore that event (a child must not close it). So under SDL's handlers a kiosk
/// ignored `systemctl stop` too and systemd had to SIGKILL it after 90 s, losing the outbox's
/// last counts. With SDL's handlers off (`SDL_HINT_NO_SIGNAL_HANDLERS`), the signals arrive
/// here on a dispatch queue, outside signal context, and the window loop ends cleanly at its
/// next pass in either mode: the caller then flushes the outbox as after any other exit.
enum TerminationRequest {
    private static let requested = Atomic<Bool>(false)
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    /// True once SIGTERM or SIGINT has arrived.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Takes over SIGTERM and SIGINT; call before SDL starts its event loop (the window does).
    static func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for signalNumber in [SIGTERM, SIGINT] {
                signal(signalNumber, SIG_IGN)  // the dispatch source, not the default action, answers it
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { requested.store(true, ordering: .relaxed) }
                source.resume()
                sources.append(source)
            }
        }
    }
}
