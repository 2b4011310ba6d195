@testable import KashDashMetrics
import Testing

@Suite struct SuppressedCountTests {
    /// The edges of ONS 10-5: below 10 hidden, then nearest 5.
    @Test(arguments: [
        (0, "<10"), (1, "<10"), (9, "<10"), (10, "10"), (11, "10"), (12, "10"), (13, "15"),
        (14, "15"), (17, "15"), (18, "20"), (7526, "7525"), (12_003, "12005"),
    ])
    func followsTenFive(exact: Int, shown: String) {
        #expect(SuppressedCount(exact).description == shown)
    }

    @Test func suppressedCountsChartAsZero() {
        #expect(SuppressedCount(9).chartValue == 0)
        #expect(SuppressedCount(13).chartValue == 15)
    }
}
