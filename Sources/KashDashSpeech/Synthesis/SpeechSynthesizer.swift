import Foundation

/// Makes speech off the game loop: requests queue up, one thread of its own runs eSpeak NG
/// and fills each `SpeechClip` while the game plays what is ready. Finished clips are kept
/// (least recently used first out) so a message heard again starts at once.
///
/// There is one per process (`shared`), because eSpeak NG keeps its state in globals.
public final class SpeechSynthesizer: @unchecked Sendable {
    public static let shared = SpeechSynthesizer()

    /// Up to ten minutes of speech in memory (about 26 MB at 22,050 16-bit samples a second);
    /// the whole game's English lessons are about a third of that.
    public static let cacheLimitSeconds = 600

    private struct Key: Hashable {
        var text: String
        var language: String
    }

    private let condition = NSCondition()
    private var queue: [SpeechClip] = []
    private var cache: [Key: SpeechClip] = [:]
    /// Keys from least to most recently asked for.
    private var recency: [Key] = []
    private var startResult: Result<Int, SpeechError>?
    private var thread: Thread?

    private init() {}

    /// Samples a second of every clip, once the engine has started (waits for it).
    public var sampleRate: Int? { try? startedEngine().get() }

    /// Why nothing can be said at all (no engine); waits for the engine to start.
    public var engineError: SpeechError? {
        if case .failure(let error) = startedEngine() { error } else { nil }
    }

    /// Starts the engine on its thread now, so the first request does not wait for it.
    public func warmUp() {
        condition.withLock { startThreadIfNeeded() }
    }

    /// The speech for `text` in `language`: the cached clip if there is one, else a new one
    /// that fills from now on. Never blocks on synthesis.
    public func clip(for text: String, language: String) -> SpeechClip {
        let key = Key(text: text, language: language)
        return condition.withLock {
            startThreadIfNeeded()
            if let cached = cache[key], !cached.isCancelled {
                recency.removeAll { $0 == key }
                recency.append(key)
                return cached
            }
            let rate = (try? startResult?.get()) ?? 22_050
            let clip = SpeechClip(text: text, language: language, sampleRate: rate)
            cache[key] = clip
            recency.removeAll { $0 == key }
            recency.append(key)
            queue.append(clip)
            condition.broadcast()
            return clip
        }
    }

    /// Cancels `clip` and forgets it, unless it was already complete (then it stays cached).
    public func cancel(_ clip: SpeechClip) {
        guard !clip.isFinished else { return }
        clip.cancel()
        let key = Key(text: clip.text, language: clip.language)
        condition.withLock {
            if cache[key] === clip {
                cache[key] = nil
                recency.removeAll { $0 == key }
            }
        }
    }

    /// Clips in the cache, and the seconds of speech they hold (for tests and benchmarks).
    public var cached: (clips: Int, seconds: Double) {
        condition.withLock {
            (cache.count, cache.values.reduce(0) { $0 + $1.duration })
        }
    }

    // MARK: The synthesis thread

    private func startThreadIfNeeded() {
        guard thread == nil else { return }
        let thread = Thread { [unowned self] in self.run() }
        thread.name = "kashdash-speech"
        thread.qualityOfService = .userInitiated
        self.thread = thread
        thread.start()
    }

    private func startedEngine() -> Result<Int, SpeechError> {
        condition.lock()
        defer { condition.unlock() }
        startThreadIfNeeded()
        while startResult == nil { condition.wait() }
        return startResult!
    }

    private func run() {
        let engine: ESpeakEngine?
        do {
            let started = try ESpeakEngine()
            engine = started
            condition.withLock { startResult = .success(started.sampleRate); condition.broadcast() }
        } catch {
            engine = nil
            condition.withLock { startResult = .failure(error); condition.broadcast() }
        }
        while true {
            let clip: SpeechClip = condition.withLock {
                while queue.isEmpty { condition.wait() }
                return queue.removeFirst()
            }
            guard let engine else {
                clip.finish(failure: engineError)
                continue
            }
            if clip.isCancelled {
                clip.finish()
                continue
            }
            guard engine.selectVoice(SpeechVoice.name(for: clip.language)) else {
                clip.finish(failure: .noVoice(language: clip.language))
                continue
            }
            engine.synthesize(clip.text, into: clip)
            clip.finish()
            trimCache()
        }
    }

    /// Drops the least recently used finished clips beyond the cache limit.
    private func trimCache() {
        condition.withLock {
            var seconds = cache.values.reduce(0) { $0 + $1.duration }
            var index = 0
            while seconds > Double(Self.cacheLimitSeconds), index < recency.count {
                let key = recency[index]
                if let clip = cache[key], clip.isFinished {
                    seconds -= clip.duration
                    cache[key] = nil
                    recency.remove(at: index)
                } else {
                    index += 1
                }
            }
        }
    }
}
