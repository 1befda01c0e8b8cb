public import PlanCore

extension StatusReport {
    /// One task as a report shows it, with what the date makes of it.
    public struct TaskLine: Hashable, Sendable, Identifiable {
        /// The task's id.
        public var id: TaskID
        /// The task's title.
        public var title: String
        /// The stage the task belongs to.
        public var stage: StageKind
        /// The RAG status of that stage.
        public var stageRAG: RAG
        /// The lead agency.
        public var lead: AgencyID
        /// The supporting agencies.
        public var supports: [AgencyID]
        /// The task's status.
        public var status: PlanTask.Status
        /// The task's priority.
        public var priority: PlanTask.Priority
        /// The role that owns the task.
        public var owner: String?
        /// The task's marking (its own, or the plan's).
        public var classification: Classification
        /// The task's first day (`start`, or worked out from `due` and `durationDays`), or,
        /// for a task without a `due`, its first day in the plan's schedule.
        public var firstDay: CalendarDate?
        /// The task's last day (`due`), or, lacking one, its last day in the plan's schedule
        /// (from `start` and `durationDays` or its dependencies): the day it is overdue after.
        public var lastDay: CalendarDate?
        /// Whether ``firstDay`` and ``lastDay`` come from the schedule rather than the task's
        /// own dates, so every format marks them as scheduled.
        public var datesScheduled: Bool
        /// Whether the task is a milestone (`durationDays` 0): an event on one day, not work.
        public var isMilestone: Bool
        /// Percentage complete as recorded, 0–100.
        public var progress: Int?
        /// The day the task was done.
        public var completedOn: CalendarDate?
        /// Days past its last day, when the task is open and overdue.
        public var daysOverdue: Int?
        /// The day the task was blocked.
        public var blockedSince: CalendarDate?
        /// Days since it was blocked, when the task is blocked.
        public var daysBlocked: Int?
        /// Why the task is blocked.
        public var blockedReason: String?
        /// Whether the task is on the critical path.
        public var critical: Bool
        /// The task's slack in the schedule, in days, when it could be scheduled.
        public var slackDays: Int?

        /// Creates a task line.
        package init(
            id: TaskID, title: String, stage: StageKind, stageRAG: RAG, lead: AgencyID, supports: [AgencyID] = [],
            status: PlanTask.Status, priority: PlanTask.Priority = .medium, owner: String? = nil,
            classification: Classification = .official, firstDay: CalendarDate? = nil, lastDay: CalendarDate? = nil,
            datesScheduled: Bool = false, isMilestone: Bool = false, progress: Int? = nil, completedOn: CalendarDate? = nil, daysOverdue: Int? = nil,
            blockedSince: CalendarDate? = nil, daysBlocked: Int? = nil, blockedReason: String? = nil,
            critical: Bool = false, slackDays: Int? = nil
        ) {
            self.id = id
            self.title = title
            self.stage = stage
            self.stageRAG = stageRAG
            self.lead = lead
            self.supports = supports
            self.status = status
            self.priority = priority
            self.owner = owner
            self.classification = classification
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.datesScheduled = datesScheduled
            self.isMilestone = isMilestone
            self.progress = progress
            self.completedOn = completedOn
            self.daysOverdue = daysOverdue
            self.blockedSince = blockedSince
            self.daysBlocked = daysBlocked
            self.blockedReason = blockedReason
            self.critical = critical
            self.slackDays = slackDays
        }

        /// Whether the task is open and past its last day.
        public var isOverdue: Bool { daysOverdue != nil }

        /// Whether the agency leads or supports the task.
        public func involves(_ agency: AgencyID) -> Bool { lead == agency || supports.contains(agency) }
    }

    /// A task the schedule could not date (the status report lists the open ones).
    public struct UnscheduledTask: Hashable, Sendable {
        /// The task's id.
        public var id: TaskID
        /// Why it could not be dated, a lower-case fragment.
        public var reason: String

        /// Creates an unscheduled task note.
        package init(id: TaskID, reason: String) {
            self.id = id
            self.reason = reason
        }
    }
}

extension PlanTask.Status {
    /// The status for people: "Planned", "In progress", "Blocked", "Done", "Cancelled".
    var title: String {
        switch self {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .blocked: "Blocked"
        case .done: "Done"
        case .cancelled: "Cancelled"
        }
    }
}

extension Stage.Status {
    /// The state for people: "Not started", "Active", "Complete".
    var title: String {
        switch self {
        case .notStarted: "Not started"
        case .active: "Active"
        case .complete: "Complete"
        }
    }
}
