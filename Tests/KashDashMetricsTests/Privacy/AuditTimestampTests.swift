@testable import KashDashMetrics
import Testing

@Suite struct AuditTimestampTests {
    @Test func isTheUTCDateAndTimeToTheSecond() {
        #expect(AccountStore.utcTimestamp(unixSeconds: 1_795_823_999) == "2026-11-27T23:59:59Z")
        #expect(AccountStore.utcTimestamp(unixSeconds: 951_782_400 + 3_661) == "2000-02-29T01:01:01Z")
        #expect(AccountStore.utcTimestamp(unixSeconds: 0) == "1970-01-01T00:00:00Z")
    }
}
