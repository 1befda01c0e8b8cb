/// A day in the proleptic Gregorian calendar, with no time or time zone: `2025-06-02`.
///
/// Plans reason in whole calendar days, so a date is stored as a day number and arithmetic
/// is integer arithmetic. Dates read from text are always in the years 0001–9999
/// (``earliest`` to ``latest``); arithmetic never traps, and ``checkedAdding(days:)``
/// says when a result would leave those years, so that no date chb computes or writes does.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first day a date can be written as `YYYY-MM-DD`: 0001-01-01.
    public static let earliest = CalendarDate(dayNumber: -719_162)
    /// The last day a date can be written as `YYYY-MM-DD`: 9999-12-31.
    public static let latest = CalendarDate(dayNumber: 2_932_896)
    /// The day numbers of the calendar's years 0001–9999.
    public static let dayNumbers: ClosedRange<Int> = earliest.dayNumber...latest.dayNumber

    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// Creates the date with the given day number (days since 1970-01-01).
    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Creates a date from its parts, or returns `nil` when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        dayNumber = era * 146097 + doe - 719468
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (time zones, times, short forms) is `nil`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Self.number(bytes[0..<4]), let m = Self.number(bytes[5..<7]),
            let d = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days, with the era split off first so that no day
        // number, however far outside the calendar, overflows.
        let shift = 719468
        let (q, r) = dayNumber.quotientAndRemainder(dividingBy: 146097)
        let (era0, doe0) = r < 0 ? (q - 1, r + 146097) : (q, r)
        let era = era0 + (doe0 + shift) / 146097
        let doe = (doe0 + shift) % 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
    }

    /// Whether the date is in the years 0001–9999, the only ones it can be written in.
    public var isInCalendar: Bool { Self.dayNumbers.contains(dayNumber) }

    /// The date `days` days later (earlier when negative).
    ///
    /// Never traps: a day number beyond what an `Int` holds stops at its end. The result may
    /// lie outside the years 0001–9999; use ``checkedAdding(days:)`` where it must not.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return CalendarDate(dayNumber: overflow ? (days > 0 ? .max : .min) : sum)
    }

    /// The date `days` days later (earlier when negative), or `nil` when it would fall
    /// outside the years 0001–9999.
    public func checkedAdding(days: Int) -> CalendarDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, Self.dayNumbers.contains(sum) else { return nil }
        return CalendarDate(dayNumber: sum)
    }

    /// Whole days from `self` to `other` (positive when `other` is later); never traps, a
    /// difference beyond what an `Int` holds stops at its end.
    public func days(to other: CalendarDate) -> Int {
        let (difference, overflow) = other.dayNumber.subtractingReportingOverflow(dayNumber)
        return overflow ? (other.dayNumber > dayNumber ? .max : .min) : difference
    }

    /// Orders dates chronologically.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
