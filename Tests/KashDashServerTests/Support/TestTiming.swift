import Foundation

/// Stretches the live tests' clocks (keep-alive timeouts, response deadlines, Date checks) under a sanitizer, which slows everything about
/// tenfold: `scripts/sanitize` sets `KASHDASH_TEST_TIME_SCALE=10`. The checks stay the same.
enum TestTiming {
    static let scale = Int(ProcessInfo.processInfo.environment["KASHDASH_TEST_TIME_SCALE"] ?? "") ?? 1
}
