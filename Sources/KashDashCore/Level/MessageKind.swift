/// What a message asks of the child.
public enum MessageKind: String, Hashable, Sendable, CaseIterable {
    /// A scenario with safe and unsafe choices; safe answers score and are counted.
    case question
    /// "How would you feel?": every answer is welcome. There is no wrong feeling, so a
    /// reflection is never counted as safe or unsafe and never shows a cross.
    case reflection
}
