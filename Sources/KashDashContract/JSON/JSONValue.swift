/// A JSON document as plain values: what the contract's small reader produces.
///
/// The contract reads JSON itself (standard library only, no Foundation) so the one
/// advice-link loader runs the same in the game, the level tools and the server; the
/// file is read at the edges and its bytes passed in.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number as written, so nothing is lost to rounding before a caller decides.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order (a later duplicate key is refused by the reader).
    case object([(key: String, value: JSONValue)])

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? { if case .string(let text) = self { text } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let items) = self { items } else { nil } }
    public var keys: [String] { if case .object(let members) = self { members.map(\.key) } else { [] } }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }
}
