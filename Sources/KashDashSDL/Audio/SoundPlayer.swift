import CSDL2
import Foundation
import KashDashGame
import KashDashSpeech

/// Plays the game's sound cues: WAV files from `Assets/sounds`, mixed on the main thread
/// and queued to SDL a few milliseconds ahead (no audio callback, so no second thread).
/// It also plays read-aloud speech (one clip at a time, while it is still being made), and
/// turns the sound effects down under the voice so the words stay clear.
///
/// With no audio device, or with no sound files, it stays silent and says so once.
public final class SoundPlayer {
    /// 0 (silent) ... 1; read from the game's settings every frame.
    public var volume: Double = 0.8

    private static let sampleRate: Int32 = 48_000
    private static let channels = 2
    /// How far ahead of the speaker the queue is kept full: ~32 ms, two frames at 60 Hz.
    private static let queueAheadFrames = 1_536
    private static let maxVoices = 8

    private struct Voice {
        var samples: [Float]
        var position: Int
    }

    private var device: SDL_AudioDeviceID
    /// Kept alive while the device is open.
    private let libraries: SDLLibraries
    private let log: BackendLog
    private var sounds: [SoundCue: [Float]] = [:]
    private var voices: [Voice] = []
    private var mixBuffer: [Float] = []

    /// Read-aloud: the clip playing and where in it (in the clip's own samples, fractional
    /// because its rate is not the device's).
    private var speech: SpeechClip?
    private var speechPosition = 0.0
    private var speechChunk: [Int16] = []
    /// Sound effects' gain, 1 normally and `duckedGain` under speech, moved gradually.
    private var duck: Float = 1
    private static let duckedGain: Float = 0.3
    /// How far `duck` moves each pump (about 16 ms): fully down or up in about 0.1 s.
    private static let duckStep: Float = 0.12
    /// When the current clip's first samples went to the device (nanoseconds of uptime).
    public private(set) var speechReachedDeviceAt: UInt64?

    /// Opens the default audio device and loads every cue; never throws.
    /// - Parameter libraries: started SDL libraries (kept alive); the audio subsystem is started here.
    /// - Parameter driver: an SDL audio driver to use (e.g. "dummy" in tests); nil lets SDL choose.
    public init(libraries: SDLLibraries, assets: URL?, log: BackendLog, driver: String? = nil) {
        self.log = log
        self.libraries = libraries
        if let driver { SDL_SetHint(SDL_HINT_AUDIODRIVER, driver) }
        guard driver != nil || Self.soundSystemLikelyPresent() else {
            log.once("no sound device or sound server found; playing silently")
            device = 0
            return
        }
        do { try libraries.start(SDL_INIT_AUDIO, what: "audio") } catch {
            log.once("no audio (\(error)); playing silently")
            device = 0
            return
        }
        var wanted = SDL_AudioSpec()
        wanted.freq = Self.sampleRate
        wanted.format = SDL_AudioFormat(AUDIO_F32SYS)
        wanted.channels = UInt8(Self.channels)
        wanted.samples = 1024
        var obtained = SDL_AudioSpec()
        device = SDL_OpenAudioDevice(nil, 0, &wanted, &obtained, 0)
        guard device != 0 else {
            log.once("no audio device (\(String(cString: SDL_GetError()))); playing silently")
            return
        }
        if let folder = assets?.appendingPathComponent("sounds", isDirectory: true) {
            for cue in SoundCue.allCases {
                if let samples = load(folder.appendingPathComponent("\(cue.fileName).wav").path) { sounds[cue] = samples }
            }
        }
        if sounds.isEmpty { log.once("no sound files found in Assets/sounds; playing silently") }
        SDL_PauseAudioDevice(device, 0)
    }

    deinit { close() }

    /// Stops and closes the device (before SDL's audio subsystem shuts down); then silent.
    public func close() {
        if device != 0 { SDL_CloseAudioDevice(device) }
        device = 0
        voices.removeAll()
    }

    /// False when there is clearly nothing to play on (no /dev/snd, no PulseAudio or
    /// PipeWire socket, no SDL_AUDIODRIVER chosen): then SDL is not even asked, which spares
    /// the user a screenful of ALSA complaints.
    static func soundSystemLikelyPresent(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if environment["SDL_AUDIODRIVER"] != nil || environment["PULSE_SERVER"] != nil { return true }
        let files = FileManager.default
        if files.fileExists(atPath: "/dev/snd") { return true }
        if let runtime = environment["XDG_RUNTIME_DIR"] {
            for socket in ["pulse/native", "pipewire-0"] where files.fileExists(atPath: "\(runtime)/\(socket)") { return true }
        }
        return false
    }

    /// Whether a device is open (false means every call is a no-op).
    public var isAvailable: Bool { device != 0 }

    /// The cues whose sound file was loaded.
    public var loadedCues: Set<SoundCue> { Set(sounds.keys) }

    /// Voices still playing.
    public var playingVoices: Int { voices.count }

    /// Starts `cue` now (within one queue's length); the oldest voice stops if too many play.
    public func play(_ cue: SoundCue) {
        guard device != 0, volume > 0, let samples = sounds[cue] else { return }
        if voices.count >= Self.maxVoices { voices.removeFirst() }
        voices.append(Voice(samples: samples, position: 0))
    }

    /// Starts reading `clip` (cutting off any other); it plays as its samples arrive.
    public func startSpeech(_ clip: SpeechClip) {
        guard device != 0 else { return }
        cutQueuedSpeech()
        speech = clip
        speechPosition = 0
        speechReachedDeviceAt = nil
    }

    public func stopSpeech() {
        cutQueuedSpeech()
        speech = nil
    }

    /// Words already queued to the device (up to 32 ms) would otherwise still play after
    /// the child moved on, and hold back the next words by as much: they are dropped (with
    /// any sound effect mixed into the same milliseconds).
    private func cutQueuedSpeech() {
        if speech != nil, device != 0 { SDL_ClearQueuedAudio(device) }
    }

    /// Whether `clip` is still being read (not yet all played, or still being made).
    public func isSpeaking(_ clip: SpeechClip) -> Bool { speech === clip }

    /// Mixes the playing voices into SDL's queue; call once per rendered frame.
    public func pump() {
        guard device != 0, !voices.isEmpty || speech != nil || duck < 1 else { return }
        let bytesPerFrame = MemoryLayout<Float>.size * Self.channels
        let queued = Int(SDL_GetQueuedAudioSize(device)) / bytesPerFrame
        let frames = Self.queueAheadFrames - queued
        guard frames > 0 else { return }
        let count = frames * Self.channels
        if mixBuffer.count < count { mixBuffer = [Float](repeating: 0, count: count) }
        let gain = Float(max(0, min(1, volume)))
        duck = speech == nil ? min(1, duck + Self.duckStep) : max(Self.duckedGain, duck - Self.duckStep)
        let effectsGain = gain * duck
        mixBuffer.withUnsafeMutableBufferPointer { out in
            for index in 0..<count { out[index] = 0 }
            for voiceIndex in voices.indices {
                let start = voices[voiceIndex].position
                let take = min(count, voices[voiceIndex].samples.count - start)
                voices[voiceIndex].samples.withUnsafeBufferPointer { source in
                    for offset in 0..<take { out[offset] += source[start + offset] * effectsGain }
                }
                voices[voiceIndex].position += take
            }
            mixSpeech(into: out, frames: frames, gain: gain)
            for index in 0..<count { out[index] = max(-1, min(1, out[index])) }
            SDL_QueueAudio(device, out.baseAddress, UInt32(count * MemoryLayout<Float>.size))
        }
        voices.removeAll { $0.position >= $0.samples.count }
    }

    /// Adds the speech clip's next `frames` to `out` (stereo), resampling linearly from the
    /// clip's rate (22,050 Hz, a voice with nothing above 11 kHz, where linear is enough).
    /// Plays what has been made so far; the clip ends when it is all made and all played.
    private func mixSpeech(into out: UnsafeMutableBufferPointer<Float>, frames: Int, gain: Float) {
        guard let clip = speech else { return }
        let step = Double(clip.sampleRate) / Double(Self.sampleRate)
        let first = Int(speechPosition)
        let finished = clip.isFinished  // read before copying: then the copy has everything
        let got = clip.copySamples(from: first, maximum: Int(Double(frames) * step) + 2, into: &speechChunk)
        var mixed = 0
        speechChunk.withUnsafeBufferPointer { chunk in
            for frame in 0..<frames {
                let offset = speechPosition - Double(first)
                let index = Int(offset)
                guard index + 1 < got else { break }
                let fraction = Float(offset - Double(index))
                let value = (Float(chunk[index]) * (1 - fraction) + Float(chunk[index + 1]) * fraction) / 32_768 * gain
                out[frame * 2] += value
                out[frame * 2 + 1] += value
                speechPosition += step
                mixed += 1
            }
        }
        if mixed > 0, speechReachedDeviceAt == nil { speechReachedDeviceAt = DispatchTime.now().uptimeNanoseconds }
        if finished, Int(speechPosition) + 1 >= clip.count { speech = nil }
    }

    /// Reads a WAV and converts it to interleaved stereo float at the device rate.
    private func load(_ path: String) -> [Float]? {
        var spec = SDL_AudioSpec()
        var buffer: UnsafeMutablePointer<UInt8>?
        var length: UInt32 = 0
        guard let rw = SDL_RWFromFile(path, "rb"), SDL_LoadWAV_RW(rw, 1, &spec, &buffer, &length) != nil, let buffer else {
            log.once("sound \(URL(fileURLWithPath: path).lastPathComponent) missing or unreadable; that cue stays silent")
            return nil
        }
        defer { SDL_FreeWAV(buffer) }
        guard let stream = SDL_NewAudioStream(spec.format, spec.channels, spec.freq,
                                              SDL_AudioFormat(AUDIO_F32SYS), UInt8(Self.channels), Self.sampleRate)
        else { return nil }
        defer { SDL_FreeAudioStream(stream) }
        guard SDL_AudioStreamPut(stream, buffer, Int32(length)) == 0, SDL_AudioStreamFlush(stream) == 0 else { return nil }
        let available = Int(SDL_AudioStreamAvailable(stream))
        var samples = [Float](repeating: 0, count: available / MemoryLayout<Float>.size)
        let got = samples.withUnsafeMutableBytes { SDL_AudioStreamGet(stream, $0.baseAddress, Int32($0.count)) }
        guard got >= 0 else { return nil }
        samples.removeLast(samples.count - Int(got) / MemoryLayout<Float>.size)
        return samples
    }
}
