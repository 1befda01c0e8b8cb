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

/// Why a plan could not be scheduled: its dependencies form a cycle.
public struct ScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Always ``PlanDiagnostic/Code/dependencyCycle``.
    public var code: PlanDiagnostic.Code
    /// The tasks of the cycle in dependency order, the first repeated at the end.
    public var cycle: [TaskID]

    /// Creates an error for a cycle.
    public init(cycle: [TaskID]) {
        self.code = .dependencyCycle
        self.cycle = cycle
    }

    /// `dependencies form a cycle: a → b → a`.
    public var description: String {
        "dependencies form a cycle: \(cycle.map(\.rawValue).joined(separator: " → "))"
    }
}
