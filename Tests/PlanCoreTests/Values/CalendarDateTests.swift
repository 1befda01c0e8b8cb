import PlanCore
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("Parses exactly YYYY-MM-DD")
    func parses() throws {
        let date = try #require(CalendarDate("2025-06-02"))
        #expect(date.components == (2025, 6, 2))
        #expect(date.description == "2025-06-02")
        #expect(CalendarDate("1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate("1969-12-31")?.dayNumber == -1)
        #expect(CalendarDate("2000-03-01")?.dayNumber == 11_017)
        #expect(CalendarDate("0001-01-01")?.description == "0001-01-01")
        #expect(CalendarDate("9999-12-31")?.description == "9999-12-31")
        #expect(CalendarDate("2025-06-02"[...]) == date, "any StringProtocol")
    }

    @Test("Refuses anything but YYYY-MM-DD of a real day", arguments: [
        "", "2025-6-2", "2025-06-2", "25-06-02", "2025-06-02Z", "2025-06-02+01:00", "2025-06-02T00:00:00",
        " 2025-06-02", "2025-06-02 ", "+2025-06-02", "-025-06-02", "20250602", "2025/06/02", "2025.06.02",
        "2025-13-01", "2025-00-10", "2025-06-00", "2025-06-31", "2025-02-29", "0000-01-01", "2025-0a-02",
        "２０２５-06-02", "2025−06−02", "2025-06-+2", "2025-06--1", "10000-01-01",
    ])
    func refuses(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("Knows the Gregorian leap years", arguments: [
        (2000, true), (1900, false), (2024, true), (2023, false), (2100, false), (2400, true), (4, true), (1, false), (9996, true),
    ])
    func leapYears(year: Int, leap: Bool) {
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == leap)
        #expect(CalendarDate(year: year, month: 2, day: 28) != nil)
        #expect(CalendarDate(year: year, month: 2, day: 30) == nil)
        let march1 = CalendarDate(year: year, month: 3, day: 1)!
        #expect(march1.adding(days: -1).components == (year, 2, leap ? 29 : 28))
    }

    @Test("Knows the length of every month")
    func monthLengths() {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for (index, length) in lengths.enumerated() {
            #expect(CalendarDate(year: 2025, month: index + 1, day: length) != nil)
            #expect(CalendarDate(year: 2025, month: index + 1, day: length + 1) == nil)
        }
        #expect(CalendarDate(year: 2025, month: 0, day: 1) == nil && CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil && CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 1, day: 0) == nil)
    }

    @Test("Components, day numbers and text agree on every day from 1600 to 2400")
    func componentsRoundTrip() throws {
        var previous = try #require(CalendarDate(year: 1600, month: 1, day: 1))
        #expect(previous.components == (1600, 1, 1))
        let last = try #require(CalendarDate(year: 2400, month: 12, day: 31)).dayNumber
        for dayNumber in (previous.dayNumber + 1)...last {
            let date = CalendarDate(dayNumber: dayNumber)
            let (y, m, d) = date.components
            #expect(CalendarDate(year: y, month: m, day: d) == date)
            // The next day follows the previous one: same month, next month or next year.
            let (py, pm, pd) = previous.components
            let follows = (y == py && m == pm && d == pd + 1) || (y == py && m == pm + 1 && d == 1) || (y == py + 1 && m == 1 && d == 1 && pm == 12)
            if !follows { Issue.record("\(date) does not follow \(previous)") }
            previous = date
        }
    }

    @Test("Text round-trips across the whole range, sampled")
    func textRoundTrip() throws {
        let first = try #require(CalendarDate(year: 1, month: 1, day: 1)).dayNumber
        let last = try #require(CalendarDate(year: 9999, month: 12, day: 31)).dayNumber
        for dayNumber in stride(from: first, through: last, by: 97) + [last] {
            let date = CalendarDate(dayNumber: dayNumber)
            #expect(CalendarDate(date.description) == date, "\(date)")
            #expect(date.description.utf8.count == 10)
        }
    }

    @Test("Adds days and counts the days between dates")
    func arithmetic() throws {
        let date = try #require(CalendarDate("2024-02-28"))
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(date.adding(days: 366).description == "2025-02-28")
        #expect(date.adding(days: -59).description == "2023-12-31")
        #expect(date.adding(days: 0) == date)
        #expect(date.days(to: try #require(CalendarDate("2024-03-01"))) == 2)
        #expect(try #require(CalendarDate("2025-01-01")).days(to: date) == -308)
        #expect(try #require(CalendarDate("1969-12-31")).adding(days: 1).dayNumber == 0)
        for offset in [-1000, -1, 0, 1, 365, 100_000] {
            #expect(date.days(to: date.adding(days: offset)) == offset)
        }
    }

    @Test("Orders chronologically")
    func ordering() throws {
        let dates = ["2025-06-02", "1999-12-31", "2025-06-01", "0001-01-01", "2025-12-31", "9999-12-31"].compactMap { CalendarDate($0) }
        #expect(dates.sorted().map(\.description) == ["0001-01-01", "1999-12-31", "2025-06-01", "2025-06-02", "2025-12-31", "9999-12-31"])
        #expect(try #require(CalendarDate("2025-06-02")) > #require(CalendarDate("2025-06-01")))
        #expect(!(try #require(CalendarDate("2025-06-02")) < #require(CalendarDate("2025-06-02"))))
    }
}

@Suite("Instant")
struct InstantTests {
    @Test("Parses and formats YYYY-MM-DDThh:mm:ssZ")
    func parses() throws {
        let instant = try #require(Instant("2025-06-02T09:30:00Z"))
        #expect(instant.secondsSinceEpoch == 1_748_856_600)
        #expect(instant.description == "2025-06-02T09:30:00Z")
        #expect(instant.date.description == "2025-06-02")
        #expect(Instant("1970-01-01T00:00:00Z")?.secondsSinceEpoch == 0)
        #expect(Instant("1969-12-31T23:59:59Z")?.secondsSinceEpoch == -1)
        #expect(Instant("1969-12-31T23:59:59Z")?.date.description == "1969-12-31")
        #expect(Instant("1969-12-31T00:00:00Z")?.date.description == "1969-12-31")
        #expect(Instant("0001-01-01T00:00:00Z")?.description == "0001-01-01T00:00:00Z")
        #expect(Instant("9999-12-31T23:59:59Z")?.description == "9999-12-31T23:59:59Z")
    }

    @Test("Refuses fractions, offsets and anything else", arguments: [
        "", "2025-06-02T09:30:00.5Z", "2025-06-02T09:30:00.000Z", "2025-06-02T09:30:00+01:00", "2025-06-02T09:30:00+00:00",
        "2025-06-02T09:30:00", "2025-06-02t09:30:00Z", "2025-06-02T09:30:00z", "2025-06-02 09:30:00Z", "2025-06-02T9:30:00Z",
        "2025-06-02T24:00:00Z", "2025-06-02T23:60:00Z", "2025-06-02T23:59:60Z", "2025-02-30T00:00:00Z", "2025-06-02",
        " 2025-06-02T09:30:00Z", "2025-06-02T09:30:00Z ", "2025-06-02T09-30-00Z", "2025-06-02T-1:30:00Z",
    ])
    func refuses(_ text: String) {
        #expect(Instant(text) == nil)
    }

    @Test("Text round-trips across the range, sampled, before and after 1970")
    func roundTrip() {
        let first = CalendarDate(year: 1, month: 1, day: 1)!.dayNumber * 86_400
        let last = CalendarDate(year: 9999, month: 12, day: 31)!.dayNumber * 86_400 + 86_399
        for seconds in stride(from: first, through: last, by: 86_400 * 37 + 3_607) + [first, last, -1, 0, 1, 86_399, 86_400, -86_400, -86_401] {
            let instant = Instant(secondsSinceEpoch: seconds)
            #expect(Instant(instant.description) == instant, "\(seconds) → \(instant)")
        }
    }

    @Test("Builds from a date and a time of day, refusing impossible times")
    func fromParts() throws {
        let date = try #require(CalendarDate("2025-06-02"))
        #expect(Instant(date: date, hour: 9, minute: 30, second: 0) == Instant("2025-06-02T09:30:00Z"))
        #expect(Instant(date: date, hour: 24, minute: 0, second: 0) == nil)
        #expect(Instant(date: date, hour: -1, minute: 0, second: 0) == nil)
        #expect(Instant(date: date, hour: 0, minute: 60, second: 0) == nil)
        #expect(Instant(date: date, hour: 0, minute: 0, second: 60) == nil)
        #expect(try #require(Instant("2025-06-02T00:00:00Z")) < #require(Instant("2025-06-02T00:00:01Z")))
    }
}
