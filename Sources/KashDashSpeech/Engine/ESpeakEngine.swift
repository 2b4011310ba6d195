import CESpeakNG

/// eSpeak NG, synthesising into memory (never to a sound device of its own).
///
/// eSpeak NG keeps its state in globals and is not thread-safe: the process has at most one
/// engine, and only `SpeechSynthesizer`'s own thread calls it (the `speak` command calls it
/// through the same synthesiser, so the file and the game go through one code path).
final class ESpeakEngine {
    /// Samples a second (22,050 for Debian's voices), 16-bit mono.
    let sampleRate: Int
    private var currentVoice: String?

    /// - Parameter chunkMilliseconds: how much audio eSpeak hands over at a time; small, so
    ///   the first words can play while the rest is still being made.
    init(dataPath: String? = nil, chunkMilliseconds: Int32 = 60) throws(SpeechError) {
        espeak_ng_InitializePath(dataPath)
        var context: espeak_ng_ERROR_CONTEXT?
        let status = espeak_ng_Initialize(&context)
        defer { espeak_ng_ClearErrorContext(&context) }
        guard status == ENS_OK else { throw .engineUnavailable(Self.message(status)) }
        let output = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, chunkMilliseconds, nil)
        guard output == ENS_OK else { throw .engineUnavailable(Self.message(output)) }
        sampleRate = Int(espeak_ng_GetSampleRate())
        espeak_SetSynthCallback(receiveSamples)
    }

    /// Whether eSpeak has a voice called `name` (it loads it, so the next synthesis is quick).
    func selectVoice(_ name: String) -> Bool {
        if currentVoice == name { return true }
        guard espeak_ng_SetVoiceByName(name) == ENS_OK || selectVoice(speaking: name) else { return false }
        _ = espeak_ng_SetParameter(espeakRATE, Int32(SpeechVoice.wordsPerMinute), 0)
        currentVoice = name
        return true
    }

    /// The best voice that speaks language `tag` (e.g. "en-gb", a language, not a voice file).
    private func selectVoice(speaking tag: String) -> Bool {
        tag.withCString { language in
            var selector = espeak_VOICE()
            selector.languages = language
            return espeak_ng_SetVoiceByProperties(&selector) == ENS_OK
        }
    }

    /// Synthesises `text` with the selected voice, handing each chunk to `clip` as it is
    /// made; returns early when the clip is cancelled.
    func synthesize(_ text: String, into clip: SpeechClip) {
        let bytes = Array(text.utf8) + [0]
        receivingClip = clip
        defer { receivingClip = nil }
        _ = bytes.withUnsafeBytes { raw in
            espeak_ng_Synthesize(raw.baseAddress, raw.count, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil, nil)
        }
    }

    private static func message(_ status: espeak_ng_STATUS) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The clip eSpeak is filling. A global, like eSpeak's own state: only the synthesiser's
/// thread sets it, around the one synthesis it runs at a time. (The events' `user_data` is
/// not used: eSpeak does not attach it to every chunk, and a chunk without it would be lost.)
nonisolated(unsafe) private var receivingClip: SpeechClip?

/// eSpeak's synthesis callback: a chunk of samples. Returns 1 to stop synthesis: the clip
/// was cancelled.
private func receiveSamples(_ samples: UnsafeMutablePointer<Int16>?, _ count: Int32, _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    guard let clip = receivingClip else { return 0 }
    if clip.isCancelled { return 1 }
    if let samples, count > 0 { clip.append(UnsafeBufferPointer(start: samples, count: Int(count))) }
    return 0
}
