import Foundation
import PlanCore
import TestSupport
import Testing

/// Working calendars, computed by hand: bank holidays from the England and Wales ICS in
/// `plans/`, a school's October half term, and a milestone on a closed day.
@Suite("Working calendars")
struct WorkCalendarTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// Monday to Friday, closed on the bank holidays of `plans/england-and-wales-bank-holidays-2025-2028.ics`.
    static func bankHolidays() throws -> WorkCalendar {
        let text = try String(contentsOf: Repository.url("plans/england-and-wales-bank-holidays-2025-2028.ics"), encoding: .utf8)
        let read = ICSClosures(text: text)
        #expect(read.problems.isEmpty)
        return WorkCalendar(id: "ew", name: "England and Wales", closures: read.closures)
    }

    @Test("The bank-holiday file holds 32 days, each one day long, none on a weekend")
    func icsFile() throws {
        let calendar = try Self.bankHolidays()
        #expect(calendar.closures.count == 32)
        #expect(calendar.closures.allSatisfy { $0.from == $0.to && WorkCalendar.weekdays.contains(Weekday(of: $0.from)) })
        #expect(calendar.closure(on: Self.day("2025-08-25"))?.name == "Summer bank holiday")
        #expect(calendar.closure(on: Self.day("2027-12-28"))?.name == "Boxing Day (substitute day)")
    }

    @Test("A 5-working-day task from Friday 22 August 2025 ends Friday 29 August: the weekend and the bank holiday on the 25th do not count")
    func fiveWorkingDaysOverBankHolidayWeekend() throws {
        let calendar = try Self.bankHolidays()
        #expect(Weekday(of: Self.day("2025-08-22")) == .fri)
        // Worked: Fri 22, Tue 26, Wed 27, Thu 28, Fri 29.
        #expect(calendar.lastDay(ofWorkDays: 5, from: Self.day("2025-08-22")) == Self.day("2025-08-29"))
        #expect(calendar.workingDays(from: Self.day("2025-08-22"), through: Self.day("2025-08-29")) == 5)
        // In calendar days the same task ends on Tuesday 26th, as chb has always counted.
        #expect(Self.day("2025-08-22").adding(days: 5 - 1) == Self.day("2025-08-26"))
        // A start on a closed day moves to the next working day.
        #expect(calendar.lastDay(ofWorkDays: 1, from: Self.day("2025-08-23")) == Self.day("2025-08-26"))
    }

    @Test("A finish-to-start link with a lag of 2 working days across the October half term starts the successor on Tuesday 4 November")
    func lagAcrossSchoolHoliday() {
        let school = WorkCalendar(id: "school", name: "Saltings Academy",
            closures: [WorkCalendar.Closure(from: Self.day("2025-10-27"), to: Self.day("2025-10-31"), name: "October half term")])
        // The predecessor ends Thursday 23 October; the lag is Friday 24 and Monday 3 November.
        #expect(school.day(afterWorkDays: 2, following: Self.day("2025-10-23")) == Self.day("2025-11-04"))
        #expect(school.day(afterWorkDays: 0, following: Self.day("2025-10-24")) == Self.day("2025-11-03"))
        // In calendar days the lag would end on the Saturday and the successor start on Sunday 26th.
        #expect(Self.day("2025-10-23").adding(days: 1 + 2) == Self.day("2025-10-26"))
    }

    @Test("A milestone on a non-working day moves to the next working day (Saturday 23 August 2025 → Tuesday 26 August)")
    func milestoneOnClosedDay() throws {
        let calendar = try Self.bankHolidays()
        #expect(calendar.lastDay(ofWorkDays: 0, from: Self.day("2025-08-23")) == Self.day("2025-08-26"))
        #expect(calendar.workingDay(onOrAfter: Self.day("2025-12-25")) == Self.day("2025-12-29"))
        #expect(WorkCalendar(id: "never", working: []).workingDay(onOrAfter: Self.day("2025-12-25")) == nil)
    }

    @Test("ICS: folded lines, escapes, ranges and timed events are read; repeating and broken events are listed, not guessed")
    func icsEdgeCases() {
        let text = [
            "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251027", "DTEND;VALUE=DATE:20251101",
            "SUMMARY:October half\\, term", " (Saltings)", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART:20251215T090000Z", "DTEND:20251215T150000Z", "SUMMARY:Inset day", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250101", "RRULE:FREQ=YEARLY", "SUMMARY:Every new year", "END:VEVENT",
            "BEGIN:VEVENT", "SUMMARY:No start", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250105", "DTEND;VALUE=DATE:20250101", "END:VEVENT",
            "END:VCALENDAR",
        ].joined(separator: "\r\n")
        let read = ICSClosures(text: text)
        #expect(read.closures == [
            WorkCalendar.Closure(from: Self.day("2025-10-27"), to: Self.day("2025-10-31"), name: "October half, term(Saltings)"),
            WorkCalendar.Closure(from: Self.day("2025-12-15"), name: "Inset day"),
        ])
        #expect(read.problems == [
            "line 13: 'Every new year' repeats (RRULE), which is not read: list each date",
            "line 18: 'No start' has no start date",
            "line 21: an event ends before it starts",
        ])
    }
}
