import KashDashContract

extension JSONValue {
    /// The string a translation gives for something a child will see, or nil when it would
    /// draw nothing. Any whitespace counts as nothing, line breaks too: "\n" alone once passed
    /// an emptiness check and drew a blank button (the translation fuzz target's blank check
    /// caught it). Catalogues and level translations both read their strings through this, so
    /// "never a blank box" is one rule, not two that can drift apart.
    var visibleText: String? {
        guard let text = stringValue, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
