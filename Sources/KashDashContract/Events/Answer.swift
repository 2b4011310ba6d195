/// How many times, counting this one, the child has met a safety message: the only trace of
/// a child's history that leaves the device. Three buckets and no more, so no sequence or
/// play count can be pieced together from the events.
public enum EncounterBucket: String, CaseIterable, Codable, Sendable, Comparable {
    case first
    case second
    /// The third meeting or any after it.
    case later

    /// The bucket for the `meeting`-th time (1 for the first) a message is met.
    public init(meeting: Int) {
        switch meeting {
        case ...1: self = .first
        case 2: self = .second
        default: self = .later
        }
    }

    /// Met before: the "when they met it again" side of the learning figures.
    public var isRepeat: Bool { self != .first }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Whether a chosen answer was the safe one. A reflection (a question with no wrong answer)
/// has no verdict at all: it is sent as `reflection_answered` and never carries one.
public enum AnswerVerdict: String, CaseIterable, Codable, Sendable {
    case safe
    case unsafe
}

/// What an answer event must and must not carry, by kind; checked by the game before it
/// queues one and by the server before it stores one.
public enum AnswerShape: Sendable {
    /// A scenario question: `encounter` and `verdict` are both required.
    case scored
    /// A reflection: `encounter` is required and a `verdict` is refused.
    case reflection
}

extension EventKind {
    /// The answer fields this kind carries; `nil` for kinds that carry neither.
    public var answerShape: AnswerShape? {
        switch self {
        case .messageAnswered: .scored
        case .reflectionAnswered: .reflection
        default: nil
        }
    }

    /// The kind an answer is counted under in the daily aggregates (the dashboard's "answered
    /// unsafely" list reads these), whichever wire kind it arrived as.
    public static func aggregateKind(for verdict: AnswerVerdict) -> EventKind {
        verdict == .safe ? .messageAnsweredSafe : .messageAnsweredUnsafe
    }
}

extension ClientEvent {
    /// Whether the answer fields fit the kind (`AnswerShape`): the outbox drops an event that
    /// does not, since the server would refuse its whole batch for it.
    public var answerFieldsFit: Bool {
        switch kind.answerShape {
        case .scored: encounter != nil && verdict != nil
        case .reflection: encounter != nil && verdict == nil
        case nil: encounter == nil && verdict == nil
        }
    }
}
