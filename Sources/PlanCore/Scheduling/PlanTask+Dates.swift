extension PlanTask {
    /// The number of days from the task's first day to its last: `due − start`, or
    /// `durationDays − 1` (0 for a one-day task or a milestone); `nil` when neither is known.
    public var spanDays: Int? {
        if let start, let due { return start.days(to: due) }
        // Clamped so that date arithmetic cannot overflow on a plan the validator would refuse.
        if let durationDays { return min(max(durationDays, 1), PlanValidator.maximumDays) - 1 }
        return nil
    }

    /// The task's own first day: `start`, or `due` less the span when only that is given;
    /// `nil` when that would fall before 0001-01-01 (the schedule lists such a task as
    /// unscheduled).
    public var firstDay: CalendarDate? {
        if let start { return start }
        if let due, let span = spanDays { return due.checkedAdding(days: -span) }
        return nil
    }

    /// The task's own last day (inclusive): `due`, or `start` plus the span when only that is
    /// given. This is the date a task is overdue after. `nil` when that would fall after
    /// 9999-12-31 (the schedule lists such a task as unscheduled).
    public var lastDay: CalendarDate? {
        if let due { return due }
        if let start, let span = spanDays { return start.checkedAdding(days: span) }
        return nil
    }
}

/// A task's first and last days as every report shows them (see ``PlanTask/reportedDays(in:)``).
public struct ReportedDays: Hashable, Sendable {
    /// The first day, when the task can be dated.
    public var first: CalendarDate?
    /// The last day (inclusive), when the task can be dated.
    public var last: CalendarDate?
    /// Whether the days come from the schedule rather than the task's own dates, so a report
    /// marks them as scheduled.
    public var scheduled: Bool

    /// Creates reported days.
    public init(first: CalendarDate?, last: CalendarDate?, scheduled: Bool) {
        self.first = first
        self.last = last
        self.scheduled = scheduled
    }
}

extension PlanTask {
    /// The task's days as every report shows them (the format's "Status" section): its own
    /// when it has a `due`; lacking one, its dates in `schedule` (the plan as drawn, from its
    /// `start` and `durationDays` or its dependencies), marked as scheduled when they are not
    /// its own; its own (possibly none) when the schedule could not date it.
    ///
    /// - Parameter schedule: The plan's schedule as drawn (no forecast date), or `nil`.
    public func reportedDays(in schedule: Schedule?) -> ReportedDays {
        if due == nil, let dated = schedule?[id] {
            let own = firstDay == dated.earlyStart && lastDay == dated.earlyFinish
            return ReportedDays(first: dated.earlyStart, last: dated.earlyFinish, scheduled: !own)
        }
        return ReportedDays(first: firstDay, last: lastDay, scheduled: false)
    }

    /// The day the task is overdue after: its `due`, or lacking one its scheduled finish in
    /// `schedule` (the plan as drawn), or its own last day when the schedule could not date it.
    public func dueDay(in schedule: Schedule?) -> CalendarDate? { reportedDays(in: schedule).last }
}
