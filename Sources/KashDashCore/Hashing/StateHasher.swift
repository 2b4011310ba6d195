/// FNV-1a (64-bit) over a canonical little-endian encoding: the state hash in replays and
/// sync tests, and the fingerprint of a level's source.
public struct StateHasher: Sendable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    public init() {}

    @inline(__always) public mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* StateHasher.prime
    }

    public mutating func add(_ word: UInt64) {
        var w = word
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: w))
            w >>= 8
        }
    }

    public mutating func add(_ number: Int64) { add(UInt64(bitPattern: number)) }
    public mutating func add(_ number: Int) { add(UInt64(bitPattern: Int64(number))) }
    public mutating func add(_ flag: Bool) { add(byte: flag ? 1 : 0) }
    public mutating func add(_ number: Fixed) { add(number.raw) }

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { add(byte: byte) }
    }

    /// Strings are length-prefixed so "ab"+"c" and "a"+"bc" hash differently.
    public mutating func add(_ text: String) {
        add(text.utf8.count)
        add(bytes: text.utf8)
    }

    /// The hash of a whole text, e.g. a level's Lua source.
    public static func hash(of text: String) -> UInt64 {
        var hasher = StateHasher()
        hasher.add(bytes: text.utf8)
        return hasher.value
    }
}

extension UInt64 {
    /// Sixteen lowercase hex digits, the form hashes take in replays and reports.
    public var hex16: String {
        let digits = String(self, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Parses sixteen (or fewer) hex digits.
    public init?(hex16 text: some StringProtocol) {
        guard !text.isEmpty, text.count <= 16, let value = UInt64(text, radix: 16) else { return nil }
        self = value
    }
}
