extension Plan {
    /// Merges a partner's returned view into this full plan.
    ///
    /// The partner may change the tasks it leads: status (through the workflow rules, one
    /// transition at a time), progress, dates, blocked reason and notes. For each task of the
    /// update that differs from this plan:
    /// - a task this plan changed after the view's `sourceRevision` (by anyone, the partner's own
    ///   earlier merges included) is a **conflict**: the view shows it as it was, so the
    ///   difference cannot be told from the partner's change;
    /// - a task the partner does not lead is **refused**;
    /// - a status change the workflow forbids, or a change that would make the plan invalid,
    ///   is **refused**;
    /// - anything else is **applied**, one history event per change: each status transition
    ///   records its own event, and each other field change (or a task's new notes) a `merged`
    ///   event.
    ///
    /// Merging the same update again changes nothing, since its values are then already in
    /// the plan.
    /// - Parameters:
    ///   - update: The partner's view, with its changes.
    ///   - context: The partner agency (which must be the view's `for`) and when.
    /// - Returns: Every change found and what happened to it.
    /// - Throws: ``PlanChangeError`` when the update cannot be merged at all (not a view, a
    ///   view for another agency or plan, or cut from a revision this plan never had). The
    ///   plan is then unchanged.
    public mutating func mergePartnerUpdate(_ update: Plan, by context: ChangeContext) throws(PlanChangeError) -> MergeReport {
        try requireFullPlan()
        guard case .partner(let partner, let sourceRevision) = update.view else {
            throw PlanChangeError(.invalidUpdate(.notAView))
        }
        guard update.id == id else {
            throw PlanChangeError(.invalidUpdate(.otherPlan(update.id, expected: id)))
        }
        guard partner == context.agency else {
            throw PlanChangeError(.invalidUpdate(.otherAgency(partner, merging: context.agency)))
        }
        try requireAgency(partner, as: .partner)
        guard (0...revision).contains(sourceRevision) else {
            throw PlanChangeError(.invalidUpdate(.unknownRevision(sourceRevision, current: revision)))
        }

        // Tasks changed since the view was cut, by anyone (each saved change appended one event).
        // The view shows such a task as it was then, so a difference may be the partner's
        // change or the other change seen backwards: it is a conflict, never applied. This
        // includes the partner's own earlier merges, so an old view cannot undo a newer one.
        let since = history.suffix(max(0, min(history.count, revision - sourceRevision)))
        let taskKinds: Set<HistoryEvent.Kind> = [.taskUpdated, .taskStatusChanged, .override, .merged, .taskAdded]
        let subjects = SubjectIndex(self)
        let touched = Set(since.filter { taskKinds.contains($0.kind) }.compactMap { subjects.subject($0.subject).task })

        // What is already wrong with the plan, once: an applied change never adds an error,
        // so this stays the baseline a change is judged against for the whole merge.
        let knownErrors = Set(PlanValidator().validate(self).filter { $0.severity == .error }.map(\.message))
        // Where each task is (the first of a repeated id) and each agency, found once: a merge
        // changing every task must stay linear, so nothing below searches the plan per task
        // (status changes included: the workflow is given the same index).
        let index = MergeIndex(tasks: TaskIndex(self), agencies: agencies)
        var report = MergeReport(agency: partner, sourceRevision: sourceRevision)
        for incoming in update.allTasks {
            guard let position = index.tasks.position(of: incoming.id, in: self) else {
                report.items.append(.init(task: incoming.id, outcome: .refused, change: "unknown task", reason: "task '\(incoming.id)' is not in the plan"))
                continue
            }
            let current = stages[position.stageIndex].tasks[position.taskIndex]
            let changes = TaskChanges(from: current, to: incoming, partner: partner)
            for note in changes.foreignNotes {
                report.items.append(.init(task: current.id, outcome: .refused, change: "note by '\(note.agency)' at \(note.at)",
                    reason: "'\(partner)' may add only its own notes"))
            }
            guard !changes.isEmpty else { continue }
            if touched.contains(current.id) {
                for change in changes.descriptions {
                    report.items.append(.init(task: current.id, outcome: .conflict, change: change,
                        reason: "the plan changed task '\(current.id)' after revision \(sourceRevision)"))
                }
            } else if current.lead != partner {
                for change in changes.descriptions {
                    report.items.append(.init(task: current.id, outcome: .refused, change: change,
                        reason: "task '\(current.id)' is led by '\(current.lead)', not '\(partner)'"))
                }
            } else {
                report.items += apply(changes, to: current, at: position, from: update, knownErrors: knownErrors, index: index, by: context)
            }
        }
        return report
    }

    /// Applies one task's changes; each part is all or nothing.
    ///
    /// Works on the plan in place and undoes a refused part, so that no change copies the
    /// whole plan: each costs time in proportion to the task, not to the plan.
    private mutating func apply(
        _ changes: TaskChanges, to current: PlanTask, at position: TaskPosition, from update: Plan,
        knownErrors: Set<String>, index: MergeIndex, by context: ChangeContext
    ) -> [MergeReport.Item] {
        var items: [MergeReport.Item] = []
        let origin = "from \(context.agency)'s update of revision \(update.view.sourceRevision ?? 0)"
        let (p, t) = (position.stageIndex, position.taskIndex)
        if let status = changes.status {
            // A transition changes only its task, the history and the revision: kept to undo.
            let saved = (task: stages[p].tasks[t], events: history.count, revision: revision)
            let change = "status \(status.from.rawValue) → \(status.to.rawValue)"
            do throws(PlanChangeError) {
                guard let path = Self.transitions(from: status.from, to: status.to) else {
                    throw PlanChangeError(.noWorkflowPath(from: status.from, to: status.to))
                }
                for action in path {
                    var step = context
                    switch action {
                    case .done: step.date = changes.incoming.completedOn ?? context.date
                    case .block: step.date = changes.incoming.blockedSince ?? context.date
                    default: break
                    }
                    let reason: String? = switch action {
                    case .block: changes.incoming.blockedReason
                    case .cancel, .reopen: "\(action == .cancel ? "cancelled" : "reopened") \(origin)"
                    default: origin
                    }
                    try transition(current.id, action, reason: reason, by: step, tasks: index.tasks)
                }
                items.append(.init(task: current.id, outcome: .applied, change: change))
            } catch {
                stages[p].tasks[t] = saved.task
                history.removeSubrange(saved.events...)
                revision = saved.revision
                items.append(.init(task: current.id, outcome: .refused, change: change, reason: error.message))
            }
        }

        let descriptions = changes.fieldDescriptions(against: stages[p].tasks[t])
        guard !descriptions.isEmpty else { return items }
        var changed = stages[p].tasks[t]
        changed.apply(changes, against: stages[p].tasks[t])
        let introduced = taskErrors(changed, inStage: p, index: index).filter { !knownErrors.contains($0.message) }
        if let problem = introduced.first {
            for change in descriptions {
                items.append(.init(task: current.id, outcome: .refused, change: change, reason: problem.message))
            }
            return items
        }
        stages[p].tasks[t] = changed
        for description in descriptions {
            record(.merged, about: .task(current.id), "\(description) (\(origin))", by: context)
        }
        items += descriptions.map { .init(task: current.id, outcome: .applied, change: $0) }
        return items
    }

    /// The errors the validator finds in one task's own fields (dates, progress, status
    /// fields, agencies, texts, notes), with the very messages it gives in the whole plan.
    ///
    /// A partner changes only those fields, and every rule about them concerns the task alone,
    /// so the task is checked in a plan holding just it (without its links, which a merge never
    /// changes), its stage's planned window and the agencies it names: the cost is the task's,
    /// where validating the whole plan per change made a merge quadratic.
    private func taskErrors(_ task: PlanTask, inStage p: Int, index: MergeIndex) -> [PlanDiagnostic] {
        var alone = task
        alone.dependencies = []
        var named: [AgencyID] = [governance.leadAgency, task.lead] + task.supports + task.notes.map(\.agency)
        var seen = Set<AgencyID>()
        named = named.filter { seen.insert($0).inserted }
        var agencies = named.compactMap { index.agencies[$0] }
        if agencies.isEmpty, let any = self.agencies.first { agencies = [any] }
        let plan = Plan(
            id: id, revision: revision, classification: classification, title: title, area: area,
            governance: governance, agencies: agencies,
            stages: stages.enumerated().map { q, stage in
                Stage(kind: stage.kind, status: .active, plannedStart: stage.plannedStart, plannedEnd: stage.plannedEnd,
                      started: stage.started, tasks: q == p ? [alone] : [])
            })
        return PlanValidator().validate(plan).filter { $0.severity == .error }
    }

    /// The workflow steps from one status to another, or `nil` when no path is allowed.
    static func transitions(from: PlanTask.Status, to: PlanTask.Status) -> [TaskAction]? {
        switch (from, to) {
        case (.planned, .inProgress): [.start]
        case (.planned, .done): [.start, .done]
        case (.planned, .blocked), (.inProgress, .blocked): [.block]
        case (.planned, .cancelled), (.inProgress, .cancelled), (.blocked, .cancelled): [.cancel]
        case (.inProgress, .done): [.done]
        case (.blocked, .inProgress): [.unblock]
        case (.blocked, .done): [.unblock, .done]
        case (.done, .inProgress): [.reopen]
        default: nil
        }
    }
}

/// Look-ups a merge makes per task, built once per merge.
private struct MergeIndex {
    /// The position of the first task of each id; a merge never adds, removes or moves a task.
    let tasks: Plan.TaskIndex
    /// The first agency of each id.
    var agencies: [AgencyID: Agency] = [:]

    init(tasks: Plan.TaskIndex, agencies list: [Agency]) {
        self.tasks = tasks
        for agency in list where agencies[agency.id] == nil { agencies[agency.id] = agency }
    }
}

extension PlanView {
    /// The source revision of a partner view; `nil` for a full plan.
    public var sourceRevision: Int? {
        if case .partner(_, let revision) = self { revision } else { nil }
    }
}

/// The differences between a task in the plan and the same task in a partner's update, in
/// the fields a partner may change.
private struct TaskChanges {
    let incoming: PlanTask
    let status: (from: PlanTask.Status, to: PlanTask.Status)?
    let newNotes: [Note]
    let foreignNotes: [Note]

    init(from current: PlanTask, to incoming: PlanTask, partner: AgencyID) {
        self.incoming = incoming
        status = current.status == incoming.status ? nil : (current.status, incoming.status)
        let known = Set(current.notes)
        let added = incoming.notes.filter { !known.contains($0) }
        newNotes = added.filter { $0.agency == partner }
        foreignNotes = added.filter { $0.agency != partner }
        baseline = current
    }

    private let baseline: PlanTask

    var isEmpty: Bool { descriptions.isEmpty }

    /// Every change, the status first.
    var descriptions: [String] {
        (status.map { ["status \($0.from.rawValue) → \($0.to.rawValue)"] } ?? []) + fieldDescriptions(against: baseline)
    }

    /// The field changes still to make once any status transition has run.
    func fieldDescriptions(against task: PlanTask) -> [String] {
        var lines: [String] = []
        func compare<T: Equatable>(_ name: String, _ a: T?, _ b: T?) {
            if a != b { lines.append("\(name) \(a.map { "\($0)" } ?? "none") → \(b.map { "\($0)" } ?? "none")") }
        }
        // A view without progress leaves it as it is (a transition to done sets 100).
        if incoming.progress != nil { compare("progress", task.progress, incoming.progress) }
        compare("start", task.start, incoming.start)
        compare("due", task.due, incoming.due)
        compare("durationDays", task.durationDays, incoming.durationDays)
        if task.status == .blocked, incoming.status == .blocked { compare("blocked reason", task.blockedReason, incoming.blockedReason) }
        let known = Set(task.notes)
        let notes = newNotes.filter { !known.contains($0) }
        if !notes.isEmpty { lines.append(counted(notes.count, "new note")) }
        return lines
    }
}

extension PlanTask {
    fileprivate mutating func apply(_ changes: TaskChanges, against task: PlanTask) {
        progress = changes.incoming.progress ?? progress
        start = changes.incoming.start
        due = changes.incoming.due
        durationDays = changes.incoming.durationDays
        if status == .blocked, changes.incoming.status == .blocked { blockedReason = changes.incoming.blockedReason }
        let known = Set(notes)
        notes += changes.newNotes.filter { !known.contains($0) }
    }
}

extension PlanDiagnostic.Code {
    /// A partner update that cannot be merged at all.
    public static let invalidUpdate = Self(rawValue: "invalid-update")
}
