import KashDashGame

/// Which utterance is being said and which waits: the read-aloud policy, apart from sound.
///
/// A screen's narration cuts off whatever was being said (the child moved on). The item the
/// highlight moves to waits for a narration to finish, and only the latest item waits: a
/// child who cannot read hears the whole message first and then the answer the highlight is
/// on now, not a backlog of every answer it passed. An item cuts off an earlier item.
struct SpeechQueue {
    private(set) var current: Utterance?
    private(set) var waiting: Utterance?

    /// Takes `utterance`; returns it when it should start now, nil when it waits.
    mutating func receive(_ utterance: Utterance) -> Utterance? {
        if utterance.kind == .screen || current == nil || current?.kind == .focus {
            current = utterance
            waiting = nil
            return utterance
        }
        waiting = utterance
        return nil
    }

    /// The current utterance ended; returns the one to start next, if any.
    mutating func currentFinished() -> Utterance? {
        current = waiting
        waiting = nil
        return current
    }

    mutating func stop() {
        current = nil
        waiting = nil
    }
}
