import KashDashGame
import KashDashSpeech

/// Read-aloud behind the window: takes the game's `.speak` effects, has them made off the
/// game loop (`SpeechSynthesizer`) and plays them through the sound player, which ducks the
/// sound effects under the voice.
///
/// Nothing here waits: a request returns at once with a clip that fills on the speech
/// thread, and the player mixes whatever is ready each frame. With no audio device nothing
/// is synthesised at all.
public final class Narrator {
    private let player: SoundPlayer
    private let speech: SpeechSynthesizer
    private let log: BackendLog
    private var queue = SpeechQueue()
    private var playing: SpeechClip?

    /// Why read-aloud is silent here, for the settings screen; nil when it can speak.
    public private(set) var unavailable: String?

    public init(player: SoundPlayer, speech: SpeechSynthesizer = .shared, log: BackendLog) {
        self.player = player
        self.speech = speech
        self.log = log
        if player.isAvailable {
            speech.warmUp()  // eSpeak loads its data on its own thread while the title draws
        } else {
            unavailable = "There is no sound device, so nothing is read out."
        }
    }

    /// The clip being played (tests and benchmarks read it).
    public var currentClip: SpeechClip? { playing }

    /// Says `utterance` now or after the narration in progress (`SpeechQueue`).
    public func say(_ utterance: Utterance) {
        guard player.isAvailable, let next = queue.receive(utterance) else { return }
        start(next)
    }

    /// Stops reading (and forgets what was waiting).
    public func stop() {
        queue.stop()
        endPlaying()
    }

    /// Once a frame, before the player mixes: moves on when an utterance has been said.
    public func pump() {
        guard let clip = playing else { return }
        if let error = clip.error {
            note(error)
        } else if player.isSpeaking(clip) {
            return
        }
        playing = nil
        if let next = queue.currentFinished() { start(next) }
    }

    private func start(_ utterance: Utterance) {
        endPlaying()
        let clip = speech.clip(for: utterance.text, language: utterance.language)
        playing = clip
        player.startSpeech(clip)
    }

    private func endPlaying() {
        if let clip = playing { speech.cancel(clip) }  // a finished clip stays cached
        playing = nil
        player.stopSpeech()
    }

    private func note(_ error: SpeechError) {
        log.once("read-aloud: \(error)")
        unavailable =
            switch error {
            case .noVoice: "This computer has no voice for this language."
            case .engineUnavailable: "The speech engine is missing (Debian package espeak-ng-data)."
            }
    }
}
