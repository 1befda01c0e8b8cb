extension Plan {
    /// Marks an exit criterion met on the context's date (`metOn`), with optional evidence.
    ///
    /// Only the plan's lead agency (the coordinator) marks exit criteria, with the evidence
    /// partners give it; any other agency is refused.
    /// - Parameters:
    ///   - id: The criterion.
    ///   - evidence: What shows it is met; replaces any evidence recorded before.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when the acting agency is not the plan's lead agency, there
    ///   is no such criterion or it is already met.
    public mutating func markCriterionMet(
        _ id: CriterionID, evidence: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) {
        let snapshot = historySnapshot(.criterion(id))
        try requireCoordinator(context, for: .criterion(id, met: true))
        let (p, c) = try requireCriterion(id)
        let criterion = stages[p].exitCriteria[c]
        guard !criterion.met else {
            throw PlanChangeError(.criterionAlreadyMet(id, since: criterion.metOn))
        }
        if let evidence, evidence.isBlank { throw PlanChangeError(.blankText(.evidence(id))) }
        try requireNotFuture(context.date, .metOn(id), by: context)
        let evidenceText = evidence?.trimmedOrNil
        stages[p].exitCriteria[c].met = true
        stages[p].exitCriteria[c].metOn = context.date
        if let evidenceText { stages[p].exitCriteria[c].evidence = evidenceText }
        record(.criterionMet, about: .criterion(id), "met on \(context.date)" + (evidenceText.map { ": \($0)" } ?? ""), by: context, since: snapshot)
    }

    /// Marks an exit criterion not met (clearing `metOn`); the evidence text is kept.
    ///
    /// Refused while the criterion's stage is complete: reopen the stage first. Only the plan's
    /// lead agency (the coordinator) marks exit criteria.
    /// - Parameters:
    ///   - id: The criterion.
    ///   - reason: Why it no longer holds, for the history.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when the acting agency is not the plan's lead agency, there
    ///   is no such criterion, it is not met, or its stage is complete.
    public mutating func markCriterionUnmet(
        _ id: CriterionID, reason: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) {
        let snapshot = historySnapshot(.criterion(id))
        try requireCoordinator(context, for: .criterion(id, met: false))
        let (p, c) = try requireCriterion(id)
        guard stages[p].exitCriteria[c].met else {
            throw PlanChangeError(.criterionAlreadyUnmet(id))
        }
        guard stages[p].status != .complete else {
            throw PlanChangeError(.criterionStageComplete(id, stages[p].kind))
        }
        stages[p].exitCriteria[c].met = false
        stages[p].exitCriteria[c].metOn = nil
        record(.criterionUnmet, about: .criterion(id), "no longer met" + (reason?.trimmedOrNil.map { ": \($0)" } ?? ""), by: context, since: snapshot)
    }

    /// Adds an observation to a measure.
    ///
    /// Open to any agency of the plan: partners supply the figures (the source says whose they
    /// are), while what the figures mean for a criterion is the coordinator's to record.
    /// - Parameters:
    ///   - observation: The date, value and optional source agency of the reading.
    ///   - measure: The measure.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when there is no such measure, the source is no agency, or
    ///   the observation's date lies after the day of the change.
    public mutating func recordObservation(
        _ observation: Observation, for measure: MeasureID, by context: ChangeContext
    ) throws(PlanChangeError) {
        let snapshot = historySnapshot(.measure(measure))
        try requireFullPlan()
        try requireAgency(context.agency, as: .acting)
        if let source = observation.source { try requireAgency(source, as: .source) }
        guard let m = measures.firstIndex(where: { $0.id == measure }) else {
            throw PlanChangeError(.unknownMeasure(measure, known: measures.map(\.id)))
        }
        try requireNotFuture(observation.date, .observation(measure), by: context)
        measures[m].observations.append(observation)
        let unit = measures[m].unit
        let source = observation.source.map { " from \($0)" } ?? ""
        record(.observationRecorded, about: .measure(measure), "\(observation.value) \(unit) on \(observation.date)\(source)", by: context, since: snapshot)
    }

    /// Corrects a mistaken observation: gives the last one recorded for `date` another value,
    /// or removes it when `value` is `nil`. A correction is not a new reading: it needs a
    /// reason, and the event keeps the old value, the new one and the reason. The plan's lead
    /// agency or the agency the figure came from (its `source`) may correct it.
    ///
    /// - Parameters:
    ///   - measure: The measure.
    ///   - date: The date of the observation to correct.
    ///   - value: The right value, or `nil` to remove the observation.
    ///   - reason: Why (not blank).
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` for an unknown measure or date, a blank reason, or an agency
    ///   that may not correct it.
    public mutating func correctObservation(
        of measure: MeasureID, on date: CalendarDate, to value: DecimalValue?, reason: String, by context: ChangeContext
    ) throws(PlanChangeError) {
        let snapshot = historySnapshot(.measure(measure))
        try requireFullPlan()
        try requireAgency(context.agency, as: .acting)
        guard let m = measures.firstIndex(where: { $0.id == measure }) else {
            throw PlanChangeError(.unknownMeasure(measure, known: measures.map(\.id)))
        }
        guard let o = measures[m].observations.lastIndex(where: { $0.date == date }) else {
            throw PlanChangeError(.unknownObservation(measure, on: date, dates: measures[m].observations.map(\.date)))
        }
        let observation = measures[m].observations[o]
        if context.agency != observation.source { try requireCoordinator(context) }
        guard !reason.isBlank else { throw PlanChangeError(.blankText(.field("reason for the correction"))) }
        let unit = measures[m].unit
        let what: String
        if let value {
            guard value != observation.value else { throw PlanChangeError(.nothingToChange(.measure(measure))) }
            measures[m].observations[o].value = value
            what = "\(observation.value) → \(value) \(unit)"
        } else {
            measures[m].observations.remove(at: o)
            what = "\(observation.value) \(unit) removed"
        }
        record(.edited, about: .measure(measure), "observation of \(date) corrected: \(what); reason: \(reason)", by: context, since: snapshot)
    }

    /// Adds a note to a task, written by the acting agency at the context's instant.
    ///
    /// The task's lead agency, its supporting agencies and the plan's lead agency may add notes;
    /// any other agency is refused (``PlanChangeError/Kind/notLeadAgency(_:_:taskLead:planLead:supporting:)``).
    /// In a partner view only the view's agency may, on the tasks it leads, and nothing is recorded.
    ///
    /// - Parameters:
    ///   - text: What the note says (not blank).
    ///   - task: The task.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when the text is blank or there is no such task.
    public mutating func addNote(_ text: String, to task: TaskID, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.task(task))
        try requireAgency(context.agency, as: .acting)
        let position = try requireTask(task)
        try requireMayChangeTask(stages[position.stageIndex].tasks[position.taskIndex], by: context.agency, notesOnly: true)
        guard let text = text.trimmedOrNil else { throw PlanChangeError(.blankText(.note(task))) }
        stages[position.stageIndex].tasks[position.taskIndex].notes.append(Note(at: context.at, agency: context.agency, text: text))
        record(.taskUpdated, about: .task(task), "note: \(text)", by: context, since: snapshot)
    }

    /// Records a decision of the partnership board as a `decision` event about the plan.
    ///
    /// Only the plan's lead agency (the coordinator) records the board's decisions.
    /// - Parameters:
    ///   - text: The decision (not blank).
    ///   - context: Who records it and when.
    /// - Throws: `PlanChangeError` when the acting agency is not the plan's lead agency or the
    ///   text is blank.
    public mutating func recordDecision(_ text: String, by context: ChangeContext) throws(PlanChangeError) {
        try requireCoordinator(context, for: .decision)
        guard let text = text.trimmedOrNil else { throw PlanChangeError(.blankText(.decision)) }
        record(.decision, about: .plan(id), text, by: context)
    }

    /// The stage index and criterion index of a criterion, or an error naming the known ones.
    func requireCriterion(_ id: CriterionID) throws(PlanChangeError) -> (Int, Int) {
        for p in stages.indices {
            if let c = stages[p].exitCriteria.firstIndex(where: { $0.id == id }) { return (p, c) }
        }
        throw PlanChangeError(.unknownCriterion(id))
    }
}
