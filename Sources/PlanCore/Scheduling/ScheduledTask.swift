/// One task's place in a ``Schedule``: earliest and latest dates and slack, in calendar days.
public struct ScheduledTask: Hashable, Sendable, Identifiable {
    /// The task's id.
    public var id: TaskID
    /// The earliest first day its own dates and its predecessors allow.
    public var earlyStart: CalendarDate
    /// The earliest last day (inclusive).
    public var earlyFinish: CalendarDate
    /// The latest first day that does not delay the plan's finish or a successor.
    public var lateStart: CalendarDate
    /// The latest last day that does not delay the plan's finish or a successor.
    public var lateFinish: CalendarDate
    /// `lateStart − earlyStart` in days; never negative.
    public var slackDays: Int
    /// Whether the task has no slack, so any delay to it delays the plan.
    public var critical: Bool

    /// Creates a scheduled task.
    public init(
        id: TaskID, earlyStart: CalendarDate, earlyFinish: CalendarDate, lateStart: CalendarDate,
        lateFinish: CalendarDate, slackDays: Int, critical: Bool
    ) {
        self.id = id
        self.earlyStart = earlyStart
        self.earlyFinish = earlyFinish
        self.lateStart = lateStart
        self.lateFinish = lateFinish
        self.slackDays = slackDays
        self.critical = critical
    }
}
