/// Editing and removing what drafting added: agencies, objectives, exit criteria, measures and
/// risks. Each change records one `edited` event naming what changed (old → new for short
/// values) or what was removed, and increases the revision by one. Removing is never silent:
/// the event and the returned summary name everything that goes with the item.
extension Plan {
    // MARK: Agencies

    /// Changes an agency's name, kind, clearance or contact (not its id).
    ///
    /// Lowering an agency's clearance is allowed (it only narrows what its future views hold);
    /// views already exported are not recalled, and the history says when the change was made.
    /// - Returns: The changes, e.g. `clearance OFFICIAL-SENSITIVE → OFFICIAL`.
    @discardableResult
    public mutating func editAgency(
        _ id: AgencyID, by context: ChangeContext, _ change: (inout Agency) -> Void
    ) throws(PlanChangeError) -> [String] {
        let snapshot = historySnapshot(.agency(id))
        try requireCoordinator(context)
        try requireAgency(id, as: .changed)
        guard let a = agencies.firstIndex(where: { $0.id == id }) else { return [] }
        var agency = agencies[a]
        let before = agency
        change(&agency)
        guard agency.id == before.id else { throw PlanChangeError(.editChangesFixedField(.agency(id), field: "id")) }
        var changed: [String] = []
        Self.note("name", before.name, agency.name, into: &changed)
        Self.note("kind", before.kind.rawValue, agency.kind.rawValue, into: &changed)
        Self.note("clearance", before.clearance.rawValue, agency.clearance.rawValue, into: &changed)
        Self.note("contact", before.contact, agency.contact, into: &changed)
        if agency.extensions != before.extensions { changed.append("extensions") }
        guard !changed.isEmpty else { throw PlanChangeError(.nothingToChange(.agency(id))) }
        if agency.name.isBlank { throw PlanChangeError(.blankText(.field("name of agency '\(id)'"))) }
        agencies[a] = agency
        record(.edited, about: .agency(id), "agency '\(id)' edited: \(changed.joined(separator: ", "))", by: context, since: snapshot)
        return changed
    }

    /// Everything in the plan that names an agency, as `what` phrases: "lead of task 't-1'",
    /// "owner of risk 'r-2'", "the plan's lead agency", "3 history events"… An agency that has
    /// recorded history stays in the plan for good: the history names who acted.
    public func references(to agency: AgencyID) -> [String] {
        var found: [String] = []
        if governance.leadAgency == agency { found.append("the plan's lead agency") }
        for task in allTasks {
            if task.lead == agency { found.append("lead of task '\(task.id)'") }
            if task.supports.contains(agency) { found.append("support of task '\(task.id)'") }
            if task.notes.contains(where: { $0.agency == agency }) { found.append("notes on task '\(task.id)'") }
        }
        for measure in measures where measure.observations.contains(where: { $0.source == agency }) {
            found.append("observations of measure '\(measure.id)'")
        }
        for risk in risks where risk.owner == agency { found.append("owner of risk '\(risk.id)'") }
        if case .partner(let viewer, _) = view, viewer == agency { found.append("the view's agency") }
        let events = history.count { $0.agency == agency }
        if events > 0 { found.append("\(counted(events, "history event", "history events")) it recorded") }
        return found
    }

    /// Removes an agency the plan no longer names anywhere.
    ///
    /// - Throws: ``PlanChangeError`` listing every reference while the agency is still named
    ///   (as a lead, support, note author, observation source, risk owner, the plan's lead, or
    ///   the author of history events: an agency that has acted stays on record).
    /// - Returns: What was removed, for the person removing it.
    @discardableResult
    public mutating func removeAgency(_ id: AgencyID, by context: ChangeContext) throws(PlanChangeError) -> String {
        let snapshot = historySnapshot(.agency(id))
        try requireCoordinator(context)
        let agency = try requireAgency(id, as: .changed)
        let references = references(to: id)
        guard references.isEmpty else {
            throw PlanChangeError(.stillReferenced(.agency(id), by: references, recordedHistory: history.contains { $0.agency == id }))
        }
        agencies.removeAll { $0.id == id }
        let summary = "agency '\(id)' (\(agency.name)) removed"
        record(.edited, about: .agency(id), summary, by: context, since: snapshot)
        return summary
    }

    // MARK: Objectives

    /// Replaces the text of a stage's objective (numbered from 1 in document order).
    public mutating func editObjective(
        _ number: Int, of stage: StageKind, to text: String, by context: ChangeContext
    ) throws(PlanChangeError) {
        let snapshot = historySnapshot(.stage(stage))
        try requireCoordinator(context)
        let (p, o) = try requireObjective(number, of: stage)
        guard !text.isBlank else { throw PlanChangeError(.blankText(.objective)) }
        let old = stages[p].objectives[o]
        guard old != text else { throw PlanChangeError(.nothingToChange(.stage(stage))) }
        stages[p].objectives[o] = text
        record(.edited, about: .stage(stage), "objective \(number) of \(stage.rawValue) edited: '\(old)' → '\(text)'", by: context, since: snapshot)
    }

    /// Removes a stage's objective (numbered from 1); later objectives move up by one.
    @discardableResult
    public mutating func removeObjective(_ number: Int, of stage: StageKind, by context: ChangeContext) throws(PlanChangeError) -> String {
        let snapshot = historySnapshot(.stage(stage))
        try requireCoordinator(context)
        let (p, o) = try requireObjective(number, of: stage)
        let old = stages[p].objectives.remove(at: o)
        let summary = "objective \(number) of \(stage.rawValue) removed: '\(old)'"
        record(.edited, about: .stage(stage), summary, by: context, since: snapshot)
        return summary
    }

    private func requireObjective(_ number: Int, of stage: StageKind) throws(PlanChangeError) -> (Int, Int) {
        guard let p = stages.firstIndex(where: { $0.kind == stage }) else {
            throw PlanChangeError(.unknownStage(stage))
        }
        let count = stages[p].objectives.count
        guard (1...max(count, 1)).contains(number), count > 0 else {
            throw PlanChangeError(.unknownObjective(stage, number: number, count: count))
        }
        return (p, number - 1)
    }

    // MARK: Exit criteria

    /// Changes an exit criterion's statement or evidence (its met state is the workflow's:
    /// `markCriterionMet` and `markCriterionUnmet`).
    @discardableResult
    public mutating func editCriterion(
        _ id: CriterionID, by context: ChangeContext, _ change: (inout ExitCriterion) -> Void
    ) throws(PlanChangeError) -> [String] {
        let snapshot = historySnapshot(.criterion(id))
        try requireCoordinator(context)
        let (p, c) = try requireCriterion(id)
        var criterion = stages[p].exitCriteria[c]
        let before = criterion
        change(&criterion)
        guard criterion.id == before.id, criterion.met == before.met, criterion.metOn == before.metOn else {
            throw PlanChangeError(.editChangesFixedField(.criterion(id), field: "id or whether it is met"))
        }
        var changed: [String] = []
        if criterion.statement != before.statement { changed.append("statement") }
        if criterion.evidence != before.evidence { changed.append("evidence") }
        guard !changed.isEmpty else { throw PlanChangeError(.nothingToChange(.criterion(id))) }
        if criterion.statement.isBlank { throw PlanChangeError(.blankText(.field("statement of criterion '\(id)'"))) }
        if let evidence = criterion.evidence, evidence.isBlank {
            throw PlanChangeError(.blankText(.evidence(id)))
        }
        stages[p].exitCriteria[c] = criterion
        record(.edited, about: .criterion(id), "exit criterion '\(id)' edited: \(changed.joined(separator: ", "))", by: context, since: snapshot)
        return changed
    }

    /// Removes an exit criterion. Refused while its stage is complete: what a completed stage
    /// was judged against stays on record (reopen the stage to change it).
    @discardableResult
    public mutating func removeCriterion(_ id: CriterionID, by context: ChangeContext) throws(PlanChangeError) -> String {
        let snapshot = historySnapshot(.criterion(id))
        try requireCoordinator(context)
        let (p, c) = try requireCriterion(id)
        guard stages[p].status != .complete else {
            throw PlanChangeError(.criterionStageComplete(id, stages[p].kind))
        }
        let criterion = stages[p].exitCriteria.remove(at: c)
        let state = criterion.met ? "met on \(criterion.metOn.map(String.init(describing:)) ?? "?")" : "not met"
        let summary = "exit criterion '\(id)' removed from \(stages[p].kind.rawValue) (\(state)): \(criterion.statement)"
        record(.edited, about: .criterion(id), summary, by: context, since: snapshot)
        return summary
    }

    // MARK: Measures

    /// Changes a measure's definition (name, unit, direction, stage, marking, baseline, target);
    /// observations are recorded with `recordObservation` and removed only with the measure.
    /// A new marking may not be above the plan's (raise the plan's marking first).
    @discardableResult
    public mutating func editMeasure(
        _ id: MeasureID, by context: ChangeContext, _ change: (inout Measure) -> Void
    ) throws(PlanChangeError) -> [String] {
        let snapshot = historySnapshot(.measure(id))
        try requireCoordinator(context)
        let m = try requireMeasure(id)
        var measure = measures[m]
        let before = measure
        change(&measure)
        guard measure.id == before.id, measure.observations == before.observations else {
            throw PlanChangeError(.editChangesFixedField(.measure(id), field: "id or observations"))
        }
        var changed: [String] = []
        Self.note("name", before.name, measure.name, into: &changed)
        Self.note("unit", before.unit, measure.unit, into: &changed)
        Self.note("direction", before.direction.rawValue, measure.direction.rawValue, into: &changed)
        Self.note("stage", before.stage?.rawValue, measure.stage?.rawValue, into: &changed)
        Self.note("classification", before.classification?.rawValue, measure.classification?.rawValue, into: &changed)
        Self.note("baseline", before.baseline.description, measure.baseline.description, into: &changed)
        Self.note("target", before.target.description, measure.target.description, into: &changed)
        guard !changed.isEmpty else { throw PlanChangeError(.nothingToChange(.measure(id))) }
        if measure.classification != before.classification { try requireMarkingWithinPlan(measure.classification, of: .measure(id)) }
        if measure.name.isBlank || measure.unit.isBlank {
            throw PlanChangeError(.blankText(.field("name and unit of measure '\(id)'")))
        }
        measures[m] = measure
        record(.edited, about: .measure(id), "measure '\(id)' edited: \(changed.joined(separator: ", "))", by: context, since: snapshot)
        return changed
    }

    /// Removes a measure with its observations (the summary says how many go with it).
    @discardableResult
    public mutating func removeMeasure(_ id: MeasureID, by context: ChangeContext) throws(PlanChangeError) -> String {
        let snapshot = historySnapshot(.measure(id))
        try requireCoordinator(context)
        let m = try requireMeasure(id)
        let measure = measures.remove(at: m)
        let summary = "measure '\(id)' (\(measure.name)) removed with \(counted(measure.observations.count, "observation", "observations"))"
        record(.edited, about: .measure(id), summary, by: context, since: snapshot)
        return summary
    }

    private func requireMeasure(_ id: MeasureID) throws(PlanChangeError) -> Int {
        guard let m = measures.firstIndex(where: { $0.id == id }) else {
            throw PlanChangeError(.unknownMeasure(id, known: measures.map(\.id)))
        }
        return m
    }

    // MARK: Risks

    /// Changes a risk: likelihood, impact, status, owner, marking, description, mitigation.
    ///
    /// The risk's owner or the plan's lead agency may change it. A new marking may not be above
    /// the plan's (raise the plan's marking first).
    @discardableResult
    public mutating func editRisk(
        _ id: RiskID, by context: ChangeContext, _ change: (inout Risk) -> Void
    ) throws(PlanChangeError) -> [String] {
        let snapshot = historySnapshot(.risk(id))
        try requireFullPlan()
        try requireAgency(context.agency, as: .acting)
        let r = try requireRisk(id)
        var risk = risks[r]
        guard context.agency == risk.owner || context.agency == governance.leadAgency else {
            throw PlanChangeError(.notAmong(context.agency, allowed: [risk.owner, governance.leadAgency], subject: .risk(id)))
        }
        let before = risk
        change(&risk)
        guard risk.id == before.id else { throw PlanChangeError(.editChangesFixedField(.risk(id), field: "id")) }
        var changed: [String] = []
        Self.note("likelihood", String(before.likelihood), String(risk.likelihood), into: &changed)
        Self.note("impact", String(before.impact), String(risk.impact), into: &changed)
        if before.score != risk.score { changed.append("score \(before.score) → \(risk.score)") }
        Self.note("status", before.status.rawValue, risk.status.rawValue, into: &changed)
        Self.note("owner", before.owner.rawValue, risk.owner.rawValue, into: &changed)
        Self.note("classification", before.classification?.rawValue, risk.classification?.rawValue, into: &changed)
        if risk.description != before.description { changed.append("description") }
        if risk.mitigation != before.mitigation { changed.append("mitigation") }
        guard !changed.isEmpty else { throw PlanChangeError(.nothingToChange(.risk(id))) }
        if risk.classification != before.classification { try requireMarkingWithinPlan(risk.classification, of: .risk(id)) }
        for (field, value) in [("likelihood", risk.likelihood), ("impact", risk.impact)] where !(1...5).contains(value) {
            throw PlanChangeError(.valueOutOfRange(field: field, value: value, allowed: "1 to 5"))
        }
        if risk.owner != before.owner { try requireAgency(risk.owner, as: .riskOwner) }
        if risk.description.isBlank { throw PlanChangeError(.blankText(.field("description of risk '\(id)'"))) }
        if let mitigation = risk.mitigation, mitigation.isBlank {
            throw PlanChangeError(.blankText(.field("mitigation of risk '\(id)'")))
        }
        risks[r] = risk
        record(.edited, about: .risk(id), "risk '\(id)' edited: \(changed.joined(separator: ", "))", by: context, since: snapshot)
        return changed
    }

    /// Removes a risk from the register (closing it, `editRisk` with status `closed`, keeps it
    /// on record; removing is for a risk entered by mistake).
    @discardableResult
    public mutating func removeRisk(_ id: RiskID, by context: ChangeContext) throws(PlanChangeError) -> String {
        let snapshot = historySnapshot(.risk(id))
        try requireCoordinator(context)
        let r = try requireRisk(id)
        let risk = risks.remove(at: r)
        let summary = "risk '\(id)' removed (score \(risk.score), \(risk.status.rawValue)): \(risk.description)"
        record(.edited, about: .risk(id), summary, by: context, since: snapshot)
        return summary
    }

    private func requireRisk(_ id: RiskID) throws(PlanChangeError) -> Int {
        guard let r = risks.firstIndex(where: { $0.id == id }) else {
            throw PlanChangeError(.unknownRisk(id, known: risks.map(\.id)))
        }
        return r
    }

    // MARK: Tasks

    /// Removes a task that nothing depends on. A task that was started is cancelled instead
    /// (the workflow keeps what happened); removing is for a task drafted by mistake.
    @discardableResult
    public mutating func removeTask(_ id: TaskID, by context: ChangeContext) throws(PlanChangeError) -> String {
        let snapshot = historySnapshot(.task(id))
        try requireCoordinator(context)
        let position = try requireTask(id)
        let task = stages[position.stageIndex].tasks[position.taskIndex]
        guard task.status == .planned else {
            throw PlanChangeError(.taskNotRemovable(id, task.status))
        }
        let dependents = allTasks.filter { $0.id != id && $0.dependencies.contains { $0.task == id } }.map { "dependency of task '\($0.id)'" }
        guard dependents.isEmpty else { throw PlanChangeError(.stillReferenced(.task(id), by: dependents, recordedHistory: false)) }
        stages[position.stageIndex].tasks.remove(at: position.taskIndex)
        let notes = task.notes.isEmpty ? "" : " with \(counted(task.notes.count, "note", "notes"))"
        let summary = "task '\(id)' removed from \(stages[position.stageIndex].kind.rawValue)\(notes): \(task.title)"
        record(.edited, about: .task(id), summary, by: context, since: snapshot)
        return summary
    }

    // MARK: Helpers

    /// Appends `name old → new` when a short value changed.
    static func note(_ name: String, _ old: String?, _ new: String?, into changed: inout [String]) {
        guard old != new else { return }
        changed.append("\(name) \(old ?? "none") → \(new ?? "none")")
    }
}
