extension Plan {
    /// Creates a new plan with three empty stages, one agency and a `created` event at revision 1.
    ///
    /// - Parameters:
    ///   - id: The plan's id.
    ///   - title: The operation's title.
    ///   - area: The area's name.
    ///   - lead: The lead agency, which also records the `created` event.
    ///   - officer: The lead responsible officer.
    ///   - classification: The document's marking.
    ///   - context: When the plan is created (its agency is replaced by the lead's id).
    public static func draft(
        id: PlanID, title: String, area: String, lead: Agency, officer: String,
        classification: Classification, context: ChangeContext
    ) -> Plan {
        var plan = Plan(
            id: id, revision: 0, classification: classification, title: title, area: Area(name: area),
            governance: Governance(leadAgency: lead.id, leadResponsibleOfficer: officer), agencies: [lead])
        var context = context
        context.agency = lead.id
        plan.record(.created, about: .plan(id), "plan created", by: context,
            changes: HistoryCodec.changes(of: .plan, from: nil, to: HistoryCodec.values(ofHeader: plan)))
        return plan
    }

    /// Adds a partner agency: the plan's lead agency's to draft.
    public mutating func addAgency(_ agency: Agency, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.agency(agency.id))
        try requireFullPlan()
        try requireNewID(agency.id.rawValue, for: "agency")
        try requireCoordinator(context)
        agencies.append(agency)
        record(.edited, about: .agency(agency.id), "agency '\(agency.id)' (\(agency.name)) added", by: context, since: snapshot)
    }

    /// Adds a task to a stage.
    ///
    /// The plan's lead agency adds any task; another agency only a task it leads itself (as
    /// it is the one who may change it). The task's own marking may not be above the plan's:
    /// raise the plan's marking first (``setClassification(_:by:)``), so that nothing the plan
    /// holds is under-marked by it.
    public mutating func addTask(_ task: PlanTask, to stage: StageKind, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.task(task.id))
        try requireFullPlan()
        try requireNewID(task.id.rawValue, for: "task")
        try requireAgency(context.agency, as: .acting)
        if context.agency != task.lead { try requireCoordinator(context) }
        try checkReferences(of: task)
        try requireMarkingWithinPlan(task.classification, of: .task(task.id))
        guard let p = stageIndex(stage) else { throw PlanChangeError(.unknownStage(stage)) }
        stages[p].tasks.append(task)
        record(.taskAdded, about: .task(task.id), "task '\(task.id)' added to \(stage.rawValue): \(task.title)", by: context, since: snapshot)
    }

    /// Changes a task's details (not its status: that is the workflow's).
    ///
    /// The history event names the fields that changed, with the old and new values of the
    /// dates and progress, e.g. "task 't-1' edited: due 2026-03-02 → 2026-03-09, owner".
    /// Only the task's lead agency or the plan's lead agency may edit it; a `completedOn` or
    /// `blockedSince` the edit sets may not lie after the day of the change; a new marking may
    /// not be above the plan's.
    ///
    /// In a partner view only the view's agency may edit, only the tasks it leads, and only
    /// the fields in ``viewEditableFields``; nothing is recorded (the merge records it).
    /// - Parameters:
    ///   - id: The task to change.
    ///   - context: Who acts and when.
    ///   - change: Edits the task; its id and status must stay as they were.
    /// - Returns: The names of the fields that changed.
    /// - Throws: ``PlanChangeError`` when the task is unknown, the agency may not change it,
    ///   nothing changed, the id or status changed, a date of fact lies in the future, the new
    ///   marking is above the plan's, or a reference is unknown; the plan is then unchanged.
    @discardableResult
    public mutating func editTask(
        _ id: TaskID, by context: ChangeContext, _ change: (inout PlanTask) -> Void
    ) throws(PlanChangeError) -> [String] {
        let snapshot = historySnapshot(.task(id))
        try requireAgency(context.agency, as: .acting)
        let position = try requireTask(id)
        var task = stages[position.stageIndex].tasks[position.taskIndex]
        try requireMayChangeTask(task, by: context.agency)
        let before = task
        change(&task)
        guard task.id == before.id, task.status == before.status else { throw PlanChangeError(.editChangesIdentity(id)) }
        let changed = task.fieldsChanged(from: before)
        guard !changed.isEmpty else { throw PlanChangeError(.nothingToChange(.task(id))) }
        if case .partner(let partner, _) = view {
            let fixed = changed.filter { !Self.viewEditableFields.contains($0) }
            if !fixed.isEmpty { throw PlanChangeError(.viewChangeRefused(.fieldsNotEditable(id, fields: fixed, view: partner))) }
        }
        if let completed = task.completedOn, completed != before.completedOn {
            try requireNotFuture(completed, .completedOn(id), by: context)
        }
        if let since = task.blockedSince, since != before.blockedSince {
            try requireNotFuture(since, .blockedSince(id), by: context)
        }
        if task.classification != before.classification { try requireMarkingWithinPlan(task.classification, of: .task(id)) }
        try checkReferences(of: task)
        stages[position.stageIndex].tasks[position.taskIndex] = task
        let described = changed.map { Self.describeEdit($0, from: before, to: task) }
        record(.taskUpdated, about: .task(id), "task '\(id)' edited: \(described.joined(separator: ", "))", by: context, since: snapshot)
        return changed
    }

    /// One changed field as the edit event names it: the values a partner may also change
    /// (progress and dates) as `name old → new`, so that a merge can tell from the history what
    /// a partner's view showed when it was cut; any other field by its name alone.
    private static func describeEdit(_ name: String, from before: PlanTask, to after: PlanTask) -> String {
        func values(_ old: String?, _ new: String?) -> String { "\(name) \(old ?? "none") → \(new ?? "none")" }
        switch name {
        case "start": return values(before.start?.description, after.start?.description)
        case "due": return values(before.due?.description, after.due?.description)
        case "duration": return values(before.durationDays.map(String.init), after.durationDays.map(String.init))
        case "progress": return values(before.progress.map(String.init), after.progress.map(String.init))
        default: return name
        }
    }

    /// The fields (as ``PlanTask/fieldsChanged(from:)`` names them) a partner view may edit on
    /// the tasks its agency leads; notes are added with ``addNote(_:to:by:)``, status moves
    /// through the workflow.
    public static let viewEditableFields: Set<String> = ["progress", "start", "due", "duration"]

    /// Adds an objective to a stage: the plan's lead agency's to draft.
    public mutating func addObjective(_ text: String, to stage: StageKind, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.stage(stage))
        try requireCoordinator(context)
        guard !text.isBlank else { throw PlanChangeError(.blankText(.objective)) }
        guard let p = stageIndex(stage) else { throw PlanChangeError(.unknownStage(stage)) }
        stages[p].objectives.append(text)
        record(.edited, about: .stage(stage), "objective added to \(stage.rawValue): \(text)", by: context, since: snapshot)
    }

    /// Adds an exit criterion to a stage: the plan's lead agency's to draft.
    public mutating func addCriterion(_ criterion: ExitCriterion, to stage: StageKind, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.criterion(criterion.id))
        try requireFullPlan()
        try requireNewID(criterion.id.rawValue, for: "criterion")
        try requireCoordinator(context)
        guard let p = stageIndex(stage) else { throw PlanChangeError(.unknownStage(stage)) }
        stages[p].exitCriteria.append(criterion)
        record(.edited, about: .criterion(criterion.id), "exit criterion '\(criterion.id)' added to \(stage.rawValue): \(criterion.statement)", by: context, since: snapshot)
    }

    /// Adds a measure (the plan's lead agency's to draft); its own marking may not be above
    /// the plan's.
    public mutating func addMeasure(_ measure: Measure, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.measure(measure.id))
        try requireFullPlan()
        try requireNewID(measure.id.rawValue, for: "measure")
        try requireCoordinator(context)
        try requireMarkingWithinPlan(measure.classification, of: .measure(measure.id))
        measures.append(measure)
        record(.edited, about: .measure(measure.id), "measure '\(measure.id)' added: \(measure.name)", by: context, since: snapshot)
    }

    /// Adds a risk (the plan's lead agency's to draft); its own marking may not be above the
    /// plan's.
    public mutating func addRisk(_ risk: Risk, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.risk(risk.id))
        try requireFullPlan()
        try requireNewID(risk.id.rawValue, for: "risk")
        try requireCoordinator(context)
        try requireAgency(risk.owner, as: .riskOwner)
        try requireMarkingWithinPlan(risk.classification, of: .risk(risk.id))
        risks.append(risk)
        record(.edited, about: .risk(risk.id), "risk '\(risk.id)' added (score \(risk.score)): \(risk.description)", by: context, since: snapshot)
    }

    private func checkReferences(of task: PlanTask) throws(PlanChangeError) {
        try requireAgency(task.lead, as: .lead)
        for support in task.supports { try requireAgency(support, as: .supporting) }
        for dependency in task.dependencies where dependency.task != task.id {
            _ = try requireTask(dependency.task)
        }
    }
}

extension PlanDiagnostic.Code {
    /// An edit that would change what edits may not change, or nothing at all.
    public static let invalidEdit = Self(rawValue: "invalid-edit")
}

extension PlanTask {
    /// The names of the fields that differ from another version of the task, in document order.
    public func fieldsChanged(from other: PlanTask) -> [String] {
        var names: [String] = []
        func note<T: Equatable>(_ name: String, _ key: KeyPath<PlanTask, T>) {
            if self[keyPath: key] != other[keyPath: key] { names.append(name) }
        }
        note("lead", \.lead)
        note("strand", \.strand)
        note("priority", \.priority)
        note("classification", \.classification)
        note("start", \.start)
        note("due", \.due)
        note("duration", \.durationDays)
        note("progress", \.progress)
        note("title", \.title)
        note("description", \.description)
        note("supports", \.supports)
        note("owner", \.owner)
        note("dependencies", \.dependencies)
        note("notes", \.notes)
        note("extensions", \.extensions)
        return names
    }
}
