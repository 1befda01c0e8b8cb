/// Which of the three stages of the approach a stage is.
public enum StageKind: String, CaseIterable, Comparable, Sendable {
    /// Enforcement to remove the organised crime groups.
    case clear
    /// Holding the ground so no other group moves in.
    case hold
    /// Building a resilient community with partners.
    case build

    /// Orders stages as they run: clear, hold, build.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }

    /// The stage's position: 0, 1 or 2.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    /// The stage before this one, if any.
    public var previous: StageKind? { index > 0 ? Self.allCases[index - 1] : nil }

    /// The stage's name for people: "Clear", "Hold", "Build".
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

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

/// A condition a stage must meet before it may complete.
public struct ExitCriterion: Hashable, Sendable, Identifiable {
    /// The criterion's id.
    public var id: CriterionID
    /// Whether the criterion is met.
    public var met: Bool
    /// The day it was met; present exactly when `met` is true.
    public var metOn: CalendarDate?
    /// What must be true.
    public var statement: String
    /// What shows it is true.
    public var evidence: String?

    /// Creates a criterion.
    public init(
        id: CriterionID, met: Bool = false, metOn: CalendarDate? = nil, statement: String,
        evidence: String? = nil
    ) {
        self.id = id
        self.met = met
        self.metOn = metOn
        self.statement = statement
        self.evidence = evidence
    }
}
