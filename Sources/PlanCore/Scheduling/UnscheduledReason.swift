/// Why the schedule could not date a task, as data; reports put it in words.
public enum UnscheduledReason: Hashable, Sendable {
    /// The task has a start date but no due date or `durationDays` to give it a length.
    case noDueOrDuration
    /// The task has a due date but no start date or `durationDays` to give it a length.
    case noStartOrDuration
    /// The task has no start date, due date or `durationDays`.
    case noDates
    /// The task's due date is before its start.
    case dueBeforeStart
    /// The task has no start of its own and this predecessor could not be dated.
    case predecessorUnscheduled(TaskID)
    /// The task has no start or due date, no predecessor, and its stage has no planned start.
    case nothingToStartFrom(StageKind)
}
