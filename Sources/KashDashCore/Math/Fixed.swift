/// A signed 48.16 fixed-point number: the only kind of fraction the simulation uses.
///
/// Floating point is banned from simulation state because its results can differ between
/// debug and release builds and between machines; integer arithmetic cannot.
public struct Fixed: Hashable, Comparable, Sendable {
    public static let fractionBits: Int64 = 16
    public static let one = Fixed(raw: 1 << fractionBits)
    public static let zero = Fixed(raw: 0)

    /// The underlying integer: value × 65536.
    public var raw: Int64

    @inlinable public init(raw: Int64) { self.raw = raw }

    /// A whole number of units.
    @inlinable public init(_ whole: Int) { raw = Int64(whole) << Fixed.fractionBits }

    /// `numerator / denominator` units, rounded toward zero; for writing constants such as 9/20.
    @inlinable public init(_ numerator: Int, over denominator: Int) {
        raw = (Int64(numerator) << Fixed.fractionBits) / Int64(denominator)
    }

    /// Parses a decimal such as "0.45" or "-8" exactly (to 1/65536), without floating point.
    public init?(decimal text: String) {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" { negative = true; digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0].isEmpty ? "0" : parts[0]) else { return nil }
        var value = whole << Fixed.fractionBits
        if parts.count == 2 {
            let fraction = parts[1].prefix(9)
            guard !fraction.isEmpty, let numerator = Int64(fraction), numerator >= 0 else { return nil }
            var denominator: Int64 = 1
            for _ in 0..<fraction.count { denominator *= 10 }
            value += (numerator << Fixed.fractionBits) / denominator
        }
        raw = negative ? -value : value
    }

    /// The whole part, rounded toward negative infinity.
    @inlinable public var floor: Int { Int(raw >> Fixed.fractionBits) }

    /// The nearest whole number (halves away from zero).
    @inlinable public var rounded: Int {
        let half: Int64 = 1 << (Fixed.fractionBits - 1)
        return raw >= 0 ? Int((raw + half) >> Fixed.fractionBits) : -Int((-raw + half) >> Fixed.fractionBits)
    }

    /// For renderers and reports only; never feed the result back into the simulation.
    public var approximateDouble: Double { Double(raw) / 65536.0 }

    @inlinable public static func < (lhs: Fixed, rhs: Fixed) -> Bool { lhs.raw < rhs.raw }
    @inlinable public static func + (lhs: Fixed, rhs: Fixed) -> Fixed { Fixed(raw: lhs.raw &+ rhs.raw) }
    @inlinable public static func - (lhs: Fixed, rhs: Fixed) -> Fixed { Fixed(raw: lhs.raw &- rhs.raw) }
    @inlinable public static prefix func - (value: Fixed) -> Fixed { Fixed(raw: -value.raw) }
    @inlinable public static func += (lhs: inout Fixed, rhs: Fixed) { lhs.raw = lhs.raw &+ rhs.raw }
    @inlinable public static func -= (lhs: inout Fixed, rhs: Fixed) { lhs.raw = lhs.raw &- rhs.raw }
    @inlinable public static func * (lhs: Fixed, rhs: Fixed) -> Fixed {
        Fixed(raw: (lhs.raw &* rhs.raw) >> Fixed.fractionBits)
    }
    @inlinable public static func * (lhs: Fixed, rhs: Int) -> Fixed { Fixed(raw: lhs.raw &* Int64(rhs)) }
    @inlinable public static func / (lhs: Fixed, rhs: Int) -> Fixed { Fixed(raw: lhs.raw / Int64(rhs)) }

    /// Scales by a percentage (e.g. a speed preset), rounding toward zero.
    @inlinable public func scaled(percent: Int) -> Fixed { Fixed(raw: raw &* Int64(percent) / 100) }
}

extension Fixed: CustomStringConvertible {
    /// Four decimal places, computed with integers so the text is identical everywhere.
    public var description: String {
        let negative = raw < 0
        let magnitude = negative ? -raw : raw
        let whole = magnitude >> Fixed.fractionBits
        let fraction = ((magnitude & 0xFFFF) * 10_000 + 32_768) >> Fixed.fractionBits
        let (carry, rest) = fraction >= 10_000 ? (Int64(1), fraction - 10_000) : (0, fraction)
        var digits = String(rest)
        while digits.count < 4 { digits = "0" + digits }
        return (negative ? "-" : "") + String(whole + carry) + "." + digits
    }
}
