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
        var report = MergeReport(agency: partner, sourceRevision: sourceRevision)
        for incoming in update.allTasks {
            guard let current = task(incoming.id) else {
                report.items.append(.init(task: incoming.id, outcome: .refused, change: "unknown task", reason: "task '\(incoming.id)' is not in the plan"))
                continue
            }
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
                report.items += apply(changes, to: current, from: update, knownErrors: knownErrors, by: context)
            }
        }
        return report
    }

    /// Applies one task's changes; each part is all or nothing.
    private mutating func apply(
        _ changes: TaskChanges, to current: PlanTask, from update: Plan, knownErrors: Set<String>, by context: ChangeContext
    ) -> [MergeReport.Item] {
        var items: [MergeReport.Item] = []
        let origin = "from \(context.agency)'s update of revision \(update.view.sourceRevision ?? 0)"
        if let status = changes.status {
            var attempt = self
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
                    try attempt.transition(current.id, action, reason: reason, by: step)
                }
                self = attempt
                items.append(.init(task: current.id, outcome: .applied, change: change))
            } catch {
                items.append(.init(task: current.id, outcome: .refused, change: change, reason: error.message))
            }
        }

        guard let position = position(of: current.id) else { return items }
        let descriptions = changes.fieldDescriptions(against: stages[position.phaseIndex].tasks[position.taskIndex])
        guard !descriptions.isEmpty else { return items }
        var attempt = self
        attempt.stages[position.phaseIndex].tasks[position.taskIndex].apply(changes, against: stages[position.phaseIndex].tasks[position.taskIndex])
        let introduced = PlanValidator().validate(attempt).filter { $0.severity == .error && !knownErrors.contains($0.message) }
        if let problem = introduced.first {
            for change in descriptions {
                items.append(.init(task: current.id, outcome: .refused, change: change, reason: problem.message))
            }
            return items
        }
        for description in descriptions {
            attempt.record(.merged, about: .task(current.id), "\(description) (\(origin))", by: context)
        }
        self = attempt
        items += descriptions.map { .init(task: current.id, outcome: .applied, change: $0) }
        return items
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
        if !notes.isEmpty { lines.append("\(notes.count) new note\(notes.count == 1 ? "" : "s")") }
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
