/// A move in a task's workflow.
public enum TaskAction: String, CaseIterable, Hashable, Sendable {
    /// `planned → inProgress`.
    case start
    /// `planned` or `inProgress` `→ blocked`, with a reason; sets `blockedSince`.
    case block
    /// `blocked → inProgress`; clears `blockedSince` and `blockedReason`.
    case unblock
    /// `inProgress → done`; sets `completedOn` and progress 100.
    case done
    /// Any open status `→ cancelled`, with a reason.
    case cancel
    /// `done → inProgress`, with a reason; clears `completedOn`.
    case reopen

    /// The verb used in messages: "start", "block", "mark done"…
    var verb: String { self == .done ? "mark done" : rawValue }
}

extension Plan {
    /// Starts a task: `planned → inProgress`.
    ///
    /// Gates (overridable): the task's stage is active; every `finishToStart` predecessor is done.
    /// - Parameters:
    ///   - task: The task.
    ///   - reason: Optional text for the history event.
    ///   - override: A reason to proceed although a gate failed.
    ///   - context: Who acts and when.
    /// - Returns: The gates overridden and the event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    package mutating func startTask(
        _ task: TaskID, reason: String? = nil, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(task, .start, reason: reason, override: override, by: context)
    }

    /// Blocks an open task, recording why and since when (the context's date).
    ///
    /// - Parameters:
    ///   - task: The task.
    ///   - reason: Why it is blocked (required); kept as the task's `blockedReason`.
    ///   - override: Accepted for symmetry; blocking has no gate.
    ///   - context: Who acts and when.
    /// - Returns: The event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    package mutating func blockTask(
        _ task: TaskID, reason: String?, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(task, .block, reason: reason, override: override, by: context)
    }

    /// Unblocks a task: `blocked → inProgress`.
    ///
    /// Gate (overridable): every `finishToStart` predecessor is done, since the task is then
    /// under way.
    /// - Parameters:
    ///   - task: The task.
    ///   - reason: Optional text for the history event.
    ///   - override: A reason to proceed although a gate failed.
    ///   - context: Who acts and when.
    /// - Returns: The gates overridden and the event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    package mutating func unblockTask(
        _ task: TaskID, reason: String? = nil, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(task, .unblock, reason: reason, override: override, by: context)
    }

    /// Marks a task done: `inProgress → done`, progress 100, `completedOn` the context's date.
    ///
    /// - Parameters:
    ///   - task: The task.
    ///   - reason: Optional text for the history event.
    ///   - override: Accepted for symmetry; finishing has no gate.
    ///   - context: Who acts and when.
    /// - Returns: The event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    package mutating func completeTask(
        _ task: TaskID, reason: String? = nil, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(task, .done, reason: reason, override: override, by: context)
    }

    /// Cancels an open task, with a reason.
    ///
    /// - Parameters:
    ///   - task: The task.
    ///   - reason: Why it will not be done (required).
    ///   - override: Accepted for symmetry; cancelling has no gate.
    ///   - context: Who acts and when.
    /// - Returns: The event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    package mutating func cancelTask(
        _ task: TaskID, reason: String?, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(task, .cancel, reason: reason, override: override, by: context)
    }

    /// Reopens a done task: `done → inProgress`, with a reason; clears `completedOn`.
    ///
    /// A task of a complete stage cannot be reopened: reopen the stage first.
    /// - Parameters:
    ///   - task: The task.
    ///   - reason: Why (required).
    ///   - override: Accepted for symmetry; reopening has no gate.
    ///   - context: Who acts and when.
    /// - Returns: The event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    package mutating func reopenTask(
        _ task: TaskID, reason: String?, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(task, .reopen, reason: reason, override: override, by: context)
    }

    /// Applies any task action; the named methods call this.
    ///
    /// The state machine: `planned → inProgress → done`; `planned` or `inProgress → blocked`
    /// (reason) `→ inProgress`; any open status `→ cancelled` (reason); `done → inProgress`
    /// (reopen, reason). Anything else is refused and cannot be overridden.
    ///
    /// A partner view takes the same moves, under the same rules, for the tasks its agency
    /// leads (by that agency, without override); nothing is recorded there (see
    /// ``requireMayChangeTask(_:by:notesOnly:)``), and the returned outcome's event is the one a
    /// merge will write.
    /// - Parameters:
    ///   - id: The task.
    ///   - action: What to do.
    ///   - reason: Text for the event; required to block, cancel and reopen.
    ///   - override: A reason to proceed although gates failed.
    ///   - context: Who acts and when.
    /// - Returns: The gates overridden and the event recorded.
    /// - Throws: `PlanChangeError`; the plan is then unchanged.
    @discardableResult
    public mutating func transition(
        _ id: TaskID, _ action: TaskAction, reason: String? = nil, override: String? = nil,
        by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(id, action, reason: reason, override: override, by: context, tasks: nil)
    }

    /// Applies a task action, finding the task and its predecessors through `index` when one
    /// is given: the same checks, outcome and event as
    /// ``transition(_:_:reason:override:by:)-(TaskID,_,_,_,_)``, at a cost in proportion to
    /// the task rather than the plan. A merge, which moves a task per change, builds the index
    /// once; ``TaskIndex`` checks each answer against the plan, so a stale one is never trusted.
    @discardableResult
    mutating func transition(
        _ id: TaskID, _ action: TaskAction, reason: String? = nil, override: String? = nil,
        by context: ChangeContext, tasks index: TaskIndex?
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try requireAgency(context.agency, as: .acting)
        try checkOverride(override)
        guard let position = position(of: id, in: index) else { throw PlanChangeError(.unknownTask(id)) }
        // The stage's fields, not the stage: a copy of the stage kept while the task changes
        // would make the change copy every task of the stage.
        let (stageKind, stageStatus) = (stages[position.stageIndex].kind, stages[position.stageIndex].status)
        let current = stages[position.stageIndex].tasks[position.taskIndex]
        try requireMayChangeTask(current, by: context.agency)
        if override != nil, case .partner(let partner, _) = view {
            throw PlanChangeError(.viewChangeRefused(.override(id, view: partner)))
        }
        let status = current.status
        let move = PlanChangeError.WorkflowMove.task(id, action, from: status)
        let target: PlanTask.Status
        switch (action, status) {
        case (.start, .planned): target = .inProgress
        case (.block, .planned), (.block, .inProgress): target = .blocked
        case (.unblock, .blocked): target = .inProgress
        case (.done, .inProgress): target = .done
        case (.cancel, .planned), (.cancel, .inProgress), (.cancel, .blocked): target = .cancelled
        case (.reopen, .done): target = .inProgress
        default: throw PlanChangeError(.invalidTransition(move))
        }
        var reason = reason?.trimmedOrNil
        switch action {
        case .block, .cancel, .reopen:
            // An override reason, when given, serves as the reason.
            guard let given = reason ?? override?.trimmedOrNil else { throw PlanChangeError(.reasonRequired(move)) }
            reason = given
        case .start, .unblock, .done:
            break
        }
        if action == .reopen, stageStatus == .complete {
            throw PlanChangeError(.stageComplete(id, stageKind))
        }
        switch action {
        case .block: try requireNotFuture(context.date, .blockedSince(id), by: context)
        case .done: try requireNotFuture(context.date, .completedOn(id), by: context)
        case .start, .unblock, .cancel, .reopen: break
        }
        let gates = taskGates(action, at: position, tasks: index)
        let blockedReason = reason
        return try runTransition(
            move, subject: .task(id), gates: gates, reason: reason, override: override,
            normal: .taskStatusChanged, summary: "\(status.rawValue) → \(target.rawValue)", by: context,
            snapshot: historySnapshot(ofTaskAt: position)
        ) { plan in
            var task = plan.stages[position.stageIndex].tasks[position.taskIndex]
            task.status = target
            task.blockedSince = nil
            task.blockedReason = nil
            switch action {
            case .block:
                task.blockedSince = context.date
                task.blockedReason = blockedReason
            case .done:
                task.completedOn = context.date
                task.progress = 100
            case .reopen:
                task.completedOn = nil
            case .start, .unblock, .cancel:
                break
            }
            plan.stages[position.stageIndex].tasks[position.taskIndex] = task
        }
    }

    /// The gates that would stop a task action now, in the order they are reported. Empty
    /// when the action may go ahead.
    ///
    /// - A task leaves `planned` for work (start, block) only once its stage is active;
    ///   cancelling planned work is not gated.
    /// - `start` and `unblock` wait for every `finishToStart` predecessor to be done.
    public func taskGates(_ action: TaskAction, for id: TaskID) -> [WorkflowGate] {
        guard let position = position(of: id) else { return [] }
        return taskGates(action, at: position, tasks: nil)
    }

    /// The gates of the task at `position`, its predecessors found through `index`, or through
    /// one built here when there are any to find.
    private func taskGates(_ action: TaskAction, at position: TaskPosition, tasks index: TaskIndex?) -> [WorkflowGate] {
        let stage = stages[position.stageIndex]
        let task = stage.tasks[position.taskIndex]
        let id = task.id
        var gates: [WorkflowGate] = []
        if task.status == .planned, action == .start || action == .block, stage.status != .active {
            gates.append(WorkflowGate(.stageActive, subjects: [.stage(stage.kind)],
                "stage \(stage.kind.rawValue) is \(stage.status == .complete ? "complete" : "not started") (a task leaves planned only while its stage is active)"))
        }
        guard action == .start || action == .unblock else { return gates }
        let links = task.dependencies.filter { $0.type == .finishToStart && $0.task != id }
        guard !links.isEmpty else { return gates }
        // The predecessors found in one pass over the plan, not a search each, and each listed
        // once, in link order: a task waiting on thousands stays linear.
        let index = index ?? TaskIndex(self)
        var waiting: [(TaskID, PlanTask.Status)] = []
        var listed = Set<TaskID>()
        for dependency in links {
            guard let at = index.position(of: dependency.task, in: self) else { continue }
            let predecessor = stages[at.stageIndex].tasks[at.taskIndex]
            guard predecessor.status != .done else { continue }
            if listed.insert(predecessor.id).inserted { waiting.append((predecessor.id, predecessor.status)) }
        }
        guard !waiting.isEmpty else { return gates }
        let text = waiting.count == 1
            ? "predecessor \(waiting[0].0) is \(waiting[0].1.rawValue), not done (finish-to-start)"
            : "\(waiting.count) finish-to-start predecessors not done: "
                + waiting.map { "\($0.0) (\($0.1.rawValue))" }.joined(separator: ", ")
        gates.append(WorkflowGate(.predecessorsDone, subjects: waiting.map { .task($0.0) }, text))
        return gates
    }

    /// The position of the first task with this id: through `index` if given, else by a search.
    private func position(of id: TaskID, in index: TaskIndex?) -> TaskPosition? {
        if let index { index.position(of: id, in: self) } else { position(of: id) }
    }
}
