/// A workflow rule a transition must satisfy unless it is overridden with a reason.
///
/// Gates are the rules of the "Workflow" section of the plan format that a partnership may
/// knowingly set aside (stage order, exit criteria, open tasks, predecessors, a task's stage
/// not yet active). Transitions the
/// state machines cannot make at all (a done task blocked, a cancelled task started) are not
/// gates and are never overridable.
public struct WorkflowGate: Hashable, Sendable, CustomStringConvertible {
    /// Which rule failed.
    public var kind: Kind
    /// What the failure is about (stages, criteria or tasks), in document order.
    public var subjects: [PlanSubject]
    /// A lower-case fragment naming what failed, e.g. `criterion c-no-line not met`.
    public var description: String

    /// Creates a gate failure.
    public init(_ kind: Kind, subjects: [PlanSubject], _ description: String) {
        self.kind = kind
        self.subjects = subjects
        self.description = description
    }

    /// The rules that may be overridden.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// A stage starts only once the stage before it is active or complete.
        case stageOrder
        /// A stage completes only when every exit criterion is met.
        case exitCriteria
        /// A stage completes only when none of its tasks is open.
        case openTasks
        /// A stage completes only when the stage before it is complete.
        case previousStageComplete
        /// A task starts only when its finish-to-start predecessors are done.
        case predecessorsDone
        /// A task leaves `planned` only once its stage is active.
        case stageActive
    }
}

extension PlanDiagnostic.Code {
    /// A workflow gate failed and no override was given.
    public static let gateNotMet = Self(rawValue: "gate-not-met")
    /// The state machine cannot make the transition from the current state (not overridable).
    public static let invalidTransition = Self(rawValue: "invalid-transition")
    /// A transition or record needs a reason (or text) and none was given.
    public static let reasonRequired = Self(rawValue: "reason-required")
}

extension Plan {
    /// Runs a transition: checks the state machine, then the gates, then applies and records.
    ///
    /// Nothing is changed unless every check passes, so a refused transition leaves the plan
    /// exactly as it was. With no failed gate one event of the `normal` kind is recorded; with failed gates and an
    /// override reason exactly one `override` event is recorded instead, naming the transition,
    /// the gates and the reason, so every transition appends exactly one event.
    mutating func runTransition(
        _ move: PlanChangeError.WorkflowMove, subject: PlanSubject, gates: [WorkflowGate], reason: String?, override: String?,
        normal kind: HistoryEvent.Kind, summary: String, by context: ChangeContext, snapshot: HistorySnapshot? = nil,
        apply: (inout Plan) -> Void
    ) throws(PlanChangeError) -> WorkflowOutcome {
        let override = override?.trimmedOrNil
        let reason = reason?.trimmedOrNil
        guard gates.isEmpty || override != nil else { throw PlanChangeError(.gatesNotMet(move, gates)) }
        let snapshot = snapshot ?? historySnapshot(subject)
        apply(&self)
        if gates.isEmpty {
            // An override that no gate needed is kept as the reason rather than dropped.
            let text = (reason ?? override).map { "\(summary): \($0)" } ?? summary
            return WorkflowOutcome(overridden: gates, event: record(kind, about: subject, text, by: context, since: snapshot))
        }
        var text = "\(summary) by override of: \(gates.map(\.description).joined(separator: "; ")); override reason: \(override ?? "")"
        if let reason, reason != override { text += "; reason: \(reason)" }
        return WorkflowOutcome(overridden: gates, event: record(.override, about: subject, text, by: context, since: snapshot))
    }

    /// Throws `reason-required` when an override is given but blank.
    func checkOverride(_ override: String?) throws(PlanChangeError) {
        if let override, override.isBlank { throw PlanChangeError(.overrideWithoutReason) }
    }

    /// Whether the stage's last workflow event (started, completed, reopened or override) is an
    /// override: a stage completed that way may keep unmet criteria and open tasks, which the
    /// validator then reports as warnings instead of errors.
    public func wasCompletedByOverride(_ stage: StageKind) -> Bool {
        guard self.stage(stage)?.status == .complete else { return false }
        let kinds: Set<HistoryEvent.Kind> = [.stageStarted, .stageCompleted, .stageReopened, .override]
        let last = history.last { $0.isAbout(.stage(stage)) && kinds.contains($0.kind) }
        return last?.kind == .override
    }
}
