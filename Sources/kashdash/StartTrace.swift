import Foundation

/// Where the time to the first picture goes: with `KASHDASH_START_TRACE` set, each start-up
/// phase prints one line `start-phase NAME EPOCH-NS` on standard error, so a script can
/// subtract the time it took just before `exec` (docs/perf/game.md, kiosk start-up).
enum StartTrace {
    static let enabled = ProcessInfo.processInfo.environment["KASHDASH_START_TRACE"] != nil

    @Sendable static func mark(_ phase: String) {
        guard enabled else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        FileHandle.standardError.write(Data("start-phase \(phase) \(Int(now.tv_sec) * 1_000_000_000 + now.tv_nsec)\n".utf8))
    }
}
