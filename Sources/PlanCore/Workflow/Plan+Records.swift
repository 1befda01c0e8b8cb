extension Plan {
    /// Marks an exit criterion met on the context's date (`metOn`), with optional evidence.
    ///
    /// - Parameters:
    ///   - id: The criterion.
    ///   - evidence: What shows it is met; replaces any evidence recorded before.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when there is no such criterion or it is already met.
    public mutating func markCriterionMet(
        _ id: CriterionID, evidence: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) {
        try requireFullPlan()
        try requireAgency(context.agency, as: "acting agency")
        let (p, c) = try requireCriterion(id)
        let criterion = stages[p].exitCriteria[c]
        guard !criterion.met else {
            throw PlanChangeError(.invalidTransition, "criterion \(id) is already met (since \(criterion.metOn.map(String.init(describing:)) ?? "an unknown date"))")
        }
        if let evidence, evidence.isBlank { throw PlanChangeError(.blankText, "the evidence for criterion \(id) is blank") }
        let evidenceText = evidence?.trimmedOrNil
        stages[p].exitCriteria[c].met = true
        stages[p].exitCriteria[c].metOn = context.date
        if let evidenceText { stages[p].exitCriteria[c].evidence = evidenceText }
        record(.criterionMet, subject: id.rawValue, "met on \(context.date)" + (evidenceText.map { ": \($0)" } ?? ""), by: context)
    }

    /// Marks an exit criterion not met (clearing `metOn`); the evidence text is kept.
    ///
    /// Refused while the criterion's stage is complete: reopen the stage first.
    /// - Parameters:
    ///   - id: The criterion.
    ///   - reason: Why it no longer holds, for the history.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when there is no such criterion, it is not met, or its stage
    ///   is complete.
    public mutating func markCriterionUnmet(
        _ id: CriterionID, reason: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) {
        try requireFullPlan()
        try requireAgency(context.agency, as: "acting agency")
        let (p, c) = try requireCriterion(id)
        guard stages[p].exitCriteria[c].met else {
            throw PlanChangeError(.invalidTransition, "criterion \(id) is already not met")
        }
        guard stages[p].status != .complete else {
            throw PlanChangeError(.invalidTransition, "criterion \(id) belongs to \(stages[p].kind.rawValue), which is complete; reopen the stage first")
        }
        stages[p].exitCriteria[c].met = false
        stages[p].exitCriteria[c].metOn = nil
        record(.criterionUnmet, subject: id.rawValue, "no longer met" + (reason?.trimmedOrNil.map { ": \($0)" } ?? ""), by: context)
    }

    /// Adds an observation to a measure.
    ///
    /// - Parameters:
    ///   - observation: The date, value and optional source agency of the reading.
    ///   - measure: The measure.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when there is no such measure or the source is no agency.
    public mutating func recordObservation(
        _ observation: Observation, for measure: MeasureID, by context: ChangeContext
    ) throws(PlanChangeError) {
        try requireFullPlan()
        try requireAgency(context.agency, as: "acting agency")
        if let source = observation.source { try requireAgency(source, as: "source") }
        guard let m = measures.firstIndex(where: { $0.id == measure }) else {
            let known = measures.map(\.id.rawValue).joined(separator: ", ")
            throw PlanChangeError(.unknownReference, "there is no measure \(measure) in this plan" + (known.isEmpty ? "" : " (measures: \(known))"))
        }
        measures[m].observations.append(observation)
        let unit = measures[m].unit
        let source = observation.source.map { " from \($0)" } ?? ""
        record(.observationRecorded, subject: measure.rawValue, "\(observation.value) \(unit) on \(observation.date)\(source)", by: context)
    }

    /// Adds a note to a task, written by the acting agency at the context's instant.
    ///
    /// - Parameters:
    ///   - text: What the note says (not blank).
    ///   - task: The task.
    ///   - context: Who acts and when.
    /// - Throws: `PlanChangeError` when the text is blank or there is no such task.
    public mutating func addNote(_ text: String, to task: TaskID, by context: ChangeContext) throws(PlanChangeError) {
        try requireFullPlan()
        try requireAgency(context.agency, as: "acting agency")
        let position = try requireTask(task)
        let text = try requireText(text, "a note on \(task) cannot be blank")
        stages[position.phaseIndex].tasks[position.taskIndex].notes.append(Note(at: context.at, agency: context.agency, text: text))
        record(.taskUpdated, subject: task.rawValue, "note: \(text)", by: context)
    }

    /// Records a decision of the partnership board as a `decision` event about the plan.
    ///
    /// - Parameters:
    ///   - text: The decision (not blank).
    ///   - context: Who records it and when.
    /// - Throws: `PlanChangeError` when the text is blank.
    public mutating func recordDecision(_ text: String, by context: ChangeContext) throws(PlanChangeError) {
        try requireFullPlan()
        try requireAgency(context.agency, as: "acting agency")
        let text = try requireText(text, "a decision cannot be blank")
        record(.decision, subject: id.rawValue, text, by: context)
    }

    /// The stage index and criterion index of a criterion, or an error naming the known ones.
    func requireCriterion(_ id: CriterionID) throws(PlanChangeError) -> (Int, Int) {
        for p in stages.indices {
            if let c = stages[p].exitCriteria.firstIndex(where: { $0.id == id }) { return (p, c) }
        }
        throw PlanChangeError(.unknownReference, "there is no criterion \(id) in this plan")
    }
}
