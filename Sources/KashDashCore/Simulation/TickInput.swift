/// What the player did during one tick, as one byte: nothing, a flap, or a message choice.
///
/// One switch, a keyboard, a gamepad, a replay and the bot all boil down to this.
public struct TickInput: Hashable, Sendable {
    public let code: UInt8

    private init(unchecked code: UInt8) { self.code = code }

    public static let maxChoices: UInt8 = 8
    public static let none = TickInput(unchecked: 0)
    /// Flap while flying; start or resume from the ready pose; continue after feedback.
    public static let flap = TickInput(unchecked: 1)
    /// Answer the safety message on screen with choice `index` (0-based).
    public static func choose(_ index: Int) -> TickInput {
        TickInput(unchecked: 2 + UInt8(clamping: min(index, Int(maxChoices))))
    }

    /// The chosen answer's index, if this input answers a message.
    public var choiceIndex: Int? { code >= 2 ? Int(code - 2) : nil }
}
