/// A piece of work in a stage, led by one agency and supported by others.
public struct PlanTask: Hashable, Sendable, Identifiable {
    /// The task's id.
    public var id: TaskID
    /// The agency accountable for the task.
    public var lead: AgencyID
    /// Where the task is in its workflow.
    public var status: Status
    /// The 4P strand the task serves.
    public var strand: Strand?
    /// How much the task matters.
    public var priority: Priority
    /// The task's own marking; `nil` means the plan's.
    public var classification: Classification?
    /// The task's first day.
    public var start: CalendarDate?
    /// The task's last day (inclusive).
    public var due: CalendarDate?
    /// The task's length in calendar days; 0 marks a milestone.
    public var durationDays: Int?
    /// Percentage complete, 0–100.
    public var progress: Int?
    /// The day the task was done; present exactly on done tasks.
    public var completedOn: CalendarDate?
    /// The day the task was blocked; present exactly on blocked tasks.
    public var blockedSince: CalendarDate?
    /// The task's title.
    public var title: String
    /// Optional detail.
    public var description: String?
    /// Agencies that support the lead (never the lead, no repeats).
    public var supports: [AgencyID]
    /// The role that owns the task.
    public var owner: String?
    /// Tasks this one depends on.
    public var dependencies: [Dependency]
    /// Why the task is blocked; present exactly on blocked tasks.
    public var blockedReason: String?
    /// Notes agencies have added, oldest first.
    public var notes: [Note]
    /// Foreign-namespace content kept verbatim.
    public var extensions: [ExtensionElement]

    /// Creates a task.
    public init(
        id: TaskID, lead: AgencyID, status: Status = .planned, strand: Strand? = nil,
        priority: Priority = .medium, classification: Classification? = nil,
        start: CalendarDate? = nil, due: CalendarDate? = nil, durationDays: Int? = nil,
        progress: Int? = nil, completedOn: CalendarDate? = nil, blockedSince: CalendarDate? = nil,
        title: String, description: String? = nil, supports: [AgencyID] = [],
        owner: String? = nil, dependencies: [Dependency] = [], blockedReason: String? = nil,
        notes: [Note] = [], extensions: [ExtensionElement] = []
    ) {
        self.id = id
        self.lead = lead
        self.status = status
        self.strand = strand
        self.priority = priority
        self.classification = classification
        self.start = start
        self.due = due
        self.durationDays = durationDays
        self.progress = progress
        self.completedOn = completedOn
        self.blockedSince = blockedSince
        self.title = title
        self.description = description
        self.supports = supports
        self.owner = owner
        self.dependencies = dependencies
        self.blockedReason = blockedReason
        self.notes = notes
        self.extensions = extensions
    }

    /// Where a task is in its workflow.
    public enum Status: String, CaseIterable, Sendable {
        /// Not yet started.
        case planned
        /// Under way.
        case inProgress
        /// Cannot go on until something changes.
        case blocked
        /// Finished.
        case done
        /// Will not be done.
        case cancelled

        /// Whether the task still has work to do: planned, in progress or blocked.
        public var isOpen: Bool { self == .planned || self == .inProgress || self == .blocked }
    }

    /// The strand of the 4P framework (Pursue, Prevent, Protect, Prepare) a task serves.
    public enum Strand: String, CaseIterable, Sendable {
        /// Prosecuting and disrupting the groups.
        case pursue
        /// Stopping people becoming involved.
        case prevent
        /// Protecting people and places from harm.
        case protect
        /// Reducing the impact where it happens.
        case prepare
    }

    /// How much a task matters.
    public enum Priority: String, CaseIterable, Sendable {
        /// Must happen for the stage to succeed.
        case high
        /// The default.
        case medium
        /// Useful but not essential.
        case low
    }
}
