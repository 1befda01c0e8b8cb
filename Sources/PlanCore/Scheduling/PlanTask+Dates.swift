extension PlanTask {
    /// The number of days from the task's first day to its last: `due − start`, or
    /// `durationDays − 1` (0 for a one-day task or a milestone); `nil` when neither is known.
    public var spanDays: Int? {
        if let start, let due { return start.days(to: due) }
        // Clamped so that date arithmetic cannot overflow on a plan the validator would refuse.
        if let durationDays { return min(max(durationDays, 1), PlanValidator.maximumDays) - 1 }
        return nil
    }

    /// The task's own first day: `start`, or `due` less the span when only that is given.
    public var firstDay: CalendarDate? {
        if let start { return start }
        if let due, let span = spanDays { return due.adding(days: -span) }
        return nil
    }

    /// The task's own last day (inclusive): `due`, or `start` plus the span when only that is
    /// given. This is the date a task is overdue after.
    public var lastDay: CalendarDate? {
        if let due { return due }
        if let start, let span = spanDays { return start.adding(days: span) }
        return nil
    }
}
