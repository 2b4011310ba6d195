import KashDashContract
import Testing

@Suite struct DayTests {
    @Test func parsesAndFormatsISODays() throws {
        let day = try #require(Day(iso: "2026-11-27"))
        #expect(day.iso == "2026-11-27")
        #expect(day.parts.year == 2026 && day.parts.month == 11 && day.parts.day == 27)
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "2024-02-29") != nil)
    }

    @Test(arguments: [
        "2026-02-29", "2026-13-01", "2026-1-01", "26-11-27", "2026-11-27T10:00", "", "abcd-ef-gh", "2026-00-10",
    ])
    func rejectsDaysThatAreNotStrictDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func arithmeticCrossesMonthsYearsAndLeapDays() throws {
        let day = try #require(Day(iso: "2024-02-28"))
        #expect(day.adding(days: 1).iso == "2024-02-29")
        #expect(day.adding(days: 2).iso == "2024-03-01")
        #expect(try #require(Day(iso: "2026-12-31")).adding(days: 1).iso == "2027-01-01")
        #expect(Day(unixSeconds: 86_400 * 20_000 + 5).ordinal == 20_000)
    }

    @Test func weekdayStartsOnMonday() throws {
        #expect(try #require(Day(iso: "2026-11-23")).weekdayFromMonday == 0)  // a Monday
        #expect(try #require(Day(iso: "2026-11-29")).weekdayFromMonday == 6)  // a Sunday
    }

    @Test func rangesRefuseReversalAndKnowTheirPreviousPeriod() throws {
        let first = try #require(Day(iso: "2026-11-01"))
        let last = try #require(Day(iso: "2026-11-07"))
        #expect(DayRange(first: last, last: first) == nil)
        let range = try #require(DayRange(first: first, last: last))
        #expect(range.dayCount == 7)
        #expect(range.previous.first.iso == "2026-10-25")
        #expect(range.previous.last.iso == "2026-10-31")
    }
}
