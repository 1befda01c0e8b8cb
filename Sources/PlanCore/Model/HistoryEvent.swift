/// One recorded change to a plan. History is append-only.
public struct HistoryEvent: Hashable, Sendable {
    /// When the change was made, in UTC.
    public var at: Instant
    /// The agency that made it.
    public var agency: AgencyID
    /// What sort of change it was.
    public var kind: Kind
    /// The id the change is about, as the format records it: a task, criterion, measure,
    /// agency or risk id, a stage kind, or the plan's id for plan-wide events. Not checked:
    /// history outlives what it names. To ask what it is, use ``Plan/subject(of:)`` or
    /// ``isAbout(_:)`` rather than parsing it.
    public var subject: String
    /// The person or role who acted, if given.
    public var actor: String?
    /// The reason for the change or a summary of it: for people; no program reads meaning out
    /// of it.
    public var text: String
    /// Every field the event changed, in the order they were changed (empty: what the event
    /// changed is not known, as in events another tool or an older chb wrote). See
    /// ``HistoryCodec`` and ``Plan/asItStood(at:)``.
    public var changes: [HistoryChange]

    /// Creates an event.
    public init(
        at: Instant, agency: AgencyID, kind: Kind, subject: String, actor: String? = nil,
        text: String, changes: [HistoryChange] = []
    ) {
        self.at = at
        self.agency = agency
        self.kind = kind
        self.subject = subject
        self.actor = actor
        self.text = text
        self.changes = changes
    }

    /// What sort of change an event records.
    public enum Kind: String, CaseIterable, Sendable {
        /// The plan was created.
        case created
        /// A stage started.
        case stageStarted = "phaseStarted"
        /// A stage completed.
        case stageCompleted = "phaseCompleted"
        /// A completed stage was reopened.
        case stageReopened = "phaseReopened"
        /// A task was added.
        case taskAdded
        /// A task's details changed.
        case taskUpdated
        /// A task moved to another status.
        case taskStatusChanged
        /// An exit criterion was marked met.
        case criterionMet
        /// An exit criterion was marked not met.
        case criterionUnmet
        /// A measure got a new observation.
        case observationRecorded
        /// The board made a decision.
        case decision
        /// A gate was overridden.
        case override
        /// The plan was imported from another format.
        case imported
        /// A partner's update was merged.
        case merged
        /// A partner view was exported.
        case exported
        /// Anything else was edited (agencies, objectives, criteria, measures, risks).
        case edited
    }
}
