import KashDashContract

/// Read-aloud in the app: after every input and tick the app compares what the screen
/// says and where the highlight is with what it last asked to be said, and queues
/// `.speak` for what changed. The comparison, not the places that change screens, decides:
/// a new screen, a message turning into its feedback, or a scanning step all reach here the
/// same way, and nothing that moves the game forward needs to remember to narrate.
extension GameApp {
    /// What read-aloud last said, so only changes are spoken.
    struct ReadAloudState: Equatable {
        var screenChanges = -1
        var narration: String?
        var focusText: String?
    }

    /// The words for the highlighted item: its label, with its number on a message's
    /// answers (the child answers by number).
    var focusedSpeech: String? {
        let items = currentItems()
        guard let item = items[safe: scanner.focus] else { return nil }
        if case .answer(let index) = item.action { return "\(index + 1): " + Narration.sentence(item.label) }
        return item.label
    }

    /// Queues what changed since the last call, if read-aloud is on and the kiosk is awake.
    func narrateChanges() {
        // Off (or a kiosk demo): nothing is built every tick; turning it on reads what shows.
        guard settings.readAloud, !attract else {
            readAloud = ReadAloudState()
            return
        }
        let current = currentReadAloudState
        defer { readAloud = current }
        guard current != readAloud else { return }
        let newScreen = current.screenChanges != readAloud.screenChanges || current.narration != readAloud.narration
        if newScreen {
            if let narration = current.narration {
                // An empty narration (flying) means "say nothing now": stop what was being read.
                emit(narration.isEmpty ? .stopSpeaking : .speak(utterance(narration, kind: .screen)))
            } else if let focus = current.focusText {
                emit(.speak(utterance(focus, kind: .screen, language: focusedLanguage)))
            } else {
                emit(.stopSpeaking)
            }
        } else if current.focusText != readAloud.focusText, current.narration?.isEmpty != true, let focus = current.focusText {
            emit(.speak(utterance(focus, kind: .focus, language: focusedLanguage)))
        }
    }

    private var currentReadAloudState: ReadAloudState {
        ReadAloudState(screenChanges: screenChanges, narration: screen.narration(in: self), focusText: focusedSpeech)
    }

    /// The R key and the "Hear it" button: the screen's narration again (or the highlighted
    /// item), whether or not read-aloud is on; a child asked for it. (The highlight landing
    /// on "Hear it" as it is pressed is not read out after it.)
    func readAgain() {
        defer { readAloud = currentReadAloudState }
        let narration = screen.narration(in: self)
        if let narration, !narration.isEmpty {
            emit(.speak(utterance(narration, kind: .screen)))
        } else if let focus = focusedSpeech {
            emit(.speak(utterance(focus, kind: .screen, language: focusedLanguage)))
        }
    }

    /// The highlighted item's language: a language's own name on the picker is read in that
    /// language's voice ("Cymraeg" in Welsh), everything else in the game's.
    var focusedLanguage: Language { currentItems()[safe: scanner.focus]?.labelLanguage ?? language }

    private func utterance(_ text: String, kind: Utterance.Kind, language: Language? = nil) -> Utterance {
        Utterance(text, language: (language ?? self.language).tag, kind: kind)
    }
}
