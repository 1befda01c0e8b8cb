import PlanCore

/// A plan as it stood at the end of an earlier day, put back together from what it records.
///
/// What the plan records, and so what is taken back:
/// - tasks added after the day (a `taskAdded` event) are removed;
/// - a task's status is the one its last status-change event on or before the day names
///   (`done: …`, `blocked: …`); without such an event, a task done after the day was open,
///   one blocked after the day was not blocked, and an open task is in progress once its
///   start has passed, planned before;
/// - a stage started after the day had not started, one completed after it was active;
/// - exit criteria met after the day were not met; observations dated after it are dropped.
///
/// What the plan does not record is left as it is now, and said in ``caveats``: changed task
/// details and dates (`taskUpdated`), other edits, and merged partner updates after the day.
struct PlanAsOf {
    /// The plan as it stood.
    var plan: Plan
    /// What could not be taken back, in words.
    var caveats: [String]
    /// The tasks whose status on the day was inferred from dates, not read from history.
    var inferred: Set<TaskID>
    /// How many edits after the day could not be taken back.
    var laterEdits: Int

    /// The plan as it stood at the end of `day` when it records anything after that day (a
    /// report or forecast for an earlier date is built on it); `nil` when it records nothing
    /// later, and so is as it stood then.
    static func ifEarlier(_ plan: Plan, on day: CalendarDate) -> PlanAsOf? {
        recordsFacts(after: day, in: plan) ? PlanAsOf(plan, on: day) : nil
    }

    /// Whether the plan records anything after the end of `day`: a history event, a completion,
    /// a block, a stage started or completed, a criterion met or an observation. When it does
    /// not, the plan is as it stood then and needs no rebuilding.
    static func recordsFacts(after day: CalendarDate, in plan: Plan) -> Bool {
        if plan.history.contains(where: { $0.at.date > day }) { return true }
        if plan.measures.contains(where: { $0.observations.contains { $0.date > day } }) { return true }
        for stage in plan.stages {
            if (stage.started.map { $0 > day } ?? false) || (stage.completed.map { $0 > day } ?? false) { return true }
            if stage.exitCriteria.contains(where: { $0.metOn.map { $0 > day } ?? false }) { return true }
            let tasks = stage.tasks
            for t in tasks.indices {
                if (tasks[t].completedOn.map { $0 > day } ?? false) || (tasks[t].blockedSince.map { $0 > day } ?? false) { return true }
            }
        }
        return false
    }

    init(_ current: Plan, on day: CalendarDate) {
        var plan = current
        var caveats: [String] = []
        var inferred: Set<TaskID> = []
        let after = current.history.filter { $0.at.date > day }
        let added = Set(after.filter { $0.kind == .taskAdded }.map { TaskID($0.subject) })
        var statusEvents: [TaskID: [(date: CalendarDate, status: PlanTask.Status?)]] = [:]
        for event in current.history where event.kind == .taskStatusChanged {
            let word = event.text.prefix { $0 != ":" && $0 != " " }
            statusEvents[TaskID(event.subject), default: []].append((event.at.date, PlanTask.Status(rawValue: String(word))))
        }
        for s in plan.stages.indices {
            var stage = plan.stages[s]
            if let started = stage.started, started > day {
                stage.status = .notStarted
                stage.started = nil
                stage.completed = nil
            } else if stage.status == .complete, let completed = stage.completed, completed > day {
                stage.status = .active
                stage.completed = nil
            }
            for c in stage.exitCriteria.indices where stage.exitCriteria[c].met {
                if let metOn = stage.exitCriteria[c].metOn, metOn > day {
                    stage.exitCriteria[c].met = false
                    stage.exitCriteria[c].metOn = nil
                }
            }
            // Only what changes is written back: a task left as it was shares its storage with
            // today's plan, so a large plan with a short history is not copied task by task.
            if !added.isEmpty { stage.tasks.removeAll { added.contains($0.id) } }
            for t in stage.tasks.indices {
                var task = stage.tasks[t]
                let before = task
                if !added.isEmpty, task.dependencies.contains(where: { added.contains($0.task) }) {
                    task.dependencies.removeAll { added.contains($0.task) }
                }
                let events = statusEvents[task.id] ?? []
                let startedBy = task.firstDay.map { $0 <= day } ?? false
                let open: PlanTask.Status = startedBy ? .inProgress : .planned
                var status = task.status
                if let recorded = events.last(where: { $0.date <= day }), let word = recorded.status {
                    status = word
                    if word == .blocked, task.status != .blocked || (task.blockedSince.map { $0 > day } ?? true) {
                        task.blockedSince = recorded.date
                    }
                } else {
                    switch task.status {
                    case .done: if (task.completedOn.map { $0 > day } ?? false) || events.contains(where: { $0.date > day }) { status = open }
                    case .blocked: if (task.blockedSince.map { $0 > day } ?? false) || events.contains(where: { $0.date > day }) { status = open }
                    case .cancelled, .inProgress: if events.contains(where: { $0.date > day }) { status = open }
                    case .planned: break
                    }
                    if status != task.status, events.isEmpty { inferred.insert(task.id) }
                }
                if status != .done { task.completedOn = nil }
                if status != .blocked {
                    task.blockedSince = nil
                    task.blockedReason = nil
                }
                task.status = status
                if task != before { stage.tasks[t] = task }
            }
            plan.stages[s] = stage
        }
        for m in plan.measures.indices { plan.measures[m].observations.removeAll { $0.date > day } }
        let edits = after.filter { [.taskUpdated, .edited, .merged, .imported].contains($0.kind) }
        if !edits.isEmpty {
            caveats.append("\(counted(edits.count, "later edit")) (task details, dates and other changes since the last board) cannot be taken back, so the earlier status uses today's dates for them.")
        }
        if !inferred.isEmpty {
            caveats.append("The earlier status of \(counted(inferred.count, "task")) was inferred from dates, not read from history.")
        }
        self.plan = plan
        self.caveats = caveats
        self.inferred = inferred
        self.laterEdits = edits.count
    }
}
