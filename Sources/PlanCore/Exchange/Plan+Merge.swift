extension Plan {
    /// Merges a partner's returned view into this full plan.
    ///
    /// The partner may change the tasks it leads: status (through the workflow rules, one
    /// transition at a time), progress, dates, blocked reason and notes. A view shows every task
    /// as it was at its `sourceRevision`, so each field of the update that differs from this
    /// plan is judged against the plan's value *at that revision* (its base, read from the
    /// history since):
    /// - the update shows the base value: the partner did not change the field, and the plan's
    ///   later change stands; it is skipped (listed in ``MergeReport/stale``), whoever leads
    ///   the task. So is a value the partner's own earlier merge brought that the plan changed
    ///   since. An old view never undoes a newer change;
    /// - the field differs from its base and the plan changed the task since the revision (that
    ///   field or any other, by anyone, the partner's own earlier merges included): a
    ///   **conflict**, not applied, as the format says of a change to a task the full plan
    ///   changed after the view's `sourceRevision`;
    /// - otherwise it is the partner's change: **refused** for a task the partner does not
    ///   lead, a status change the workflow forbids or a change that would make the plan
    ///   invalid; else **applied**, one history event per change: each status transition
    ///   records its own event, and each other field change (or a task's new notes) a `merged`
    ///   event.
    ///
    /// Notes only grow: a note in the update that the plan lacks is the partner's new note,
    /// applied like any change (a conflict when the plan changed the task since).
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

        // The events since the view was cut (each saved change appended one), per task,
        // newest first: what tells a stale copy from the partner's change.
        let since = history.suffix(max(0, min(history.count, revision - sourceRevision)))
        let subjects = SubjectIndex(self)
        var eventsByTask: [TaskID: [HistoryEvent]] = [:]
        for event in since.reversed() {
            if let task = subjects.subject(event.subject).task { eventsByTask[task, default: []].append(event) }
        }

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
            let baseline = TaskBaseline(task: incoming.id, events: eventsByTask[incoming.id] ?? [], partner: partner)
            merge(incoming, at: position, baseline: baseline, from: update, into: &report, knownErrors: knownErrors, index: index, by: context)
        }
        return report
    }

    /// Judges and applies one task of the update: its status first (through the workflow),
    /// then its other fields against the task as the transition left it.
    private mutating func merge(
        _ incoming: PlanTask, at position: TaskPosition, baseline: TaskBaseline, from update: Plan,
        into report: inout MergeReport, knownErrors: Set<String>, index: MergeIndex, by context: ChangeContext
    ) {
        let partner = context.agency
        let sourceRevision = report.sourceRevision
        let (p, t) = (position.stageIndex, position.taskIndex)
        let current = stages[p].tasks[t]
        let leads = current.lead == partner
        let origin = "from \(partner)'s update of revision \(sourceRevision)"
        let notLed = "task '\(current.id)' is led by '\(current.lead)', not '\(partner)'"

        let known = Set(current.notes)
        let added = incoming.notes.filter { !known.contains($0) }
        for note in added where note.agency != partner {
            report.items.append(.init(task: current.id, outcome: .refused, change: "note by '\(note.agency)' at \(note.at)",
                reason: "'\(partner)' may add only its own notes"))
        }

        /// How one differing value is taken; `nil` when it is the partner's change to make.
        func judged(_ field: PartnerField, _ change: String) -> MergeReport.Item? {
            guard let value = incoming.value(of: field), let now = current.value(of: field) else { return nil }
            switch baseline.judge(field, incoming: value, current: now) {
            case .change:
                return nil
            case .stale(let base):
                return .init(task: current.id, outcome: .stale, change: "\(field.name) \(base)",
                    reason: "as at revision \(sourceRevision); the plan has \(now) since")
            case .alreadyMerged:
                return .init(task: current.id, outcome: .stale, change: "\(field.name) \(value)",
                    reason: "already merged from '\(partner)'; the plan has \(now) since")
            case .taskChanged:
                return .init(task: current.id, outcome: .conflict, change: change,
                    reason: "the plan changed task '\(current.id)' after revision \(sourceRevision)")
            case .conflict(let base):
                let reason = base.map { "the plan changed \(field.name) from \($0) after revision \(sourceRevision)" }
                    ?? "the plan changed \(field.name) after revision \(sourceRevision) and its history does not say from what"
                return .init(task: current.id, outcome: .conflict, change: change, reason: reason)
            }
        }
        func file(_ item: MergeReport.Item) {
            if item.outcome == .stale { report.stale.append(item) } else { report.items.append(item) }
        }

        if incoming.status != current.status {
            let change = "status \(current.status.rawValue) → \(incoming.status.rawValue)"
            if let item = judged(.status, change) {
                file(item)
            } else if !leads {
                report.items.append(.init(task: current.id, outcome: .refused, change: change, reason: notLed))
            } else {
                report.items.append(transition(current.id, from: current.status, to: incoming.status, at: position, incoming: incoming, origin: origin, index: index, by: context))
            }
        }

        // The other fields, against the task as any transition left it (done sets progress
        // 100, blocking sets the reason): only what still differs is a change.
        let now = stages[p].tasks[t]
        var changes: [(field: PartnerField, change: String)] = []
        for field: PartnerField in [.progress, .start, .due, .durationDays, .blockedReason] {
            guard let value = incoming.value(of: field), let old = now.value(of: field), value != old else { continue }
            // A view without progress leaves it as it is; a blocked reason changes only on a
            // task blocked in both.
            if field == .progress, incoming.progress == nil { continue }
            if field == .blockedReason, now.status != .blocked || incoming.status != .blocked { continue }
            let change = "\(field.name) \(old) → \(value)"
            // Done sets progress 100: when the done itself was not applied, neither is that.
            if field == .progress, incoming.status == .done, now.status != .done, incoming.progress == 100 {
                report.items.append(.init(task: current.id, outcome: .refused, change: change,
                    reason: "it comes with marking the task done, which was not applied"))
                continue
            }
            if let item = judged(field, change) { file(item) } else { changes.append((field, change)) }
        }
        let present = Set(now.notes)
        let newNotes = added.filter { $0.agency == partner && !present.contains($0) }
        if !newNotes.isEmpty {
            let change = counted(newNotes.count, "new note")
            if baseline.changedSinceCut {
                report.items.append(.init(task: current.id, outcome: .conflict, change: change,
                    reason: "the plan changed task '\(current.id)' after revision \(sourceRevision)"))
            } else {
                changes.append((.notes, change))
            }
        }
        judgeFixedFields(of: incoming, against: current, baseline: baseline, into: &report, partner: partner)
        guard !changes.isEmpty else { return }
        guard leads else {
            report.items += changes.map { .init(task: current.id, outcome: .refused, change: $0.change, reason: notLed) }
            return
        }
        report.items += apply(changes, notes: newNotes, from: incoming, at: position, origin: origin, knownErrors: knownErrors, index: index, by: context)
    }

    /// Reports what the update changed in fields a view may not change (its title, lead and,
    /// for a task the partner leads or supports, its strand, priority, owner, description and
    /// supporting agencies), so no such edit is dropped silently: a field the plan changed
    /// since the view was cut is the view's stale copy (skipped); where the history cannot
    /// say, a conflict; otherwise the partner's edit, **refused**. A dependency-only copy of
    /// another agency's task carries only its title, lead, status and dates, so only its title
    /// and lead are compared.
    private func judgeFixedFields(
        of incoming: PlanTask, against current: PlanTask, baseline: TaskBaseline, into report: inout MergeReport, partner: AgencyID
    ) {
        let fullCopy = incoming.lead == partner || incoming.supports.contains(partner)
        var fields: [(name: String, from: String, to: String)] = []
        func compare(_ name: String, _ old: String?, _ new: String?) {
            if old != new { fields.append((name, old.map { "'\($0)'" } ?? "none", new.map { "'\($0)'" } ?? "none")) }
        }
        compare("title", current.title, incoming.title)
        compare("lead", current.lead.rawValue, incoming.lead.rawValue)
        if fullCopy {
            compare("strand", current.strand?.rawValue, incoming.strand?.rawValue)
            compare("priority", current.priority.rawValue, incoming.priority.rawValue)
            compare("owner", current.owner, incoming.owner)
            compare("description", current.description, incoming.description)
            if Set(current.supports) != Set(incoming.supports) {
                compare("supports", current.supports.map(\.rawValue).sorted().joined(separator: ";"),
                        incoming.supports.map(\.rawValue).sorted().joined(separator: ";"))
            }
        }
        let sourceRevision = report.sourceRevision
        for field in fields {
            let change = "\(field.name) \(field.from) → \(field.to)"
            guard let changed = baseline.otherFields else {
                report.items.append(.init(task: current.id, outcome: .conflict, change: change,
                    reason: "the plan changed task '\(current.id)' after revision \(sourceRevision) and its history does not say what"))
                continue
            }
            if changed.contains(field.name) {
                report.stale.append(.init(task: current.id, outcome: .stale, change: "\(field.name) \(field.to)",
                    reason: "as at revision \(sourceRevision); the plan has \(field.from) since"))
            } else {
                report.items.append(.init(task: current.id, outcome: .refused, change: change,
                    reason: "a view changes only a task's status, progress, dates, notes and blocked reason; the plan's lead agency changes its \(field.name)"))
            }
        }
    }

    /// Moves a task to the status the update shows, through the workflow, one event per step;
    /// a refused move is undone in place (the task, the history and the revision as before).
    private mutating func transition(
        _ id: TaskID, from: PlanTask.Status, to: PlanTask.Status, at position: TaskPosition, incoming: PlanTask,
        origin: String, index: MergeIndex, by context: ChangeContext
    ) -> MergeReport.Item {
        let (p, t) = (position.stageIndex, position.taskIndex)
        // A transition changes only its task, the history and the revision: kept to undo.
        let saved = (task: stages[p].tasks[t], events: history.count, revision: revision)
        let change = "status \(from.rawValue) → \(to.rawValue)"
        do throws(PlanChangeError) {
            guard let path = Self.transitions(from: from, to: to) else {
                throw PlanChangeError(.noWorkflowPath(from: from, to: to))
            }
            for action in path {
                var step = context
                switch action {
                case .done: step.date = incoming.completedOn ?? context.date
                case .block: step.date = incoming.blockedSince ?? context.date
                default: break
                }
                let reason: String? = switch action {
                case .block: incoming.blockedReason
                case .cancel, .reopen: "\(action == .cancel ? "cancelled" : "reopened") \(origin)"
                default: origin
                }
                try transition(id, action, reason: reason, by: step, tasks: index.tasks)
            }
            return .init(task: id, outcome: .applied, change: change)
        } catch {
            stages[p].tasks[t] = saved.task
            history.removeSubrange(saved.events...)
            revision = saved.revision
            return .init(task: id, outcome: .refused, change: change, reason: error.message)
        }
    }

    /// Applies one task's field changes, all or nothing: refused together, with the
    /// validator's message, when they would make the plan invalid.
    ///
    /// Works on the plan in place, so that no change copies the whole plan: each costs time in
    /// proportion to the task, not to the plan.
    private mutating func apply(
        _ changes: [(field: PartnerField, change: String)], notes: [Note], from incoming: PlanTask, at position: TaskPosition,
        origin: String, knownErrors: Set<String>, index: MergeIndex, by context: ChangeContext
    ) -> [MergeReport.Item] {
        let (p, t) = (position.stageIndex, position.taskIndex)
        var changed = stages[p].tasks[t]
        for (field, _) in changes {
            switch field {
            case .progress: changed.progress = incoming.progress
            case .start: changed.start = incoming.start
            case .due: changed.due = incoming.due
            case .durationDays: changed.durationDays = incoming.durationDays
            case .blockedReason: changed.blockedReason = incoming.blockedReason
            case .notes: changed.notes += notes
            case .status: break
            }
        }
        let introduced = taskErrors(changed, inStage: p, index: index).filter { !knownErrors.contains($0.message) }
        if let problem = introduced.first {
            return changes.map { .init(task: changed.id, outcome: .refused, change: $0.change, reason: problem.message) }
        }
        stages[p].tasks[t] = changed
        for (_, change) in changes {
            record(.merged, about: .task(changed.id), "\(change) (\(origin))", by: context)
        }
        return changes.map { .init(task: changed.id, outcome: .applied, change: $0.change) }
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

extension PlanDiagnostic.Code {
    /// A partner update that cannot be merged at all.
    public static let invalidUpdate = Self(rawValue: "invalid-update")
}
