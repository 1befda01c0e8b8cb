public import PlanCore

extension StatusReport {
    /// The date of the last board before `asOf`, and where it came from.
    ///
    /// With a review cadence and a next review of an active stage, it is the latest review
    /// date before `asOf` in that cycle (the next review, stepped back by the cadence); with a
    /// cadence only, one cadence before `asOf`; otherwise 28 days before `asOf`.
    public static func lastBoard(of plan: Plan, before asOf: CalendarDate) -> (date: CalendarDate, basis: String) {
        let cadence = plan.governance.reviewCadenceDays.flatMap { $0 > 0 ? $0 : nil }
        let next = plan.stages.filter { $0.status == .active }.compactMap(\.nextReview).min()
        if let cadence, let next {
            var last = next
            if last >= asOf {
                let cycles = (last.days(to: asOf) * -1) / cadence + 1
                last = last.adding(days: -cycles * cadence)
            } else {
                // A passed review date: the latest date of its cycle before the report date.
                last = last.adding(days: ((last.days(to: asOf) - 1) / cadence) * cadence)
            }
            return (last, "the last review in the board's \(cadence)-day cycle")
        }
        if let cadence { return (asOf.adding(days: -cadence), "one \(cadence)-day review cycle before") }
        return (asOf.adding(days: -defaultSinceDays), "\(defaultSinceDays) days before")
    }

    /// How far back "since the last board" goes without a review cycle or `--since`: 28 days.
    public static let defaultSinceDays = 28
}

extension StatusReportBuilder {
    /// `better than baseline`, `worse than baseline`, `same as baseline`.
    static func against(_ trend: StatusReport.Trend) -> String {
        switch trend {
        case .better: "better than its baseline"
        case .worse: "worse than its baseline"
        case .unchanged, .noData: "the same as its baseline"
        }
    }

    /// What changed after `since` up to the report date, for the stages and tasks in scope.
    func changes(since: CalendarDate, basis: String, tasks: [StatusReport.TaskLine]) -> StatusReport.Changes {
        let earlier = PlanAsOf(plan, on: since)
        let before = PlanStatus(plan: earlier.plan, asOf: since)
        // The tasks in scope matter only to an agency's report (its overrides).
        let inScope: Set<TaskID> = agencyFilter == nil ? [] : Set(tasks.map(\.id))
        func inWindow(_ date: CalendarDate) -> Bool { date > since && date <= asOf }
        func lead(_ task: StatusReport.TaskLine) -> String {
            plan.agency(task.lead)?.name ?? task.lead.rawValue
        }
        let stages = plan.stages.filter { stageFilter == nil || $0.kind == stageFilter }.map { stage in
            StatusReport.Travel(kind: stage.kind, before: before.stage(stage.kind)?.rag ?? .notStarted,
                                now: status.stage(stage.kind)?.rag ?? .notStarted)
        }
        let done = tasks.filter { $0.status == .done && ($0.completedOn.map(inWindow) ?? false) }
            .sorted { ($0.completedOn ?? asOf) < ($1.completedOn ?? asOf) }
            .map { StatusReport.Item(date: $0.completedOn ?? asOf, text: $0.title, id: $0.id.rawValue, stage: $0.stage, detail: lead($0)) }
        let overdue = tasks.filter { t in t.isOverdue && (t.lastDay.map { $0 >= since } ?? false) }
            .sorted { ($0.lastDay ?? asOf) < ($1.lastDay ?? asOf) }
            .map { StatusReport.Item(date: $0.lastDay ?? asOf, text: $0.title, id: $0.id.rawValue, stage: $0.stage, detail: lead($0)) }
        // Status moves in the window, as the history's changes record them.
        var startedOn: [TaskID: CalendarDate] = [:]
        var blockedOn: [TaskID: (date: CalendarDate, reason: String?, from: String?)] = [:]
        var unblockedOn: [TaskID: (date: CalendarDate, to: String?)] = [:]
        for event in plan.history where inWindow(event.at.date) {
            let id = TaskID(event.subject)
            for change in event.changes where change.field == "status" {
                switch (change.from, change.to) {
                case ("planned", "inProgress"): startedOn[id] = startedOn[id] ?? event.at.date
                case (_, "blocked"):
                    let reason = event.changes.last { $0.field == "blockedReason" }?.to
                    blockedOn[id] = blockedOn[id] ?? (event.at.date, reason, change.from)
                case ("blocked", _): unblockedOn[id] = unblockedOn[id] ?? (event.at.date, change.to)
                default: break
                }
            }
        }
        // Due dates, progress and notes changed in the window, and partner updates merged.
        var first: [String: [String: String?]] = [:]
        var last: [String: [String: (date: CalendarDate, value: String?)]] = [:]
        var notesAdded: [(date: CalendarDate, task: TaskID, note: String)] = []
        var mergedEvents: [HistoryEvent] = []
        for event in plan.history where inWindow(event.at.date) {
            if event.kind == .merged { mergedEvents.append(event) }
            for change in event.changes {
                switch change.field {
                case "due", "progress":
                    if first[event.subject]?[change.field] == nil { first[event.subject, default: [:]][change.field] = .some(change.from) }
                    last[event.subject, default: [:]][change.field] = (event.at.date, change.to)
                case "note":
                    if let added = change.to { notesAdded.append((event.at.date, TaskID(event.subject), added)) }
                default: break
                }
            }
        }
        func moved(_ task: StatusReport.TaskLine, _ field: String) -> (date: CalendarDate, change: HistoryChange)? {
            guard let end = last[task.id.rawValue]?[field], let start = first[task.id.rawValue]?[field], start != end.value else { return nil }
            return (end.date, HistoryChange(field: field, from: start, to: end.value))
        }
        let redated = tasks.compactMap { task -> (critical: Bool, item: StatusReport.Item)? in
            guard let (date, change) = moved(task, "due") else { return nil }
            let words = "due \(change.from ?? "none") → \(change.to ?? "none")" + (task.critical ? ", on the critical path" : "")
            return (task.critical, StatusReport.Item(date: date, text: task.title, id: task.id.rawValue, stage: task.stage,
                                                     detail: lead(task) + ": " + words, change: change))
        }.sorted { ($0.critical ? 0 : 1, $0.item.date) < ($1.critical ? 0 : 1, $1.item.date) }.map(\.item)
        let progress = tasks.compactMap { task -> StatusReport.Item? in
            // A task done in the window is listed as done; its progress to 100% goes with it.
            guard let (date, change) = moved(task, "progress"), !(task.status == .done && change.to == "100") else { return nil }
            return StatusReport.Item(date: date, text: task.title, id: task.id.rawValue, stage: task.stage,
                                     detail: lead(task) + ": \(change.from.map { $0 + "%" } ?? "none") → \(change.to.map { $0 + "%" } ?? "none")", change: change)
        }.sorted { $0.date < $1.date }
        let lines = Dictionary(tasks.map { ($0.id, $0) }) { a, _ in a }
        let notes = notesAdded.compactMap { added -> StatusReport.Item? in
            guard let task = lines[added.task], let note = HistoryCodec.note(added.note) else { return nil }
            return StatusReport.Item(date: added.date, text: task.title, id: task.id.rawValue, stage: task.stage,
                                     detail: "\(plan.agency(note.agency)?.name ?? note.agency.rawValue): \(note.text)",
                                     change: HistoryChange(field: "note", to: added.note))
        }
        // One line per partner update merged (its changes are listed once, under what they
        // changed: progress, notes, dates, status).
        var updates: [(at: Instant, agency: AgencyID, tasks: [String], changes: Int)] = []
        for event in mergedEvents where agencyFilter == nil || event.agency == agencyFilter || inScope.contains(TaskID(event.subject)) {
            if let i = updates.indices.last, updates[i].at == event.at, updates[i].agency == event.agency {
                if !updates[i].tasks.contains(event.subject) { updates[i].tasks.append(event.subject) }
                updates[i].changes += max(1, event.changes.count)
            } else {
                updates.append((event.at, event.agency, [event.subject], max(1, event.changes.count)))
            }
        }
        let merged = updates.map { update in
            StatusReport.Item(date: update.at.date, text: "\(counted(update.changes, "change")) merged (each listed under what it changed)",
                              id: update.tasks.joined(separator: ", "), stage: update.tasks.count == 1 ? lines[TaskID(update.tasks[0])]?.stage : nil,
                              detail: plan.agency(update.agency)?.name ?? update.agency.rawValue, event: .merged)
        }
        func now(_ task: StatusReport.TaskLine, unless status: PlanTask.Status) -> String {
            task.status == status ? "" : ", now " + task.status.title.lowercased()
        }
        let started = tasks.compactMap { task in
            startedOn[task.id].map { StatusReport.Item(date: $0, text: task.title, id: task.id.rawValue, stage: task.stage,
                                                       detail: lead(task) + now(task, unless: .inProgress),
                                                       change: HistoryChange(field: "status", from: "planned", to: "inProgress")) }
        }.sorted { $0.date < $1.date }
        let blocked = tasks.compactMap { task -> StatusReport.Item? in
            let recorded = blockedOn[task.id]
            let dated = task.status == .blocked ? task.blockedSince.flatMap { inWindow($0) ? $0 : nil } : nil
            guard let date = recorded?.date ?? dated else { return nil }
            let reason = task.status == .blocked ? task.blockedReason : recorded?.reason
            return StatusReport.Item(date: date, text: task.title, id: task.id.rawValue, stage: task.stage,
                                     detail: lead(task) + (reason.map { ": \($0)" } ?? "") + now(task, unless: .blocked),
                                     change: recorded.map { HistoryChange(field: "status", from: $0.from, to: PlanTask.Status.blocked.rawValue) })
        }.sorted { $0.date < $1.date }
        var wasBlocked: Set<TaskID> = []
        for stage in earlier.plan.stages { for task in stage.tasks where task.status == .blocked { wasBlocked.insert(task.id) } }
        let unblocked = tasks.filter { unblockedOn[$0.id] != nil || (wasBlocked.contains($0.id) && $0.status != .blocked) }
            .map { StatusReport.Item(date: unblockedOn[$0.id]?.date ?? asOf, text: $0.title, id: $0.id.rawValue, stage: $0.stage,
                                     detail: lead($0) + ", now " + $0.status.title.lowercased(),
                                     change: unblockedOn[$0.id].map { HistoryChange(field: "status", from: PlanTask.Status.blocked.rawValue, to: $0.to) }) }
            .sorted { $0.date < $1.date }
        var criteria: [StatusReport.Item] = []
        for stage in plan.stages where stageFilter == nil || stage.kind == stageFilter {
            for criterion in stage.exitCriteria where criterion.met {
                guard let metOn = criterion.metOn, inWindow(metOn) else { continue }
                criteria.append(StatusReport.Item(date: metOn, text: criterion.statement, id: criterion.id.rawValue, stage: stage.kind, detail: criterion.evidence))
            }
        }
        criteria.sort { $0.date < $1.date }
        // A figure counts as new when its own date is in the window or an event in the window
        // recorded it (figures are often recorded days after the date they are for). It shows
        // as it stands now: a corrected figure with its corrected value, saying so; a withdrawn
        // one not at all.
        var observations: [StatusReport.Item] = []
        let measures = plan.measures.filter { stageFilter == nil || $0.stage == nil || $0.stage == stageFilter }
        for measure in measures {
            var recordedOn: [CalendarDate: CalendarDate] = [:]
            var firstValue: [CalendarDate: DecimalValue] = [:]
            for event in plan.history where event.subject == measure.id.rawValue {
                for change in event.changes where change.field == "observation" {
                    if let added = change.to.flatMap(HistoryCodec.observation) {
                        if inWindow(event.at.date) { recordedOn[added.date] = recordedOn[added.date] ?? event.at.date }
                        if firstValue[added.date] == nil { firstValue[added.date] = added.value }
                    }
                }
            }
            for observation in measure.observations {
                guard let date = recordedOn[observation.date] ?? (inWindow(observation.date) ? observation.date : nil) else { continue }
                let trend = StatusReport.Trend(from: measure.baseline, to: observation.value, direction: measure.direction)
                var detail = "\(observation.value) \(measure.unit), \(Self.against(trend)) of \(measure.baseline)"
                if let first = firstValue[observation.date], first != observation.value {
                    detail += " (corrected from \(first))"
                }
                observations.append(StatusReport.Item(date: date, text: measure.name, id: measure.id.rawValue, stage: measure.stage, detail: detail))
            }
        }
        observations.sort { $0.date < $1.date }
        let decisions = plan.history.filter { ($0.kind == .decision || $0.kind == .override) && inWindow($0.at.date) }
            .filter { agencyFilter == nil || $0.kind == .decision || inScope.contains(TaskID($0.subject)) || $0.agency == agencyFilter }
            .sorted { $0.at < $1.at }
            .map { StatusReport.Item(date: $0.at.date, text: $0.text, id: $0.subject, stage: StageKind(rawValue: $0.subject),
                                     detail: $0.kind == .override ? "override" + ($0.actor.map { " by \($0)" } ?? "") : $0.actor, event: $0.kind) }
        return StatusReport.Changes(
            since: since, basis: basis, stages: stages, done: done, newlyOverdue: overdue, newlyBlocked: blocked,
            unblocked: unblocked, criteriaMet: criteria, observations: observations, decisions: decisions,
            caveats: earlier.caveats, started: started, redated: redated, progress: progress, notes: notes, merged: merged)
    }
}
