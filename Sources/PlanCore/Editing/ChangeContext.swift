/// Who is making a change and when: passed in, because PlanCore has no clock.
public struct ChangeContext: Hashable, Sendable {
    /// The agency acting.
    public var agency: AgencyID
    /// The person or role acting, if given.
    public var actor: String?
    /// The moment of the change, recorded in history.
    public var at: Instant
    /// The working date of the change (e.g. a task's completion day); defaults to `at`'s day.
    public var date: CalendarDate

    /// Creates a context.
    public init(agency: AgencyID, actor: String? = nil, at: Instant, date: CalendarDate? = nil) {
        self.agency = agency
        self.actor = actor
        self.at = at
        self.date = date ?? at.date
    }
}

extension ChangeContext {
    /// The day the change is made: the day of ``at``. No date of fact may lie after it.
    public var today: CalendarDate { at.date }
}

extension Plan {
    /// Appends one history event and increases the revision by one.
    ///
    /// Every change goes through here, so revision and history always move together. Not
    /// public: callers change a plan through its typed operations, each of which records
    /// exactly one event.
    /// - Parameters:
    ///   - kind: What sort of change.
    ///   - subject: What the change is about (``PlanSubject/plan(_:)`` for plan-wide changes).
    ///   - text: The reason or a summary.
    ///   - context: Who acted and when.
    mutating func record(_ kind: HistoryEvent.Kind, about subject: PlanSubject, _ text: String, by context: ChangeContext) {
        history.append(HistoryEvent(at: context.at, agency: context.agency, kind: kind, about: subject,
            actor: context.actor, text: text))
        revision += 1
    }

    /// The agency with this id, or an error listing the plan's agencies.
    @discardableResult
    public func requireAgency(_ id: AgencyID, as role: PlanChangeError.AgencyRole = .acting) throws(PlanChangeError) -> Agency {
        guard let agency = agency(id) else {
            throw PlanChangeError(.unknownAgency(id, role: role, known: agencies.map(\.id)))
        }
        return agency
    }

    /// Throws unless the plan is a full plan: partner views are exchanged, not run.
    public func requireFullPlan() throws(PlanChangeError) {
        if case .partner(let agency, _) = view { throw PlanChangeError(.viewNotEditable(agency)) }
    }

    /// The position of a task, or an error naming it.
    public func requireTask(_ id: TaskID) throws(PlanChangeError) -> TaskPosition {
        guard let position = position(of: id) else { throw PlanChangeError(.unknownTask(id)) }
        return position
    }

    /// Whether an id is already used by anything in the plan.
    public func isIDInUse(_ id: String) -> Bool {
        id == self.id.rawValue || agencies.contains { $0.id.rawValue == id }
            || stages.contains { p in p.tasks.contains { $0.id.rawValue == id } || p.exitCriteria.contains { $0.id.rawValue == id } }
            || measures.contains { $0.id.rawValue == id } || risks.contains { $0.id.rawValue == id }
    }

    /// Throws unless `id` is a valid, unused, unreserved name.
    public func requireNewID(_ id: String, for what: String) throws(PlanChangeError) {
        guard id.isPortableID else { throw PlanChangeError(.invalidID(id, of: what)) }
        guard StageKind(rawValue: id) == nil else { throw PlanChangeError(.reservedID(id, of: what)) }
        guard !isIDInUse(id) else { throw PlanChangeError(.duplicateID(id)) }
    }

    /// Throws unless the agency may change the task: its lead agency and the plan's lead
    /// agency may change it; a supporting agency may only add notes (`notesOnly`); any other
    /// agency is refused. Not a gate: no override.
    public func requireMayChange(_ task: PlanTask, by agency: AgencyID, notesOnly: Bool = false) throws(PlanChangeError) {
        let planLead = governance.leadAgency
        if agency == task.lead || agency == planLead { return }
        let supporting = task.supports.contains(agency)
        if supporting, notesOnly { return }
        throw PlanChangeError(.notLeadAgency(task.id, agency, taskLead: task.lead, planLead: planLead, supporting: supporting))
    }

    /// Throws unless the agency is the plan's lead agency (the coordinator).
    public func requirePlanLead(_ agency: AgencyID) throws(PlanChangeError) {
        guard agency == governance.leadAgency else {
            throw PlanChangeError(.notPlanLeadAgency(agency, planLead: governance.leadAgency))
        }
    }

    /// Throws unless a date of fact lies on or before the day of the change.
    func requireNotFuture(_ date: CalendarDate, _ fact: PlanChangeError.FactDate, by context: ChangeContext) throws(PlanChangeError) {
        guard date <= context.today else { throw PlanChangeError(.factDateInFuture(fact, date, today: context.today)) }
    }
}
