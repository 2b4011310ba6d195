import Testing
@testable import KashDashCore

@Suite struct FixedTests {
    @Test func parsesDecimalsExactlyWithoutFloatingPoint() {
        #expect(Fixed(decimal: "0.5") == Fixed(1, over: 2))
        // Compared as `Fixed`, not as `Int64?`: swift-testing's expansion of an `Int64?`
        // comparison trips the address sanitizer inside the standard library's AnyHashable
        // conversion (docs/perf/sanitizers.md).
        #expect(Fixed(decimal: "-8") == Fixed(raw: -8 * 65536))
        #expect(Fixed(decimal: "3.25") == Fixed(13, over: 4))
        #expect(Fixed(decimal: "abc") == nil)
        #expect(Fixed(decimal: "1.") == nil)
        #expect(Fixed(decimal: "1.2.3") == nil)
    }

    @Test func arithmeticStaysInFixedPoint() {
        let a = Fixed(3)
        let b = Fixed(1, over: 4)
        #expect(a * b == Fixed(3, over: 4))
        #expect((a - b).description == "2.7500")
        // 3.5 is 229,376/65,536; 60 % of it truncates to 137,625 (2.09999...), shown as 2.1000.
        #expect(Fixed(7, over: 2).scaled(percent: 60).raw == 137_625)
        #expect(Fixed(7, over: 2).scaled(percent: 60).description == "2.1000")
        #expect(Fixed(-5, over: 2).rounded == -3)
        #expect(Fixed(5, over: 2).rounded == 3)
        #expect(Fixed(-1, over: 2).floor == -1)
    }

    @Test func describesWithFourDecimals() {
        #expect(Fixed(45, over: 100).description == "0.4500")
        #expect(Fixed(-1, over: 3).description == "-0.3333")
        #expect(Fixed(raw: 65535).description == "1.0000")
    }
}
