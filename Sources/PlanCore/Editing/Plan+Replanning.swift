/// A change to one planned date: keep it, set it, or clear it.
public enum PlannedDateChange: Hashable, Sendable {
    /// Leave the date as it is.
    case keep
    /// Set the date.
    case set(CalendarDate)
    /// Remove the date.
    case clear

    /// The date after the change, from the date before it.
    func applied(to date: CalendarDate?) -> CalendarDate? {
        switch self {
        case .keep: date
        case .set(let new): new
        case .clear: nil
        }
    }
}

extension Plan {
    /// Re-plans a stage's planned dates (a board's deferral, a new window): only the plan's
    /// lead agency, with a reason, recorded as one `edited` event naming the old and new dates.
    /// Setting a date the stage does not have yet is drafting, not re-planning, and needs no
    /// reason; moving or clearing one it has does.
    ///
    /// - Parameters:
    ///   - stage: The stage.
    ///   - plannedStart: The change to `plannedStart`.
    ///   - plannedEnd: The change to `plannedEnd`.
    ///   - nextReview: The change to `nextReview`.
    ///   - reason: Why (required when a date the stage has moves or is cleared).
    ///   - context: Who acts (the plan's lead agency) and when.
    /// - Returns: The event recorded.
    /// - Throws: ``PlanChangeError`` when the plan is a view, the agency is not the plan's lead
    ///   agency, a date moves without a reason, nothing changes, or the change would end the stage before
    ///   it starts; the plan is then unchanged.
    @discardableResult
    public mutating func replanStage(
        _ stage: StageKind, plannedStart: PlannedDateChange = .keep, plannedEnd: PlannedDateChange = .keep,
        nextReview: PlannedDateChange = .keep, reason: String?, by context: ChangeContext
    ) throws(PlanChangeError) -> HistoryEvent {
        let snapshot = historySnapshot(.stage(stage))
        try requireCoordinator(context)
        guard let p = stageIndex(stage) else { throw PlanChangeError(.unknownStage(stage)) }
        let reason = reason?.trimmedOrNil
        let before = stages[p]
        var after = before
        after.plannedStart = plannedStart.applied(to: before.plannedStart)
        after.plannedEnd = plannedEnd.applied(to: before.plannedEnd)
        after.nextReview = nextReview.applied(to: before.nextReview)
        if let start = after.plannedStart, let end = after.plannedEnd, end < start {
            throw PlanChangeError(.plannedEndBeforeStart(.stage(stage), start: start, end: end))
        }
        var changes: [String] = []
        func compare(_ name: String, _ old: CalendarDate?, _ new: CalendarDate?) {
            if old != new { changes.append("\(name) \(Self.dateText(old)) → \(Self.dateText(new))") }
        }
        compare("plannedStart", before.plannedStart, after.plannedStart)
        compare("plannedEnd", before.plannedEnd, after.plannedEnd)
        compare("nextReview", before.nextReview, after.nextReview)
        guard !changes.isEmpty else { throw PlanChangeError(.nothingToChange(.stage(stage))) }
        // Only a date the stage already had is re-planned; a first date is drafted.
        let moved = [(before.plannedStart, after.plannedStart), (before.plannedEnd, after.plannedEnd), (before.nextReview, after.nextReview)]
            .contains { old, new in old != nil && old != new }
        if moved, reason == nil { throw PlanChangeError(.replanReasonRequired(.stage(stage))) }
        stages[p] = after
        let why = reason.map { "; reason: \($0)" } ?? ""
        record(.edited, about: .stage(stage), "\(stage.rawValue) \(moved ? "re-planned" : "dated"): \(changes.joined(separator: ", "))\(why)", by: context, since: snapshot)
        return history[history.count - 1]
    }

    /// Corrects a stage's recorded facts, the day it started or completed, when they were
    /// recorded wrongly (a mistyped `--date`): only the plan's lead agency, with a reason, as
    /// one `edited` event naming the old and new dates. A date must be one the stage has (a
    /// stage not started has no start to correct), never after the day of the change, and a
    /// completion never before the start.
    /// - Throws: ``PlanChangeError``; the plan is then unchanged.
    @discardableResult
    public mutating func correctStageDates(
        _ stage: StageKind, started: CalendarDate? = nil, completed: CalendarDate? = nil, reason: String?, by context: ChangeContext
    ) throws(PlanChangeError) -> HistoryEvent {
        let snapshot = historySnapshot(.stage(stage))
        let (p, reason) = try stageToRedate(stage, reason: reason, by: context)
        let before = stages[p]
        var after = before
        if let started {
            guard before.status != .notStarted else {
                throw PlanChangeError(.other(.invalidEdit, "stage \(stage.rawValue) has not started: there is no start date to correct"))
            }
            try requireNotFuture(started, .stageStarted(stage), by: context)
            after.started = started
        }
        if let completed {
            guard before.status == .complete else {
                throw PlanChangeError(.other(.invalidEdit, "stage \(stage.rawValue) is not complete: there is no completion date to correct"))
            }
            try requireNotFuture(completed, .stageCompleted(stage), by: context)
            after.completed = completed
        }
        if let start = after.started, let end = after.completed, after.status == .complete, end < start {
            throw PlanChangeError(.other(.invalidEdit, "stage \(stage.rawValue) would complete on \(end), before it started on \(start)"))
        }
        var changes: [String] = []
        if after.started != before.started { changes.append("started \(Self.dateText(before.started)) → \(Self.dateText(after.started))") }
        if after.completed != before.completed { changes.append("completed \(Self.dateText(before.completed)) → \(Self.dateText(after.completed))") }
        guard !changes.isEmpty else { throw PlanChangeError(.nothingToChange(.stage(stage))) }
        stages[p] = after
        record(.edited, about: .stage(stage), "\(stage.rawValue) dates corrected: \(changes.joined(separator: ", ")); reason: \(reason)", by: context, since: snapshot)
        return history[history.count - 1]
    }

    /// The stage a re-plan or a correction changes and its reason, after the checks both make:
    /// the plan's lead agency acts, the stage exists, a reason is given.
    private func stageToRedate(_ stage: StageKind, reason: String?, by context: ChangeContext) throws(PlanChangeError) -> (Int, String) {
        try requireCoordinator(context)
        guard let p = stageIndex(stage) else { throw PlanChangeError(.unknownStage(stage)) }
        guard let reason = reason?.trimmedOrNil else { throw PlanChangeError(.replanReasonRequired(.stage(stage))) }
        return (p, reason)
    }

    /// Re-plans a task's planned dates: only the plan's lead agency, with a reason, recorded as
    /// one `edited` event naming the old and new dates.
    ///
    /// - Parameters:
    ///   - task: The task.
    ///   - start: The change to `start`.
    ///   - due: The change to `due`.
    ///   - durationDays: The new length in days, or `nil` to keep it.
    ///   - reason: Why (required).
    ///   - context: Who acts (the plan's lead agency) and when.
    /// - Returns: The event recorded.
    /// - Throws: ``PlanChangeError`` when the plan is a view, the agency is not the plan's lead
    ///   agency, there is no reason, nothing changes, or the task would end before it starts.
    @discardableResult
    public mutating func replanTask(
        _ task: TaskID, start: PlannedDateChange = .keep, due: PlannedDateChange = .keep, durationDays: Int? = nil,
        reason: String?, by context: ChangeContext
    ) throws(PlanChangeError) -> HistoryEvent {
        let snapshot = historySnapshot(.task(task))
        try requireCoordinator(context)
        let position = try requireTask(task)
        guard let reason = reason?.trimmedOrNil else { throw PlanChangeError(.replanReasonRequired(.task(task))) }
        let before = stages[position.stageIndex].tasks[position.taskIndex]
        var after = before
        after.start = start.applied(to: before.start)
        after.due = due.applied(to: before.due)
        if let durationDays { after.durationDays = durationDays }
        if let first = after.start, let last = after.due, last < first {
            throw PlanChangeError(.plannedEndBeforeStart(.task(task), start: first, end: last))
        }
        var changes: [String] = []
        if before.start != after.start { changes.append("start \(Self.dateText(before.start)) → \(Self.dateText(after.start))") }
        if before.due != after.due { changes.append("due \(Self.dateText(before.due)) → \(Self.dateText(after.due))") }
        if before.durationDays != after.durationDays {
            changes.append("duration \(before.durationDays.map(String.init) ?? "none") → \(after.durationDays.map(String.init) ?? "none")")
        }
        guard !changes.isEmpty else { throw PlanChangeError(.nothingToChange(.task(task))) }
        stages[position.stageIndex].tasks[position.taskIndex] = after
        record(.edited, about: .task(task), "task '\(task)' re-planned: \(changes.joined(separator: ", ")); reason: \(reason)", by: context, since: snapshot)
        return history[history.count - 1]
    }

    /// Records that a partner view of this plan was exported (an `exported` event about the
    /// partner agency), after checking the acting agency.
    ///
    /// - Parameters:
    ///   - view: The view, as ``partnerView(for:)`` made it.
    ///   - context: Who exports it and when.
    /// - Returns: The event recorded.
    /// - Throws: ``PlanChangeError`` when the plan is a view, the view is not a view of this
    ///   plan, or the acting agency is not in the plan.
    @discardableResult
    public mutating func recordExport(of view: Plan, by context: ChangeContext) throws(PlanChangeError) -> HistoryEvent {
        try requireFullPlan()
        guard case .partner(let partner, let source) = view.view, view.id == id else { throw PlanChangeError(.invalidUpdate(.notAView)) }
        try requireAgency(context.agency, as: .exporting)
        let tasks = view.allTasks.count
        record(.exported, about: .agency(partner),
            "partner view for '\(partner)' exported at revision \(revision): \(counted(tasks, "task")), marked \(view.classification.rawValue)",
            by: context, changes: [HistoryChange(field: "sourceRevision", to: String(source))])
        return history[history.count - 1]
    }

    private static func dateText(_ date: CalendarDate?) -> String { date.map(String.init(describing:)) ?? "none" }
}
