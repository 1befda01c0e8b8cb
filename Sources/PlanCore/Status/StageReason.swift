/// One reason a stage has its RAG status, as data: what happened and how much it counts.
///
/// ``PlanStatus`` works the reasons out once, with the facts each rests on (the date passed,
/// the days overdue, whether the task is on the critical path, the readings compared); a
/// report renders them in its own words and never re-derives them.
public struct StageReason: Hashable, Sendable {
    /// How much the reason weighs: ``RAG/red`` or ``RAG/amber``.
    public var level: RAG
    /// What the reason is, with its facts.
    public var kind: Kind

    /// Creates a reason.
    public init(level: RAG, kind: Kind) {
        self.level = level
        self.kind = kind
    }

    /// What a reason is about, with the facts it rests on.
    public enum Kind: Hashable, Sendable {
        /// An active stage's planned end (the date) is before the status date: red.
        case plannedEndPassed(CalendarDate)
        /// A stage not started has a planned start (the date) before the status date: amber.
        case plannedStartPassed(CalendarDate)
        /// An open task's last day is `days` days before the status date: red on the critical
        /// path, amber otherwise.
        case overdue(TaskID, days: Int, onCriticalPath: Bool)
        /// A task is blocked, for `days` days since `blockedSince` (`nil` when that is not
        /// recorded): red beyond ``StageStatus/blockedDaysBeforeRed`` days, amber otherwise.
        case blocked(TaskID, days: Int?)
        /// A measure of the stage whose latest reading is worse than its baseline for its
        /// direction (below it for `increase`, above it for `decrease`): amber.
        case measureWorseThanBaseline(MeasureID, latest: DecimalValue, baseline: DecimalValue, direction: Measure.Direction)
    }
}
