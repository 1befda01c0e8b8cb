extension Plan {
    /// Merges a partner's returned view into this full plan.
    ///
    /// The update must be a view this plan exported to the agency: the history event that took
    /// the plan from the view's `sourceRevision` R to R+1 is an `exported` event about it. What
    /// the view held is cut again from the plan as it stood at R (rebuilt from the history, with
    /// the rules of ``partnerView(for:)``), never read from the file: a task the view did not hold
    /// is refused as "not in your view" and nothing more is said of it.
    ///
    /// Each field is judged three ways: *base*, the task in the view as sent; *ours*, the task
    /// now; *theirs*, the task in the update:
    /// - theirs = ours: nothing to do (so merging the same update again changes nothing);
    /// - theirs = base: a stale copy of the plan's later change, skipped (listed in
    ///   ``MergeReport/stale``), and so is a value the partner's own earlier merge brought;
    /// - otherwise it is the partner's change: a **conflict** when the plan changed the task
    ///   since R (any field, or an event the rebuild could not undo touches it), as the format
    ///   says; else **refused** for a task the partner does not lead, a status change the
    ///   workflow forbids, a removed date or a change that would make the plan invalid; else
    ///   **applied**, one history event per change carrying the fields it changed: each status
    ///   transition its own event, and each other field change (or a task's new notes) a
    ///   `merged` event.
    ///
    /// New notes must be the partner's own, on a task it leads or supports, dated from the
    /// export to the merge; a note the view held must come back unchanged. Everything else the
    /// view was sent (the plan's own fields, agencies, stages, criteria, measures, risks, and a
    /// task's fixed fields) that the update changes is listed as refused.
    /// - Parameters:
    ///   - update: The partner's view, with its changes.
    ///   - signedBy: The SHA-256 fingerprint of the pinned certificate the update's signature
    ///     was verified against (by the caller, before merging), if it was signed; every history
    ///     event of the merge names it.
    ///   - context: The partner agency (which must be the view's `for`) and when.
    /// - Returns: Every change found and what happened to it.
    /// - Throws: ``PlanChangeError`` when the update cannot be merged at all (not a view, a
    ///   view for another agency or plan, or of a revision this plan did not export to the
    ///   agency). The plan is then unchanged.
    public mutating func mergePartnerUpdate(_ update: Plan, signedBy: String? = nil, by context: ChangeContext) throws(PlanChangeError) -> MergeReport {
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
        // The revision must be one this plan exported to the partner, and what the partner may
        // change is what that view held: both from the plan, never from the file.
        let cut = try exportEvent(of: sourceRevision, to: partner)
        guard let rebuilt = asItStood(atRevision: sourceRevision) else {
            throw PlanChangeError(.invalidUpdate(.unknownRevision(sourceRevision, current: revision)))
        }
        var sent = try rebuilt.plan.cutPartnerView(for: partner)
        sent.view = .partner(for: partner, sourceRevision: sourceRevision)
        let since = SinceCut(plan: self, rebuilt: rebuilt, partner: partner)

        // What is already wrong with the plan, once: an applied change never adds an error,
        // so this stays the baseline a change is judged against for the whole merge.
        let knownErrors = Set(PlanValidator().validate(self).filter { $0.severity == .error }.map(\.message))
        // Where each task is (the first of a repeated id) and each agency, found once: a merge
        // changing every task must stay linear, so nothing below searches the plan per task
        // (status changes included: the workflow is given the same index).
        let index = MergeIndex(tasks: TaskIndex(self), agencies: agencies)
        // The tasks the view held when it was cut (the first of each id): the only ones the
        // update may change, whatever else the file carries.
        var held: [TaskID: PlanTask] = [:]
        for task in sent.allTasks where held[task.id] == nil { held[task.id] = task }
        var hidden = Set<TaskID>()
        for task in allTasks where held[task.id] == nil { hidden.insert(task.id) }
        var report = MergeReport(agency: partner, sourceRevision: sourceRevision)
        report.signedBy = signedBy
        let scope = MergeScope(cut: cut.at, sent: sent, hidden: hidden)
        var seen = Set<TaskID>()
        for incoming in update.allTasks {
            // Not a word about a task the view did not hold: not its title, owner, or whether
            // the plan has it at all.
            guard let base = held[incoming.id] else {
                report.items.append(.init(task: incoming.id, outcome: .refused, change: "not in your view",
                    reason: "the view of revision \(sourceRevision) for '\(partner)' did not hold it; a view changes only the tasks it holds"))
                continue
            }
            guard seen.insert(incoming.id).inserted else {
                report.items.append(.init(task: incoming.id, outcome: .refused, change: "a second copy of the task", reason: "a view holds each task once"))
                continue
            }
            guard let position = index.tasks.position(of: incoming.id, in: self) else {
                report.items.append(.init(task: incoming.id, outcome: .conflict, change: "changes to a task the plan has since removed",
                    reason: "the plan removed task '\(incoming.id)' after revision \(sourceRevision)"))
                continue
            }
            let history = since.task(incoming.id, now: stages[position.stageIndex].tasks[position.taskIndex])
            merge(incoming, base: base, at: position, since: history, from: update, into: &report, knownErrors: knownErrors,
                  index: index, scope: scope, by: context)
        }
        for task in sent.allTasks where !seen.contains(task.id) && held[task.id] == task {
            report.items.append(.init(task: task.id, outcome: .refused, change: "removed from the view",
                reason: "a view cannot remove a task; cancel it with a reason instead"))
            seen.insert(task.id)
        }
        for item in editsOutsideTasks(of: update, sent: sent, touched: since.unknownSubjects) {
            if item.outcome == .stale { report.stale.append(item) } else { report.items.append(item) }
        }
        return report
    }

    /// Cuts the view for `agency` and records its export (an `exported` event), as
    /// `chb export --for` does: the view's `sourceRevision` is the revision before the event,
    /// which is what a merge of the returned view asks for.
    /// - Throws: ``PlanChangeError`` as ``partnerView(for:)`` and ``recordExport(of:by:)`` do.
    public mutating func exportPartnerView(for agency: AgencyID, by context: ChangeContext) throws(PlanChangeError) -> Plan {
        let view = try partnerView(for: agency)
        try recordExport(of: view, by: context)
        return view
    }

    /// The `exported` event that took this plan from `source` to the next revision, which must
    /// be about `partner`: the proof that the plan sent that agency a view of that revision.
    /// - Throws: ``PlanChangeError`` (`invalid-update`) when there is none.
    public func exportEvent(of source: Int, to partner: AgencyID) throws(PlanChangeError) -> HistoryEvent {
        let position = source - (revision - history.count)
        guard history.indices.contains(position), history[position].kind == .exported,
              history[position].subject == partner.rawValue else {
            throw PlanChangeError(.invalidUpdate(.notExported(source, agency: partner)))
        }
        return history[position]
    }

    /// The view this plan sent `partner` at revision `source`: the plan as it stood then, cut
    /// with the partner-view rules of ``partnerView(for:)``.
    /// - Throws: ``PlanChangeError`` when the plan cannot be rebuilt at that revision or gives no
    ///   view for the agency there.
    public func partnerViewAsSent(to partner: AgencyID, atRevision source: Int) throws(PlanChangeError) -> Plan {
        guard let rebuilt = asItStood(atRevision: source) else {
            throw PlanChangeError(.invalidUpdate(.unknownRevision(source, current: revision)))
        }
        var view = try rebuilt.plan.cutPartnerView(for: partner)
        view.view = .partner(for: partner, sourceRevision: source)
        return view
    }

    /// Lists every difference between the update and the view as sent outside its tasks: none
    /// is a partner's to make, so each is refused (never "nothing to merge").
    ///
    /// `touched` holds the subjects of the events since the view was cut that the rebuild
    /// could not undo: the view as sent may differ there from what the partner got, so a
    /// difference in one of them is a conflict rather than the partner's edit (the plan's value
    /// stands either way).
    private func editsOutsideTasks(of update: Plan, sent: Plan, touched: Set<String>) -> [MergeReport.Item] {
        var items: [MergeReport.Item] = []
        let reason = "a view changes only its tasks' status, progress, dates, notes and blocked reason; the plan's lead agency changes the rest"
        func refuse(_ about: String, _ change: String, subject: String? = nil) {
            if touched.contains(subject ?? id.rawValue) {
                items.append(.init(about: about, outcome: .conflict, change: change,
                    reason: "the plan changed it after revision \(sent.revision) and its history does not say how"))
            } else {
                items.append(.init(about: about, outcome: .refused, change: change, reason: reason))
            }
        }
        func compare<Item: Hashable, ID: Hashable & CustomStringConvertible>(
            _ kind: String, _ old: [Item], _ new: [Item], id: (Item) -> ID
        ) {
            var before: [ID: Item] = [:]
            for item in old where before[id(item)] == nil { before[id(item)] = item }
            var found = Set<ID>()
            for item in new {
                let key = id(item)
                let subject = key.description
                guard found.insert(key).inserted else { refuse("\(kind) '\(key)'", "repeated", subject: subject); continue }
                if let was = before[key] {
                    if was != item { refuse("\(kind) '\(key)'", "changed", subject: subject) }
                } else {
                    refuse("\(kind) '\(key)'", "added", subject: subject)
                }
            }
            for item in old where !found.contains(id(item)) {
                found.insert(id(item))
                refuse("\(kind) '\(id(item))'", "removed", subject: id(item).description)
            }
        }
        if update.revision != sent.revision { refuse("plan", "revision \(sent.revision) → \(update.revision)") }
        if update.classification != sent.classification {
            refuse("plan", "marking \(sent.classification.rawValue) → \(update.classification.rawValue)")
        }
        if update.title != sent.title { refuse("plan", "title changed") }
        if update.area != sent.area { refuse("plan", "area changed") }
        if update.governance != sent.governance { refuse("plan", "governance changed") }
        if update.extensions != sent.extensions { refuse("plan", "extensions changed") }
        compare("agency", sent.agencies, update.agencies, id: \.id)
        compare("stage", sent.stages.map(\.withoutTasksAndCriteria), update.stages.map(\.withoutTasksAndCriteria), id: \.kind.rawValue)
        compare("criterion", sent.stages.flatMap(\.exitCriteria), update.stages.flatMap(\.exitCriteria), id: \.id)
        compare("measure", sent.measures, update.measures, id: \.id)
        compare("risk", sent.risks, update.risks, id: \.id)
        return items
    }

    /// Judges and applies one task of the update: its status first (through the workflow),
    /// then its other fields against the task as the transition left it. `base` is the task as
    /// the view held it when cut.
    private mutating func merge(
        _ incoming: PlanTask, base: PlanTask, at position: TaskPosition, since: SinceCut.Task, from update: Plan,
        into report: inout MergeReport, knownErrors: Set<String>, index: MergeIndex, scope: MergeScope, by context: ChangeContext
    ) {
        let partner = context.agency
        let sourceRevision = report.sourceRevision
        let (p, t) = (position.stageIndex, position.taskIndex)
        let current = stages[p].tasks[t]
        let leads = current.lead == partner
        // A supporting agency adds notes to the tasks it supports, as in the full plan.
        let mayNote = leads || current.supports.contains(partner)
        let origin = "from \(partner)'s update of revision \(sourceRevision)" + (report.signedBy.map { ", signed with certificate sha256:\($0)" } ?? "")
        let notLed = "task '\(current.id)' is led by '\(current.lead)', not '\(partner)'"

        let newNotes = judgeNotes(of: incoming, base: base, current: current, scope: scope, into: &report, by: context)

        /// How one value of the update that differs from the plan's is taken (three ways: the
        /// view as sent, the plan now, the update); `nil` when it is the partner's change to make.
        func judged(_ field: PartnerField, _ change: String) -> MergeReport.Item? {
            guard let theirs = incoming.value(of: field), let ours = current.value(of: field) else { return nil }
            let was = base.value(of: field)
            if since.unknown {
                return .init(task: current.id, outcome: .conflict, change: change,
                    reason: "the plan changed task '\(current.id)' after revision \(sourceRevision) and its history does not say how")
            }
            if theirs == was {
                return .init(task: current.id, outcome: .stale, change: "\(field.name) \(theirs)",
                    reason: "as at revision \(sourceRevision); the plan has \(ours) since")
            }
            if since.partnerValues[field]?.contains(theirs.description) == true {
                return .init(task: current.id, outcome: .stale, change: "\(field.name) \(theirs)",
                    reason: "already merged from '\(partner)'; the plan has \(ours) since")
            }
            guard since.changed else { return nil }
            if let was, was != ours {
                return .init(task: current.id, outcome: .conflict, change: change,
                    reason: "the plan changed \(field.name) from \(was) after revision \(sourceRevision)")
            }
            return .init(task: current.id, outcome: .conflict, change: change,
                reason: "the plan changed task '\(current.id)' after revision \(sourceRevision)")
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
                var item = transition(current.id, from: current.status, to: incoming.status, at: position, incoming: incoming, origin: origin, index: index, by: context)
                item.reason = item.reason.map(scope.withheld)
                report.items.append(item)
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
            // A partner re-dates a task but never removes a date the view had.
            if [.start, .due, .durationDays].contains(field), value.isNone {
                if let had = base.value(of: field), !had.isNone {
                    report.items.append(.init(task: current.id, outcome: .refused, change: "\(field.name) \(had) → none",
                        reason: "a partner re-dates a task but never removes its \(field.name); ask the plan's lead agency"))
                } else if let item = judged(field, change) {
                    file(item)
                }
                continue
            }
            // Done sets progress 100: when the done itself was not applied, neither is that.
            if field == .progress, incoming.status == .done, now.status != .done, incoming.progress == 100 {
                report.items.append(.init(task: current.id, outcome: .refused, change: change,
                    reason: "it comes with marking the task done, which was not applied"))
                continue
            }
            if let item = judged(field, change) { file(item) } else { changes.append((field, change)) }
        }
        judgeFixedFields(of: incoming, against: base, now: current, in: update, since: since, scope: scope, into: &report)
        var noteChange: String?
        if !newNotes.isEmpty {
            let change = counted(newNotes.count, "new note")
            if since.changed {
                report.items.append(.init(task: current.id, outcome: .conflict, change: change,
                    reason: "the plan changed task '\(current.id)' after revision \(sourceRevision)"))
            } else if !mayNote {
                report.items.append(.init(task: current.id, outcome: .refused, change: change,
                    reason: "'\(partner)' neither leads nor supports task '\(current.id)'"))
            } else {
                noteChange = change
            }
        }
        if !leads {
            report.items += changes.map { .init(task: current.id, outcome: .refused, change: $0.change, reason: notLed) }
            changes = []
        }
        if let noteChange { changes.append((.notes, noteChange)) }
        guard !changes.isEmpty else { return }
        report.items += apply(changes, notes: newNotes, from: incoming, at: position, origin: origin, knownErrors: knownErrors, index: index, by: context)
    }

    /// The notes the update adds to a task, judged: a new note must be the partner's own,
    /// dated from when the view was cut to the merge; a note the view held must come back
    /// as it was (a changed or removed one is a refused edit). Returns the new notes to apply.
    private func judgeNotes(
        of incoming: PlanTask, base: PlanTask, current: PlanTask, scope: MergeScope, into report: inout MergeReport, by context: ChangeContext
    ) -> [Note] {
        let partner = context.agency
        struct Key: Hashable { let at: Instant; let agency: AgencyID }
        // The notes the view held.
        let held = base.notes
        var heldByKey: [Key: Note] = [:]
        for note in held { heldByKey[Key(at: note.at, agency: note.agency)] = note }
        let known = Set(current.notes).union(held)
        var returnedKeys = Set<Key>()
        var newNotes: [Note] = []
        for note in incoming.notes {
            let key = Key(at: note.at, agency: note.agency)
            returnedKeys.insert(key)
            guard !known.contains(note), !newNotes.contains(note) else { continue }
            let label = "note by '\(note.agency)' at \(note.at)"
            if heldByKey[key] != nil {
                report.items.append(.init(task: current.id, outcome: .refused, change: "\(label) changed",
                    reason: "notes are added, never changed; add a new note instead"))
            } else if note.agency != partner {
                report.items.append(.init(task: current.id, outcome: .refused, change: label,
                    reason: "'\(partner)' may add only its own notes"))
            } else if note.at < scope.cut {
                report.items.append(.init(task: current.id, outcome: .refused, change: label,
                    reason: "dated before the view was cut at \(scope.cut)"))
            } else if note.at > context.at {
                report.items.append(.init(task: current.id, outcome: .refused, change: label,
                    reason: "dated after the merge at \(context.at)"))
            } else {
                newNotes.append(note)
            }
        }
        for note in held where !returnedKeys.contains(Key(at: note.at, agency: note.agency)) {
            report.items.append(.init(task: current.id, outcome: .refused, change: "note by '\(note.agency)' at \(note.at) removed",
                reason: "notes are added, never removed"))
        }
        return newNotes
    }

    /// Reports what the update changed in fields a view may not change (its title, lead,
    /// marking, dependencies and extensions, and for a task the partner leads or supports its
    /// strand, priority, owner, description and supporting agencies), so no such edit is
    /// dropped silently: a value other than the view's as sent is the partner's edit,
    /// **refused** (a conflict where the history cannot say what the task was then); the
    /// view's value where the plan changed the field since is a stale copy, skipped. Only the
    /// view's values and the update's are printed.
    private func judgeFixedFields(
        of incoming: PlanTask, against base: PlanTask, now current: PlanTask, in update: Plan, since: SinceCut.Task, scope: MergeScope,
        into report: inout MergeReport
    ) {
        let fullCopy = base.lead == report.agency || base.supports.contains(report.agency)
        var fields: [(name: String, from: String, to: String, now: String?)] = []
        func quoted(_ value: String?) -> String { value.map { "'\($0)'" } ?? "none" }
        func compare(_ name: String, _ old: String?, _ new: String?, now: String?? = .none) {
            if old != new {
                fields.append((name, quoted(old), quoted(new), nil))
            } else if case .some(let ours) = now, ours != old {
                fields.append((name, quoted(old), quoted(new), quoted(ours)))
            }
        }
        let sortedSupports = { (task: PlanTask) -> String? in task.supports.isEmpty ? nil : task.supports.map(\.rawValue).sorted().joined(separator: ";") }
        compare("title", base.title, incoming.title, now: current.title)
        compare("lead", base.lead.rawValue, incoming.lead.rawValue, now: current.lead.rawValue)
        compare("strand", base.strand?.rawValue, incoming.strand?.rawValue, now: fullCopy ? current.strand?.rawValue : .none)
        compare("priority", base.priority.rawValue, incoming.priority.rawValue, now: fullCopy ? current.priority.rawValue : .none)
        compare("owner", base.owner, incoming.owner, now: fullCopy ? current.owner : .none)
        compare("description", base.description, incoming.description, now: fullCopy ? current.description : .none)
        if Set(base.supports) != Set(incoming.supports) {
            compare("supports", sortedSupports(base), sortedSupports(incoming))
        }
        // A task's own marking (a change of the view's marking is listed once, for the plan).
        if incoming.classification != nil || update.classification == scope.sent.classification {
            let marking = (base.classification ?? scope.sent.classification, incoming.classification ?? update.classification)
            compare("classification", marking.0.rawValue, marking.1.rawValue)
        }
        if Set(base.dependencies) != Set(incoming.dependencies) {
            let describe = { (list: [Dependency]) -> String? in
                list.isEmpty ? nil : list.map { scope.hidden.contains($0.task) ? "(a task not in your view)" : $0.task.rawValue }.sorted().joined(separator: ";")
            }
            compare("dependsOn", describe(base.dependencies), describe(incoming.dependencies))
        }
        if base.extensions != incoming.extensions { fields.append(("extensions", "as sent", "changed", nil)) }
        let sourceRevision = report.sourceRevision
        for field in fields {
            if let now = field.now {
                report.stale.append(.init(task: base.id, outcome: .stale, change: "\(field.name) \(field.to)",
                    reason: "as at revision \(sourceRevision); the plan has \(now) since"))
                continue
            }
            let change = "\(field.name) \(field.from) → \(field.to)"
            if since.unknown {
                report.items.append(.init(task: base.id, outcome: .conflict, change: change,
                    reason: "the plan changed task '\(base.id)' after revision \(sourceRevision) and its history does not say how"))
            } else {
                report.items.append(.init(task: base.id, outcome: .refused, change: change,
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
        // One `merged` event per change, carrying the fields it changed.
        for (field, change) in changes {
            let snapshot = historySnapshot(ofTaskAt: position)
            switch field {
            case .progress: stages[p].tasks[t].progress = incoming.progress
            case .start: stages[p].tasks[t].start = incoming.start
            case .due: stages[p].tasks[t].due = incoming.due
            case .durationDays: stages[p].tasks[t].durationDays = incoming.durationDays
            case .blockedReason: stages[p].tasks[t].blockedReason = incoming.blockedReason
            case .notes: stages[p].tasks[t].notes += notes
            case .status: break
            }
            record(.merged, about: .task(changed.id), "\(change) (\(origin))", by: context, since: snapshot)
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

/// What the plan did since a view was cut, from the plan as it stood then (rebuilt from the
/// history) and the events since, found once per merge.
struct SinceCut {
    /// What the plan did to one task since the cut.
    struct Task {
        /// Whether the plan changed the task since (any field, by anyone, the partner's own
        /// earlier merges included), or an event the rebuild could not undo touches it.
        var changed: Bool
        /// Whether an event the rebuild could not undo touches the task: what it was then is
        /// not known for sure.
        var unknown: Bool
        /// The values (as the history writes them) the partner's own events since gave each field.
        var partnerValues: [PartnerField: Set<String>]
    }

    /// The tasks as they stood then, the first of each id.
    private var then: [TaskID: PlanTask] = [:]
    /// The subjects of the events since that the rebuild could not undo.
    private(set) var unknownSubjects: Set<String> = []
    /// Whether such an event is about the plan as a whole (it may have changed any task).
    private var unknownPlanWide = false
    /// Per task, the values the partner's own events since gave its fields.
    private var partnerValues: [TaskID: [PartnerField: Set<String>]] = [:]

    init(plan: Plan, rebuilt: PlanRebuild, partner: AgencyID) {
        for task in rebuilt.plan.allTasks where then[task.id] == nil { then[task.id] = task }
        for event in rebuilt.unrebuilt {
            unknownSubjects.insert(event.subject)
            if event.subject == plan.id.rawValue { unknownPlanWide = true }
        }
        let count = max(0, min(plan.history.count, plan.revision - rebuilt.plan.revision))
        for event in plan.history.suffix(count) where event.agency == partner {
            for change in event.changes {
                guard let field = PartnerField(rawValue: change.field), let to = change.to else { continue }
                partnerValues[TaskID(event.subject), default: [:]][field, default: []].insert(to)
            }
        }
    }

    /// What the plan did to task `id` (now `current`) since the cut.
    func task(_ id: TaskID, now current: PlanTask) -> Task {
        let unknown = unknownPlanWide || unknownSubjects.contains(id.rawValue)
        return Task(changed: unknown || then[id] != current, unknown: unknown, partnerValues: partnerValues[id] ?? [:])
    }
}

/// A field of a task that a partner may change in its view, as a merge compares it (the raw
/// value is the field's name in the format and in history changes).
enum PartnerField: String, CaseIterable, Hashable, Sendable {
    case status
    case progress
    case start
    case due
    case durationDays
    case blockedReason
    case notes

    /// The name the merge's reports and `merged` events use.
    var name: String { self == .blockedReason ? "blocked reason" : rawValue }
}

/// The value of one ``PartnerField``; `nil` inside means the task has none.
enum PartnerValue: Hashable, Sendable, CustomStringConvertible {
    case status(PlanTask.Status)
    case number(Int?)
    case date(CalendarDate?)
    case text(String?)

    /// As the history and the merge report write it: `none` for no value.
    var description: String {
        switch self {
        case .status(let status): status.rawValue
        case .number(let number): number.map(String.init) ?? "none"
        case .date(let date): date.map(String.init(describing:)) ?? "none"
        case .text(let text): text ?? "none"
        }
    }
}

extension PlanTask {
    /// The task's value of a field a partner may change (`nil` for notes, which have no one value).
    func value(of field: PartnerField) -> PartnerValue? {
        switch field {
        case .status: .status(status)
        case .progress: .number(progress)
        case .start: .date(start)
        case .due: .date(due)
        case .durationDays: .number(durationDays)
        case .blockedReason: .text(blockedReason)
        case .notes: nil
        }
    }
}

/// What a merge judges every task of an update against, found once per merge.
private struct MergeScope {
    /// When the view was cut (its `exported` event): no new note is older.
    let cut: Instant
    /// The view as the plan sent it.
    let sent: Plan
    /// The plan's tasks the view did not hold: never named in the report.
    let hidden: Set<TaskID>

    /// `text`, or a neutral sentence when it names a task the view did not hold (the workflow's
    /// messages name a task's predecessors, quoted or not).
    func withheld(_ text: String) -> String {
        let words = text.split { $0.isWhitespace || "'\"(),:;".contains($0) }
        let names = words.contains { word in
            hidden.contains(TaskID(String(word))) || (word.hasSuffix(".") && hidden.contains(TaskID(String(word.dropLast()))))
        }
        return names ? "the workflow refused it for a reason that concerns a task not in your view" : text
    }
}

extension Stage {
    /// The stage's own fields, without its tasks and exit criteria (compared one by one).
    fileprivate var withoutTasksAndCriteria: Stage {
        var stage = self
        stage.tasks = []
        stage.exitCriteria = []
        return stage
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

extension PartnerValue {
    /// Whether the value is "none" (the task has no value for the field).
    var isNone: Bool {
        switch self {
        case .status: false
        case .number(let number): number == nil
        case .date(let date): date == nil
        case .text(let text): text == nil
        }
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
