public import PlanCore

extension StatusReport {
    /// One stage of a report: its state, RAG and why, dates, objectives, criteria and tasks.
    public struct StageSection: Hashable, Sendable {
        /// Which stage.
        public var kind: StageKind
        /// Where the stage is in its workflow.
        public var state: Stage.Status
        /// The stage's status on the date (for the whole stage, whatever the scope).
        public var rag: RAG
        /// Why the stage has its status, red reasons first; empty for green, complete and not started.
        public var reasons: [Reason]
        /// The first day the stage is planned to run.
        public var plannedStart: CalendarDate?
        /// The last day the stage is planned to run.
        public var plannedEnd: CalendarDate?
        /// The day the stage started.
        public var started: CalendarDate?
        /// The day the stage completed.
        public var completed: CalendarDate?
        /// When the board next reviews the stage.
        public var nextReview: CalendarDate?
        /// When the stage's open work is forecast to finish, if the stage is not complete: the
        /// latest forecast finish of its open tasks, scheduled from the date with work in
        /// progress finishing no earlier than the date (see ``Schedule``).
        public var forecastEnd: CalendarDate?
        /// The chain of tasks that drives ``forecastEnd``, first to last: the open task that
        /// finishes last and, before it, each predecessor whose date binds its start.
        public var forecastChain: [TaskID] = []
        /// The titles of ``forecastChain``'s tasks, in the same order (a task out of the
        /// report's scope is still named in words).
        public var forecastChainTitles: [String] = []
        /// What the stage sets out to achieve.
        public var objectives: [String]
        /// The exit criteria, in document order.
        public var criteria: [Criterion]
        /// The stage's tasks in scope, counted by status.
        public var counts: TaskCounts

        /// Creates a stage section.
        package init(
            kind: StageKind, state: Stage.Status, rag: RAG, reasons: [Reason], plannedStart: CalendarDate? = nil,
            plannedEnd: CalendarDate? = nil, started: CalendarDate? = nil, completed: CalendarDate? = nil,
            nextReview: CalendarDate? = nil, forecastEnd: CalendarDate? = nil, objectives: [String] = [],
            criteria: [Criterion] = [], counts: TaskCounts = TaskCounts()
        ) {
            self.kind = kind
            self.state = state
            self.rag = rag
            self.reasons = reasons
            self.plannedStart = plannedStart
            self.plannedEnd = plannedEnd
            self.started = started
            self.completed = completed
            self.nextReview = nextReview
            self.forecastEnd = forecastEnd
            self.objectives = objectives
            self.criteria = criteria
            self.counts = counts
        }

        /// How many exit criteria are met.
        public var criteriaMet: Int { criteria.count(where: \.met) }

        /// Days from the planned start to the actual start (positive when late), once started.
        public var startSlipDays: Int? {
            guard let plannedStart, let started else { return nil }
            return plannedStart.days(to: started)
        }

        /// Days from the planned end to the completion, or to the forecast end while open
        /// (positive when late).
        public var endSlipDays: Int? {
            guard let plannedEnd, let end = completed ?? forecastEnd else { return nil }
            return plannedEnd.days(to: end)
        }
    }

    /// One reason for a stage's status, with the level it counts at.
    public struct Reason: Hashable, Sendable {
        /// `.red` or `.amber`: what this reason alone makes the stage.
        public var level: RAG
        /// The reason in words, dates as `YYYY-MM-DD`, e.g. `Install six CCTV cameras blocked
        /// for 42 days`; the id it is about is ``subject``, not in the text.
        public var text: String
        /// The task or measure id the reason is about, if any.
        public var subject: String?
        /// The reason as data, when it came from ``PlanStatus`` (renderers word it in their
        /// own date style).
        public var kind: StageReason.Kind?
        /// The task title or measure name the reason is about, if any.
        public var subjectTitle: String?

        /// Creates a reason.
        package init(level: RAG, text: String, subject: String? = nil, kind: StageReason.Kind? = nil, subjectTitle: String? = nil) {
            self.level = level
            self.text = text
            self.subject = subject
            self.kind = kind
            self.subjectTitle = subjectTitle
        }

        /// The reason with its level for people: `Red: Install six CCTV cameras blocked for 42 days`.
        public var labelled: String { "\(level.title): \(text)" }
    }

    /// An exit criterion as a report shows it.
    public struct Criterion: Hashable, Sendable {
        /// The criterion's id.
        public var id: CriterionID
        /// What must be true.
        public var statement: String
        /// Whether it is met.
        public var met: Bool
        /// The day it was met.
        public var metOn: CalendarDate?
        /// What shows it is true.
        public var evidence: String?

        /// Creates a criterion line.
        package init(id: CriterionID, statement: String, met: Bool, metOn: CalendarDate? = nil, evidence: String? = nil) {
            self.id = id
            self.statement = statement
            self.met = met
            self.metOn = metOn
            self.evidence = evidence
        }
    }

    /// Tasks counted by status.
    public struct TaskCounts: Hashable, Sendable {
        /// Tasks not yet started.
        public var planned: Int
        /// Tasks under way.
        public var inProgress: Int
        /// Tasks that cannot go on.
        public var blocked: Int
        /// Finished tasks.
        public var done: Int
        /// Tasks that will not be done.
        public var cancelled: Int

        /// Creates counts.
        package init(planned: Int = 0, inProgress: Int = 0, blocked: Int = 0, done: Int = 0, cancelled: Int = 0) {
            self.planned = planned
            self.inProgress = inProgress
            self.blocked = blocked
            self.done = done
            self.cancelled = cancelled
        }

        /// Counts the tasks by status.
        package init(_ tasks: some Sequence<PlanTask.Status>) {
            self.init()
            for status in tasks { self[status] += 1 }
        }

        /// The count for one status.
        public subscript(status: PlanTask.Status) -> Int {
            get {
                switch status {
                case .planned: planned
                case .inProgress: inProgress
                case .blocked: blocked
                case .done: done
                case .cancelled: cancelled
                }
            }
            set {
                switch status {
                case .planned: planned = newValue
                case .inProgress: inProgress = newValue
                case .blocked: blocked = newValue
                case .done: done = newValue
                case .cancelled: cancelled = newValue
                }
            }
        }

        /// Every task counted.
        public var total: Int { planned + inProgress + blocked + done + cancelled }

        /// Tasks still to do: planned, in progress or blocked.
        public var open: Int { planned + inProgress + blocked }

        /// Done ÷ not cancelled as a whole percentage, rounded down (so 100 means every task
        /// that will happen is done); `nil` when every task is cancelled or there is none.
        public var percentComplete: Int? {
            let counted = total - cancelled
            return counted > 0 ? done * 100 / counted : nil
        }
    }
}
