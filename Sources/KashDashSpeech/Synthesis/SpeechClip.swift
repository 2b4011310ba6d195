import Foundation

/// One utterance's speech as it is being made: 16-bit mono samples at the engine's rate,
/// growing while eSpeak works and read by the sound mixer at the same time.
///
/// Shared between the synthesiser's thread (which appends) and the game's thread (which
/// plays and may cancel), so every access takes the lock; the mixer copies a frame's worth
/// at a time, never a sample at a time.
public final class SpeechClip: @unchecked Sendable {
    public let text: String
    public let language: String
    /// Samples a second.
    public let sampleRate: Int
    private let condition = NSCondition()
    private var samples: [Int16] = []
    private var finished = false
    private var cancelled = false
    private var failure: SpeechError?
    private let requestedAt = DispatchTime.now().uptimeNanoseconds
    private var firstSamplesAt: UInt64?

    init(text: String, language: String, sampleRate: Int) {
        self.text = text
        self.language = language
        self.sampleRate = sampleRate
    }

    /// Samples made so far.
    public var count: Int { condition.withLock { samples.count } }
    /// Synthesis has ended (all made, failed or cancelled): `count` will not grow.
    public var isFinished: Bool { condition.withLock { finished } }
    public var isCancelled: Bool { condition.withLock { cancelled } }
    /// Why there is no speech, when there is none.
    public var error: SpeechError? { condition.withLock { failure } }
    /// Seconds from the request to the first samples being ready; nil before then.
    public var secondsToFirstSamples: Double? {
        condition.withLock { firstSamplesAt.map { Double($0 - requestedAt) / 1e9 } }
    }
    /// Length in seconds of what has been made.
    public var duration: Double { Double(count) / Double(sampleRate) }

    /// Stops synthesis at its next chunk; what was made stays readable.
    public func cancel() { condition.withLock { cancelled = true } }

    /// Copies up to `maximum` samples starting at `start` into `buffer` (replacing its
    /// contents); returns how many.
    public func copySamples(from start: Int, maximum: Int, into buffer: inout [Int16]) -> Int {
        condition.withLock {
            buffer.removeAll(keepingCapacity: true)
            guard start < samples.count else { return 0 }
            buffer.append(contentsOf: samples[start..<min(samples.count, start + maximum)])
            return buffer.count
        }
    }

    /// Waits for synthesis to end and returns every sample (for a file).
    public func waitForAllSamples() -> [Int16] {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return samples
    }

    func append(_ chunk: UnsafeBufferPointer<Int16>) {
        condition.withLock {
            if firstSamplesAt == nil { firstSamplesAt = DispatchTime.now().uptimeNanoseconds }
            samples.append(contentsOf: chunk)
        }
    }

    func finish(failure: SpeechError? = nil) {
        condition.withLock {
            self.failure = failure
            finished = true
            condition.broadcast()
        }
    }
}
