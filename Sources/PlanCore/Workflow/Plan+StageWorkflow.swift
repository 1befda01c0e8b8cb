/// A move in a stage's workflow.
public enum StageAction: String, CaseIterable, Hashable, Sendable {
    /// `notStarted → active`; sets `started`.
    case start
    /// `active → complete`; sets `completed`.
    case complete
    /// `complete → active`, with a reason; clears `completed`.
    case reopen
}

extension Plan {
    /// Starts a stage: `notStarted → active`, setting `started` to the context's date.
    ///
    /// Gate (overridable): the stage before it is active or complete. Only the plan's lead
    /// agency runs the stages (not a gate).
    /// - Parameters:
    ///   - stage: The stage to start.
    ///   - reason: Optional text for the history event.
    ///   - override: A reason to proceed although a gate failed; recorded as an `override` event.
    ///   - context: Who acts and when.
    /// - Returns: The gates overridden and the event recorded.
    /// - Throws: `PlanChangeError` naming the failed gate or the impossible transition; the plan
    ///   is then unchanged.
    @discardableResult
    package mutating func startStage(
        _ stage: StageKind, reason: String? = nil, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(stage, .start, reason: reason, override: override, by: context)
    }

    /// Completes a stage: `active → complete`, setting `completed` to the context's date.
    ///
    /// Gates (overridable): every exit criterion met, no open task, the stage before complete.
    /// Only the plan's lead agency runs the stages (not a gate).
    /// - Parameters:
    ///   - stage: The stage to complete.
    ///   - reason: Optional text for the history event.
    ///   - override: A reason to proceed although gates failed; recorded as an `override` event.
    ///   - context: Who acts and when.
    /// - Returns: The gates overridden and the event recorded.
    /// - Throws: `PlanChangeError` naming every failed gate; the plan is then unchanged.
    @discardableResult
    package mutating func completeStage(
        _ stage: StageKind, reason: String? = nil, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(stage, .complete, reason: reason, override: override, by: context)
    }

    /// Reopens a completed stage: `complete → active`, clearing `completed`.
    ///
    /// Only the plan's lead agency runs the stages.
    /// - Parameters:
    ///   - stage: The stage to reopen.
    ///   - reason: Why (required), e.g. "re-clear: a new line is operating".
    ///   - override: Accepted for symmetry; reopening has no gate, so it becomes the reason.
    ///   - context: Who acts and when.
    /// - Returns: The event recorded.
    /// - Throws: `PlanChangeError` when the acting agency is not the plan's lead agency, the
    ///   stage is not complete or no reason is given.
    @discardableResult
    package mutating func reopenStage(
        _ stage: StageKind, reason: String?, override: String? = nil, by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try transition(stage, .reopen, reason: reason, override: override, by: context)
    }

    /// Applies any stage action; the named methods call this.
    ///
    /// Only the plan's lead agency (the coordinator) runs the stages: any other agency is
    /// refused (``PlanChangeError/Kind/notPlanLeadAgency(_:planLead:change:)``; not a gate, so
    /// an override does not help), and so is any change to a partner view.
    /// - Parameters:
    ///   - stage: The stage.
    ///   - action: What to do.
    ///   - reason: Text for the event (required to reopen).
    ///   - override: A reason to proceed although gates failed.
    ///   - context: Who acts and when.
    /// - Returns: The gates overridden and the event recorded.
    /// - Throws: `PlanChangeError` when the acting agency is not the plan's lead agency, the
    ///   move is impossible or its gates fail; the plan is then unchanged.
    @discardableResult
    public mutating func transition(
        _ stage: StageKind, _ action: StageAction, reason: String? = nil, override: String? = nil,
        by context: ChangeContext
    ) throws(PlanChangeError) -> WorkflowOutcome {
        try requireCoordinator(context, for: .stage(stage, action))
        try checkOverride(override)
        guard let p = stageIndex(stage) else { throw PlanChangeError(.unknownStage(stage)) }
        let status = stages[p].status
        let move = PlanChangeError.WorkflowMove.stage(stage, action, from: status)
        let target: Stage.Status
        var reason = reason
        switch (action, status) {
        case (.start, .notStarted):
            target = .active
            try requireNotFuture(context.date, .stageStarted(stage), by: context)
        case (.complete, .active):
            target = .complete
            try requireNotFuture(context.date, .stageCompleted(stage), by: context)
        case (.reopen, .complete):
            target = .active
            guard let given = reason?.trimmedOrNil ?? override?.trimmedOrNil else { throw PlanChangeError(.reasonRequired(move)) }
            reason = given
        default:
            throw PlanChangeError(.invalidTransition(move))
        }
        let gates = stageGates(action, for: stage)
        let summary = "\(status.rawValue) → \(target.rawValue)"
        let kind: HistoryEvent.Kind = switch action {
        case .start: .stageStarted
        case .complete: .stageCompleted
        case .reopen: .stageReopened
        }
        return try runTransition(
            move, subject: .stage(stage), gates: gates, reason: reason, override: override,
            normal: kind, summary: summary, by: context
        ) { plan in
            plan.stages[p].status = target
            switch action {
            case .start: plan.stages[p].started = context.date
            case .complete: plan.stages[p].completed = context.date
            case .reopen: plan.stages[p].completed = nil
            }
        }
    }

    /// The gates that would stop a stage action now, in the order they are reported.
    ///
    /// Empty when the action may go ahead (or has no gates: reopening). Does not check the
    /// state machine: see ``transition(_:_:reason:override:by:)-(StageKind,_,_,_,_)`` for that.
    public func stageGates(_ action: StageAction, for stage: StageKind) -> [WorkflowGate] {
        guard let p = stageIndex(stage) else { return [] }
        let previous = stage.previous.flatMap { self.stage($0) }
        var gates: [WorkflowGate] = []
        switch action {
        case .start:
            if let previous, previous.status == .notStarted {
                let before = previous.kind.rawValue
                gates.append(WorkflowGate(.stageOrder, subjects: [.stage(previous.kind)],
                    "\(before) has not started (\(stage.rawValue) may start once \(before) is active or complete)"))
            }
        case .complete:
            let unmet = stages[p].exitCriteria.filter { !$0.met }.map(\.id)
            if !unmet.isEmpty {
                gates.append(WorkflowGate(.exitCriteria, subjects: unmet.map { .criterion($0) },
                    "\(unmet.count == 1 ? "criterion" : "criteria") \(unmet.map(\.rawValue).joined(separator: ", ")) not met"))
            }
            let open = stages[p].tasks.filter(\.status.isOpen).map(\.id)
            if !open.isEmpty {
                gates.append(WorkflowGate(.openTasks, subjects: open.map { .task($0) },
                    "\(counted(open.count, "open task", "open tasks")): \(open.map(\.rawValue).joined(separator: ", "))"))
            }
            if let previous, previous.status != .complete {
                let before = previous.kind.rawValue
                gates.append(WorkflowGate(.previousStageComplete, subjects: [.stage(previous.kind)],
                    "\(before) is not complete (it is \(previous.status.rawValue))"))
            }
        case .reopen:
            break
        }
        return gates
    }
}
