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
    /// Appends one history event and increases the revision by one; in a partner view, only
    /// makes the event.
    ///
    /// Every change goes through here, so revision and history always move together. Not
    /// public: callers change a plan through its typed operations, each of which records
    /// exactly one event.
    ///
    /// A partner view has no history and keeps the `revision` it was exported with: a change
    /// to a view (only the task changes ``requireMayChangeTask(_:by:notesOnly:)`` lets through)
    /// is a change *without a history event*. The event is still made, so an operation returns
    /// the same ``WorkflowOutcome`` for a view as for a plan, but it is not kept: the merge of
    /// the returned view writes the history, once, in the full plan.
    /// - Parameters:
    ///   - kind: What sort of change.
    ///   - subject: What the change is about (``PlanSubject/plan(_:)`` for plan-wide changes).
    ///   - text: The reason or a summary.
    ///   - context: Who acted and when.
    ///   - changes: Every field the change made (see ``HistoryCodec``). Operations pass a
    ///     snapshot instead, through ``record(_:about:_:by:since:)``, which works them out.
    @discardableResult
    mutating func record(
        _ kind: HistoryEvent.Kind, about subject: PlanSubject, _ text: String, by context: ChangeContext,
        changes: [HistoryChange] = []
    ) -> HistoryEvent {
        let event = HistoryEvent(
            at: context.at, agency: context.agency, kind: kind, about: subject, actor: context.actor, text: text, changes: changes)
        guard view == .full else { return event }
        history.append(event)
        revision += 1
        return event
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

    /// Throws unless the agency may change the task here: in a full plan as
    /// ``requireMayChange(_:by:notesOnly:)`` says; in a partner view only the view's `for`
    /// agency, and only in the tasks it leads, or by notes added to the tasks it supports.
    /// The one check every task change that a view takes makes
    /// first; every other change to a view is refused by ``requireFullPlan()``.
    public func requireMayChangeTask(_ task: PlanTask, by agency: AgencyID, notesOnly: Bool = false) throws(PlanChangeError) {
        guard case .partner(let partner, _) = view else {
            return try requireMayChange(task, by: agency, notesOnly: notesOnly)
        }
        guard agency == partner else { throw PlanChangeError(.viewChangeRefused(.otherAgency(agency, view: partner))) }
        // A supporting agency may add notes to the tasks it supports, in its view as in the plan.
        guard task.lead == partner || (notesOnly && task.supports.contains(partner)) else {
            throw PlanChangeError(.viewChangeRefused(.taskNotLed(task.id, lead: task.lead, view: partner)))
        }
    }

    /// Throws unless the change is the coordinator's to make: the plan is a full plan (a view
    /// is exchanged, not drafted or run), the acting agency is one of the plan's, and it is the
    /// plan's lead agency. Drafting, re-planning and removing go through here, and so do the
    /// plan's own business: every stage move, marking an exit criterion met or not met, and
    /// recording a board decision. Not a gate: no override.
    /// - Parameters:
    ///   - context: Who acts and when.
    ///   - change: What is being changed, for the refusal's message.
    public func requireCoordinator(_ context: ChangeContext, for change: PlanChangeError.CoordinatorChange = .drafting) throws(PlanChangeError) {
        try requireFullPlan()
        try requireAgency(context.agency, as: .acting)
        let agency = context.agency
        guard agency == governance.leadAgency else {
            throw PlanChangeError(.notPlanLeadAgency(agency, planLead: governance.leadAgency, change: change))
        }
    }

    /// Throws when an item's own marking is above the plan's: every output of a plan (reports,
    /// views, calendars) is marked with the plan's marking, so nothing in it may be marked
    /// higher. Raise the plan's marking first.
    func requireMarkingWithinPlan(_ own: Classification?, of subject: PlanSubject) throws(PlanChangeError) {
        if let own, own > classification {
            throw PlanChangeError(.classificationAbovePlan(subject, own, plan: classification))
        }
    }

    /// Throws unless a date of fact lies on or before the day of the change.
    func requireNotFuture(_ date: CalendarDate, _ fact: PlanChangeError.FactDate, by context: ChangeContext) throws(PlanChangeError) {
        guard date <= context.today else { throw PlanChangeError(.factDateInFuture(fact, date, today: context.today)) }
    }
}
