/// One stage's RAG status on a date, with the reasons for it.
public struct StageStatus: Hashable, Sendable {
    /// Which stage.
    public var kind: StageKind
    /// Where the stage is in its workflow.
    public var state: Stage.Status
    /// The status on the date.
    public var rag: RAG
    /// Why the stage has its status, red reasons before amber ones, each with its facts
    /// (a task blocked 44 days, one overdue by 5 days on the critical path, the planned end
    /// passed, a measure worse than its baseline). Empty for green, complete and not started.
    public var reasons: [StageReason]
    /// The stage's open tasks whose last day is before the date, in document order.
    public var overdueTasks: [TaskID]
    /// The stage's blocked tasks, in document order.
    public var blockedTasks: [TaskID]

    /// Creates a stage status.
    public init(
        kind: StageKind, state: Stage.Status, rag: RAG, reasons: [StageReason], overdueTasks: [TaskID],
        blockedTasks: [TaskID]
    ) {
        self.kind = kind
        self.state = state
        self.rag = rag
        self.reasons = reasons
        self.overdueTasks = overdueTasks
        self.blockedTasks = blockedTasks
    }

    /// The number of days a blocked task may stay blocked before its stage turns red: a task
    /// blocked for more than this many days makes an active stage red.
    public static let blockedDaysBeforeRed = 14
}
