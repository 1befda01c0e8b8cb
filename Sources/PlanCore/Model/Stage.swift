/// One stage of a plan with its objectives, exit criteria and tasks.
public struct Stage: Hashable, Sendable {
    /// Which stage this is.
    public var kind: StageKind
    /// Where the stage is in its workflow.
    public var status: Status
    /// The first day the stage is planned to run.
    public var plannedStart: CalendarDate?
    /// The last day the stage is planned to run.
    public var plannedEnd: CalendarDate?
    /// When the board next reviews the stage.
    public var nextReview: CalendarDate?
    /// The day the stage was started (set by the workflow).
    public var started: CalendarDate?
    /// The day the stage was completed (set by the workflow).
    public var completed: CalendarDate?
    /// What the stage sets out to achieve.
    public var objectives: [String]
    /// What must be true before the stage may complete.
    public var exitCriteria: [ExitCriterion]
    /// The work of the stage.
    public var tasks: [PlanTask]

    /// Creates a stage.
    public init(
        kind: StageKind, status: Status = .notStarted, plannedStart: CalendarDate? = nil,
        plannedEnd: CalendarDate? = nil, nextReview: CalendarDate? = nil,
        started: CalendarDate? = nil, completed: CalendarDate? = nil, objectives: [String] = [],
        exitCriteria: [ExitCriterion] = [], tasks: [PlanTask] = []
    ) {
        self.kind = kind
        self.status = status
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.nextReview = nextReview
        self.started = started
        self.completed = completed
        self.objectives = objectives
        self.exitCriteria = exitCriteria
        self.tasks = tasks
    }

    /// Where a stage is in its workflow.
    public enum Status: String, CaseIterable, Sendable {
        /// Not yet started.
        case notStarted
        /// Under way.
        case active
        /// Every exit criterion met and no task open.
        case complete
    }
}
