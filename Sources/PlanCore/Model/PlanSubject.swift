/// What a history event or a workflow gate is about, typed.
///
/// The plan format records a history event's subject as one id string (`subject="t-1"`,
/// `subject="hold"`); ``Plan/subject(of:)`` resolves that string against the plan, so code
/// asks "is this event about task t-1?" without parsing ids. An id the plan no longer holds
/// (history outlives what it names) resolves to ``other(_:)``.
public enum PlanSubject: Hashable, Sendable, CustomStringConvertible {
    /// The plan as a whole (plan-wide events such as board decisions), by its id.
    case plan(PlanID)
    /// A stage.
    case stage(StageKind)
    /// A task.
    case task(TaskID)
    /// An exit criterion.
    case criterion(CriterionID)
    /// A measure.
    case measure(MeasureID)
    /// An agency.
    case agency(AgencyID)
    /// A risk.
    case risk(RiskID)
    /// An id the plan does not (or no longer) hold.
    case other(String)

    /// The id as the plan format writes it.
    public var id: String {
        switch self {
        case .plan(let id): id.rawValue
        case .stage(let kind): kind.rawValue
        case .task(let id): id.rawValue
        case .criterion(let id): id.rawValue
        case .measure(let id): id.rawValue
        case .agency(let id): id.rawValue
        case .risk(let id): id.rawValue
        case .other(let id): id
        }
    }

    /// The id.
    public var description: String { id }

    /// The task, when the subject is one.
    public var task: TaskID? {
        if case .task(let id) = self { id } else { nil }
    }
}

extension HistoryEvent {
    /// What an event is about; see ``PlanSubject``.
    public typealias Subject = PlanSubject

    /// Creates an event about a typed subject (stored as its id).
    public init(
        at: Instant, agency: AgencyID, kind: Kind, about subject: Subject, actor: String? = nil, text: String,
        changes: [HistoryChange] = []
    ) {
        self.init(at: at, agency: agency, kind: kind, subject: subject.id, actor: actor, text: text, changes: changes)
    }

    /// Whether the event's recorded id is the subject's.
    public func isAbout(_ subject: Subject) -> Bool { self.subject == subject.id }
}

extension Plan {
    /// What a history event is about, resolved against this plan's ids.
    ///
    /// Ids are unique across a valid plan; in one that is not, the first match in the order
    /// plan, stage, task, criterion, measure, agency, risk wins. For many events use
    /// ``historySubjects()``, which resolves them all in one pass.
    public func subject(of event: HistoryEvent) -> PlanSubject {
        SubjectIndex(self).subject(event.subject)
    }

    /// The subjects of every history event, in history order: one pass over the plan and one
    /// look-up per event.
    public func historySubjects() -> [PlanSubject] {
        let index = SubjectIndex(self)
        return history.map { index.subject($0.subject) }
    }
}

/// Every id of a plan, by the string the format writes, for resolving history subjects.
struct SubjectIndex {
    private var subjects: [String: PlanSubject] = [:]

    init(_ plan: Plan) {
        func add(_ subject: PlanSubject) {
            if subjects[subject.id] == nil { subjects[subject.id] = subject }
        }
        add(.plan(plan.id))
        for stage in plan.stages { add(.stage(stage.kind)) }
        for stage in plan.stages { for task in stage.tasks { add(.task(task.id)) } }
        for stage in plan.stages { for criterion in stage.exitCriteria { add(.criterion(criterion.id)) } }
        for measure in plan.measures { add(.measure(measure.id)) }
        for agency in plan.agencies { add(.agency(agency.id)) }
        for risk in plan.risks { add(.risk(risk.id)) }
    }

    func subject(_ id: String) -> PlanSubject { subjects[id] ?? .other(id) }
}
