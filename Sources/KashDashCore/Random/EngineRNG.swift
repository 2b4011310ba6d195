/// The engine's one source of randomness: xoshiro256**, seeded through SplitMix64.
///
/// Level scripts get their `math.random` from here too, so a seed fixes a whole run.
/// It is a value type: saving a simulation state saves the generator with it.
public struct EngineRNG: Hashable, Sendable {
    public private(set) var s0: UInt64
    public private(set) var s1: UInt64
    public private(set) var s2: UInt64
    public private(set) var s3: UInt64

    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = EngineRNG.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = EngineRNG.rotl(s3, 45)
        return result
    }

    /// A uniform integer in `range`, without modulo bias (Lemire's method with rejection).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &+ 1
        if span == 0 { return Int(bitPattern: UInt(next())) }  // the full 64-bit range
        var product = next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold { product = next().multipliedFullWidth(by: span) }
        }
        return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
    }

    /// A uniform fraction in [0, 1) with 16 bits of precision.
    public mutating func fraction() -> Fixed { Fixed(raw: Int64(next() >> 48)) }
}

/// SplitMix64: spreads one 64-bit seed over xoshiro's 256 bits of state.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
