/// Rules for the short ids that events may carry (levels, links, messages, files,
/// batch ids, app versions). Free text never reaches the store: a child cannot type
/// into any of these, and a strict alphabet keeps personal data out by construction.
public enum Identifier {
    /// Lower-case catalogue id: `[a-z0-9][a-z0-9_.-]{0,63}`.
    public static func isCatalogueID(_ text: some StringProtocol) -> Bool {
        matches(text, maxLength: 64, allowUpper: false, allowPlus: false)
    }

    /// App version such as `1.2.0` or `1.2.0-beta.1+linux`: at most 32 characters.
    public static func isAppVersion(_ text: some StringProtocol) -> Bool {
        matches(text, maxLength: 32, allowUpper: true, allowPlus: true)
    }

    /// Client batch id (a UUID or similar): 8-64 of `[A-Za-z0-9_-]`.
    public static func isBatchID(_ text: some StringProtocol) -> Bool {
        text.utf8.count >= 8 && matches(text, maxLength: 64, allowUpper: true, allowPlus: false)
            && !text.contains(".")
    }

    /// A plain file name: no separators, no leading dot, so it cannot leave its folder.
    public static func isPlainFileName(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: ".") else { return false }
        return matches(text, maxLength: 128, allowUpper: true, allowPlus: true) && !text.contains("..")
    }

    private static func matches(
        _ text: some StringProtocol, maxLength: Int, allowUpper: Bool, allowPlus: Bool
    ) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= maxLength else { return false }
        guard isLowerOrDigit(first) || (allowUpper && isUpper(first)) else { return false }
        for byte in bytes {
            if isLowerOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".")
            {
                continue
            }
            if allowUpper && isUpper(byte) { continue }
            if allowPlus && byte == UInt8(ascii: "+") { continue }
            return false
        }
        return true
    }

    private static func isLowerOrDigit(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
}
