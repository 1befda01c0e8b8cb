/// A day of the week.
public enum Weekday: String, CaseIterable, Hashable, Sendable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// The day of the week of a date.
    public init(of date: CalendarDate) {
        // 1970-01-01, day number 0, was a Thursday.
        let index = ((date.dayNumber + 3) % 7 + 7) % 7
        self = Self.allCases[index]
    }

    /// Monday first.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A working calendar: the weekdays partners work, and the dates they do not (bank holidays,
/// school holidays), each range with a name.
///
/// Working-day quantities (a task's `workDays`, a link's `lagWorkDays`) count only the days
/// ``isWorking(_:)`` says are working days; calendar-day quantities ignore calendars.
public struct WorkCalendar: Hashable, Sendable {
    /// A range of days that are not worked, first and last inclusive, with its name.
    public struct Closure: Hashable, Sendable {
        /// The first day not worked.
        public var from: CalendarDate
        /// The last day not worked (the same as ``from`` for one day).
        public var to: CalendarDate
        /// What it is: `Summer bank holiday`, `October half term`.
        public var name: String

        /// Creates a closure of one day or a range.
        public init(from: CalendarDate, to: CalendarDate? = nil, name: String) {
            self.from = from
            self.to = to ?? from
            self.name = name
        }
    }

    /// The calendar's id, unique in the plan.
    public var id: String
    /// Its name for people, if any.
    public var name: String?
    /// The weekdays worked (default Monday to Friday).
    public var working: Set<Weekday>
    /// The dates not worked, in the order given.
    public var closures: [Closure]

    /// The weekdays worked by default: Monday to Friday.
    public static let weekdays: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri]

    /// Creates a calendar.
    public init(id: String, name: String? = nil, working: Set<Weekday> = Self.weekdays, closures: [Closure] = []) {
        self.id = id
        self.name = name
        self.working = working
        self.closures = closures
    }

    /// The closure a date falls in, if any (the first given).
    public func closure(on date: CalendarDate) -> Closure? {
        closures.first { $0.from <= date && date <= $0.to }
    }

    /// Whether a date is worked: a working weekday in no closure.
    public func isWorking(_ date: CalendarDate) -> Bool {
        working.contains(Weekday(of: date)) && closure(on: date) == nil
    }

    /// The first working day on or after `date`; `nil` when the calendar has no working
    /// weekday, or none within ``searchLimit`` days (closures covering years on end).
    public func workingDay(onOrAfter date: CalendarDate) -> CalendarDate? {
        guard !working.isEmpty else { return nil }
        var day = date
        for _ in 0..<Self.searchLimit {
            if isWorking(day) { return day }
            guard let next = day.checkedAdding(days: 1) else { return nil }
            day = next
        }
        return nil
    }

    /// How far a search for a working day goes: 36,600 days (the format's bound on a length).
    public static let searchLimit = 36_600

    /// The last day of work that takes `workDays` working days, starting on `start` (or the
    /// first working day after it): the start's working day for 0 or 1 day (a milestone is on
    /// a working day: see ``workingDay(onOrAfter:)``), else the `workDays`th working day
    /// counting it as the first. `nil` when the calendar runs out of working days.
    public func lastDay(ofWorkDays workDays: Int, from start: CalendarDate) -> CalendarDate? {
        guard var day = workingDay(onOrAfter: start) else { return nil }
        var left = workDays - 1
        while left > 0 {
            guard let next = day.checkedAdding(days: 1), let working = workingDay(onOrAfter: next) else { return nil }
            day = working
            left -= 1
        }
        return day
    }

    /// The day `lag` working days after `day` (which need not be worked): after skipping
    /// `lag` working days following it, the next working day. A lag of 0 is the first working
    /// day after `day`. So a finish-to-start link with a lag of 2 working days from a task
    /// ending on a Thursday starts its successor on the Tuesday after (Friday and Monday are
    /// the lag), and across a closure the closure's days do not count.
    public func day(afterWorkDays lag: Int, following day: CalendarDate) -> CalendarDate? {
        guard var current = day.checkedAdding(days: 1).flatMap(workingDay(onOrAfter:)) else { return nil }
        var left = max(lag, 0)
        while left > 0 {
            guard let next = current.checkedAdding(days: 1).flatMap(workingDay(onOrAfter:)) else { return nil }
            current = next
            left -= 1
        }
        return current
    }

    /// How many working days lie from `first` to `last`, both included.
    public func workingDays(from first: CalendarDate, through last: CalendarDate) -> Int {
        guard first <= last else { return 0 }
        var count = 0
        var day = first
        while day <= last {
            if isWorking(day) { count += 1 }
            guard let next = day.checkedAdding(days: 1) else { break }
            day = next
        }
        return count
    }
}
