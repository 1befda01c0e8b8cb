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
