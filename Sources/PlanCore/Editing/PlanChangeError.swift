/// Why a change to a plan was refused, as data. The plan is left as it was.
///
/// ``kind`` says what was refused with the facts of the case (the gates that failed, the
/// task and the agency that may not change it, the date that lies in the future…), ``code``
/// gives a stable name for it, and ``description`` says it in plain words. PlanCore names no
/// front end's flags or commands: a front end adds its own advice where it shows the refusal
/// (the command-line tool adds, for example, how to override a gate).
public struct PlanChangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was refused, with its facts.
    public var kind: Kind

    /// Creates an error of a kind.
    public init(_ kind: Kind) {
        self.kind = kind
    }

    /// Creates an error a front end raises in the middle of a change (e.g. a view it cannot
    /// write), with a stable code and a plain sentence.
    public init(_ code: PlanDiagnostic.Code, _ message: String) {
        self.kind = .other(code, message)
    }

    /// A stable name for the reason, shared with validation's diagnostics where they agree.
    public var code: PlanDiagnostic.Code { kind.code }

    /// A lower-case sentence naming the culprit, without advice on flags or commands.
    public var description: String { kind.description }

    /// The same as ``description``.
    public var message: String { description }
}

extension PlanChangeError {
    /// What a refusal is about, with the facts a front end needs to explain it.
    public enum Kind: Hashable, Sendable {
        // MARK: The plan and its ids

        /// The plan is a partner view for this agency, and the change is not one a view takes:
        /// a view changes only in the tasks its agency leads (see ``Plan/requireMayChangeTask(_:by:notesOnly:)``).
        case viewNotEditable(AgencyID)
        /// A task change a partner view does not take, with the facts of the case.
        case viewChangeRefused(ViewRefusal)
        /// An agency in this role is not in the plan; `known` lists the plan's agencies.
        case unknownAgency(AgencyID, role: AgencyRole, known: [AgencyID])
        /// There is no such task in the plan.
        case unknownTask(TaskID)
        /// There is no such exit criterion in the plan.
        case unknownCriterion(CriterionID)
        /// There is no such measure in the plan; `known` lists the plan's measures.
        case unknownMeasure(MeasureID, known: [MeasureID])
        /// The plan has no stage of this kind.
        case unknownStage(StageKind)
        /// A new id is not a valid name; `of` says what it was for ("task", "agency"…).
        case invalidID(String, of: String)
        /// A new id is `clear`, `hold` or `build`.
        case reservedID(String, of: String)
        /// A new id is already used by something in the plan.
        case duplicateID(String)

        // MARK: Workflow

        /// The move's gates failed and no override was given; the gates say which and why.
        case gatesNotMet(WorkflowMove, [WorkflowGate])
        /// The state machine cannot make the move from the state it names (never overridable).
        case invalidTransition(WorkflowMove)
        /// The task cannot be reopened while its stage is complete.
        case stageComplete(TaskID, StageKind)
        /// The move needs a reason (block, cancel, reopen) and none was given.
        case reasonRequired(WorkflowMove)
        /// An override was given but says nothing.
        case overrideWithoutReason
        /// The text of a note, decision, evidence or objective is blank.
        case blankText(TextRole)
        /// The criterion is already met (since the date, when known).
        case criterionAlreadyMet(CriterionID, since: CalendarDate?)
        /// The criterion is already not met.
        case criterionAlreadyUnmet(CriterionID)
        /// The criterion's stage is complete, so it cannot become unmet.
        case criterionStageComplete(CriterionID, StageKind)

        // MARK: Who and when

        /// The agency may not make this change to the task: only the task's lead agency or the
        /// plan's lead agency may, and a supporting agency may only add notes.
        case notLeadAgency(TaskID, AgencyID, taskLead: AgencyID, planLead: AgencyID, supporting: Bool)
        /// Only the plan's lead agency (the coordinator) may make this change: drafting and
        /// re-planning (the default), running a stage, marking an exit criterion met or not
        /// met, or recording a board decision.
        case notPlanLeadAgency(AgencyID, planLead: AgencyID, change: CoordinatorChange = .drafting)
        /// Re-planning a stage's or a task's planned dates needs a reason and none was given.
        case replanReasonRequired(PlanSubject)
        /// Re-planning would put the planned end before the planned start.
        case plannedEndBeforeStart(PlanSubject, start: CalendarDate, end: CalendarDate)
        /// A date of fact lies after the day of the change.
        case factDateInFuture(FactDate, CalendarDate, today: CalendarDate)

        // MARK: Edits and exchange

        /// An edit tried to change a task's id or status, which only the workflow changes.
        case editChangesIdentity(TaskID)
        /// An edit or re-planning changed nothing on the task or stage.
        case nothingToChange(PlanSubject)
        /// A partner's update cannot be merged at all.
        case invalidUpdate(UpdateRefusal)
        /// The workflow has no path from one task status to another (in a partner's update).
        case noWorkflowPath(from: PlanTask.Status, to: PlanTask.Status)
        /// The partner view for the agency would not pass validation.
        case invalidView(AgencyID, code: PlanDiagnostic.Code, message: String)
        /// A refusal a front end raised, with its code and sentence.
        case other(PlanDiagnostic.Code, String)

        // MARK: Drafting

        /// The item is still named elsewhere in the plan (each place in words), so it cannot be
        /// removed; `recordedHistory` when the item is an agency that has acted, which stays on
        /// record for good.
        case stillReferenced(PlanSubject, by: [String], recordedHistory: Bool)
        /// Lowering the plan's marking would leave these items marked above it.
        case classificationTooLow(Classification, from: Classification, holders: [PlanSubject])
        /// The plan is already marked so.
        case alreadyMarked(Classification)
        /// A stage has no objective with this number (objectives are numbered from 1).
        case unknownObjective(StageKind, number: Int, count: Int)
        /// There is no such risk in the plan; `known` lists the plan's risks.
        case unknownRisk(RiskID, known: [RiskID])
        /// The measure has no observation on that date (the dates it has are listed).
        case unknownObservation(MeasureID, on: CalendarDate, dates: [CalendarDate])
        /// The area has no such locality; `known` lists the area's.
        case unknownLocality(Locality, known: [Locality])
        /// A locality is listed twice.
        case duplicateLocality(Locality)
        /// An edit tried to change what identifies an item (its id, a criterion's met state,
        /// a measure's observations).
        case editChangesFixedField(PlanSubject, field: String)
        /// An item would be marked above the plan's own marking (which it may not be: every
        /// output of the plan is marked with the plan's marking).
        case classificationAbovePlan(PlanSubject, Classification, plan: Classification)
        /// A value is outside what the format allows (named, with the allowed range in words).
        case valueOutOfRange(field: String, value: Int, allowed: String)
        /// Only these agencies may change the subject.
        case notAmong(AgencyID, allowed: [AgencyID], subject: PlanSubject)
        /// A task that left `planned` cannot be removed (the workflow keeps what happened).
        case taskNotRemovable(TaskID, PlanTask.Status)
    }

    /// A move in a task's or a stage's workflow, with the state it starts from.
    public enum WorkflowMove: Hashable, Sendable {
        /// A task action from the task's status.
        case task(TaskID, TaskAction, from: PlanTask.Status)
        /// A stage action from the stage's status.
        case stage(StageKind, StageAction, from: Stage.Status)
    }

    /// A change that is the plan's lead agency's (the coordinator's) alone to make.
    ///
    /// The format names who may change a task; the rest of running a plan is the
    /// coordinator's, as re-planning is: the board's business is recorded by the agency that
    /// leads the plan, with partners' evidence and figures.
    public enum CoordinatorChange: Hashable, Sendable {
        /// Drafting or re-planning: the header, the marking, planned dates, agencies,
        /// objectives, criteria, measures, risks; removing what was drafted.
        case drafting
        /// A move in a stage's workflow (start, complete, reopen).
        case stage(StageKind, StageAction)
        /// Marking an exit criterion met (`met: true`) or not met.
        case criterion(CriterionID, met: Bool)
        /// Recording a decision of the partnership board.
        case decision
    }

    /// The role an agency plays in a change, naming it in messages.
    public enum AgencyRole: String, Hashable, Sendable {
        /// The agency making the change.
        case acting = "acting agency"
        /// A task's lead agency.
        case lead
        /// A task's supporting agency.
        case supporting = "supporting agency"
        /// The agency an observation comes from.
        case source
        /// A risk's owner.
        case riskOwner = "risk owner"
        /// The partner whose update is merged.
        case partner = "partner agency"
        /// The agency exporting a partner view.
        case exporting = "exporting agency"
        /// The agency being edited or removed (the target of the change, not who makes it).
        case changed = "agency"
        /// The agency a partner view is cut for.
        case viewed = "agency to export a view for"
    }

    /// Which piece of free text was blank.
    public enum TextRole: Hashable, Sendable {
        /// A note on a task.
        case note(TaskID)
        /// A board decision.
        case decision
        /// The evidence for a criterion.
        case evidence(CriterionID)
        /// A stage objective.
        case objective
        /// A named field of the plan, e.g. "title", "name of agency 'smc'".
        case field(String)
    }

    /// A date that records a fact, and so cannot lie after the day it is recorded.
    public enum FactDate: Hashable, Sendable {
        /// A task's `completedOn`.
        case completedOn(TaskID)
        /// A task's `blockedSince`.
        case blockedSince(TaskID)
        /// A criterion's `metOn`.
        case metOn(CriterionID)
        /// A stage's `started`.
        case stageStarted(StageKind)
        /// A stage's `completed`.
        case stageCompleted(StageKind)
        /// An observation's `date`.
        case observation(MeasureID)
    }

    /// Why a change to a partner view was refused: a view changes only in the tasks its `for`
    /// agency leads (status, progress, start, due, duration, notes), by that agency alone.
    public enum ViewRefusal: Hashable, Sendable {
        /// The acting agency is not the view's `for` agency.
        case otherAgency(AgencyID, view: AgencyID)
        /// The task is not led by the view's agency (a task it supports, or one it depends on).
        case taskNotLed(TaskID, lead: AgencyID, view: AgencyID)
        /// The edit changes fields that a view keeps as exported (only progress, start, due and
        /// duration may be edited).
        case fieldsNotEditable(TaskID, fields: [String], view: AgencyID)
        /// A gate override was asked for: the merge replays a view's changes through the full
        /// plan's gates, so only the full plan takes overrides.
        case override(TaskID, view: AgencyID)
    }

    /// Why a partner's update cannot be merged at all.
    public enum UpdateRefusal: Hashable, Sendable {
        /// The update is a full plan, not a partner view.
        case notAView
        /// The update is a view of another plan.
        case otherPlan(PlanID, expected: PlanID)
        /// The update is the view for another agency than the one merging.
        case otherAgency(AgencyID, merging: AgencyID)
        /// The update was cut from a revision this plan never had.
        case unknownRevision(Int, current: Int)
        /// The plan never exported a view of that revision to the agency: the history event
        /// that took the plan from that revision to the next is not an `exported` event about it.
        case notExported(Int, agency: AgencyID)
    }
}

extension PlanChangeError.Kind {
    /// The stable code of the kind.
    public var code: PlanDiagnostic.Code {
        switch self {
        case .viewNotEditable: .viewNotEditable
        case .viewChangeRefused(let refusal):
            switch refusal {
            case .otherAgency, .taskNotLed: .notPermitted
            case .fieldsNotEditable, .override: .viewNotEditable
            }
        case .unknownAgency, .unknownTask, .unknownCriterion, .unknownMeasure: .unknownReference
        case .unknownStage: .stageOrder
        case .invalidID: .invalidID
        case .reservedID: .reservedID
        case .duplicateID: .duplicateID
        case .gatesNotMet: .gateNotMet
        case .invalidTransition, .stageComplete, .criterionAlreadyMet, .criterionAlreadyUnmet, .criterionStageComplete,
             .noWorkflowPath:
            .invalidTransition
        case .reasonRequired, .overrideWithoutReason, .replanReasonRequired: .reasonRequired
        case .plannedEndBeforeStart: .inconsistentDates
        case .blankText(let role):
            switch role {
            case .note, .decision: .reasonRequired
            case .evidence, .objective, .field: .blankText
            }
        case .notLeadAgency, .notPlanLeadAgency: .notPermitted
        case .factDateInFuture: .factDateInFuture
        case .editChangesIdentity, .nothingToChange: .invalidEdit
        case .invalidUpdate: .invalidUpdate
        case .invalidView(_, let code, _): code
        case .other(let code, _): code
        case .stillReferenced: .stillReferenced
        case .classificationTooLow: .classificationTooLow
        case .alreadyMarked, .editChangesFixedField: .invalidEdit
        case .unknownObjective, .unknownRisk, .unknownLocality, .unknownObservation: .unknownReference
        case .duplicateLocality: .duplicateID
        case .classificationAbovePlan: .classificationAbovePlan
        case .valueOutOfRange: .outOfRange
        case .notAmong: .notPermitted
        case .taskNotRemovable: .invalidTransition
        }
    }

    /// The refusal in plain words.
    public var description: String {
        switch self {
        case .viewNotEditable(let agency):
            return "this is a partner view for '\(agency)': a view changes only in the status, progress, dates and notes of the tasks '\(agency)' leads"
        case .viewChangeRefused(let refusal):
            switch refusal {
            case .otherAgency(let agency, let view):
                return "this is the partner view for '\(view)'; only '\(view)' may change it, not '\(agency)'"
            case .taskNotLed(let task, let lead, let view):
                return "task '\(task)' is led by '\(lead)': the partner view for '\(view)' changes only the tasks '\(view)' leads"
            case .fieldsNotEditable(let task, let fields, let view):
                return "the partner view for '\(view)' may change only the progress, start, due and duration of \(task), not its "
                    + fields.joined(separator: ", ")
            case .override(let task, let view):
                return "the partner view for '\(view)' takes no override (for \(task)): only the full plan's coordinator may override a gate"
            }
        case .unknownAgency(let id, let role, let known):
            let agencies = "(agencies: \(known.map(\.rawValue).joined(separator: ", ")))"
            switch role {
            case .changed: return "there is no agency '\(id)' in this plan \(agencies)"
            case .viewed: return "there is no agency '\(id)' in this plan to export a view for \(agencies)"
            default: return "\(role.rawValue) '\(id)' is not an agency of this plan \(agencies)"
            }
        case .unknownTask(let id):
            return "there is no task '\(id)' in this plan"
        case .unknownCriterion(let id):
            return "there is no criterion \(id) in this plan"
        case .unknownMeasure(let id, let known):
            return "there is no measure \(id) in this plan" + (known.isEmpty ? "" : " (measures: \(known.map(\.rawValue).joined(separator: ", ")))")
        case .unknownStage(let stage):
            return "the plan has no \(stage.rawValue) stage"
        case .invalidID(let id, let what):
            return "\(what) id '\(id)' is not a valid name (letters, digits, '-', '_', '.'; not starting with a digit)"
        case .reservedID(let id, let what):
            return "\(what) id '\(id)' is reserved for the stage of that name"
        case .duplicateID(let id):
            return "id '\(id)' is already used in this plan"
        case .gatesNotMet(let move, let gates):
            return "cannot \(move.verb) \(move.subjectName): \(gates.map(\.description).joined(separator: "; "))"
        case .invalidTransition(let move):
            return "cannot \(move.verb) \(move.subjectName): \(move.whyImpossible)"
        case .stageComplete(let task, let stage):
            return "cannot reopen \(task): stage \(stage.rawValue) is complete; reopen the stage first"
        case .reasonRequired(let move):
            switch move {
            case .task(let id, let action, _):
                let done = switch action {
                case .block: "blocked"
                case .cancel: "cancelled"
                case .reopen: "reopened"
                case .start: "started"
                case .unblock: "unblocked"
                case .done: "marked done"
                }
                return "\(id) cannot be \(done) without a reason"
            case .stage:
                return "cannot \(move.verb) \(move.subjectName) without a reason"
            }
        case .overrideWithoutReason:
            return "an override needs a reason"
        case .blankText(let role):
            switch role {
            case .note(let task): return "a note on \(task) cannot be blank"
            case .decision: return "a decision cannot be blank"
            case .evidence(let criterion): return "the evidence for criterion \(criterion) is blank"
            case .objective: return "an objective cannot be blank"
            case .field(let name): return "the \(name) cannot be blank"
            }
        case .criterionAlreadyMet(let id, let since):
            return "criterion \(id) is already met (since \(since.map(String.init(describing:)) ?? "an unknown date"))"
        case .criterionAlreadyUnmet(let id):
            return "criterion \(id) is already not met"
        case .criterionStageComplete(let id, let stage):
            return "criterion \(id) belongs to \(stage.rawValue), which is complete; reopen the stage first"
        case .notLeadAgency(let task, let agency, let lead, let planLead, let supporting):
            let who = lead == planLead ? "its lead agency '\(lead)'" : "its lead agency '\(lead)' or the plan's lead agency '\(planLead)'"
            return supporting
                ? "'\(agency)' supports \(task) and may only add notes to it; only \(who) may change it"
                : "'\(agency)' may not change \(task): only \(who) may"
        case .notPlanLeadAgency(let agency, let planLead, let change):
            switch change {
            case .drafting:
                return "'\(agency)' may not re-plan or redraft the plan: only the plan's lead agency '\(planLead)' may"
            case .stage(let stage, let action):
                return "'\(agency)' may not \(action.rawValue) stage \(stage.rawValue): only the plan's lead agency '\(planLead)' runs the stages"
            case .criterion(let id, let met):
                return "'\(agency)' may not mark criterion \(id) \(met ? "met" : "not met"): only the plan's lead agency '\(planLead)' marks exit criteria"
            case .decision:
                return "'\(agency)' may not record a board decision: only the plan's lead agency '\(planLead)' records the board's decisions"
            }
        case .replanReasonRequired(let subject):
            return "re-planning \(subject.id) needs a reason"
        case .plannedEndBeforeStart(let subject, let start, let end):
            return "re-planning \(subject.id) would end it on \(end), before it starts on \(start)"
        case .factDateInFuture(let fact, let date, let today):
            return "\(fact.name) \(date) is after the day of the change (\(today)); a date of fact cannot lie in the future"
        case .editChangesIdentity(let id):
            return "editing task '\(id)' may not change its id or status"
        case .nothingToChange(let subject):
            switch subject {
            case .task(let id): return "nothing to change on task '\(id)'"
            case .stage(let kind): return "nothing to change on stage \(kind.rawValue)"
            default: return "nothing to change on \(subject.named)"
            }
        case .invalidUpdate(let refusal):
            switch refusal {
            case .notAView: return "the update is a full plan, not a partner view"
            case .otherPlan(let other, let expected): return "the update is a view of plan '\(other)', not '\(expected)'"
            case .otherAgency(let other, let merging): return "the update is the view for '\(other)', not for '\(merging)'"
            case .unknownRevision(let source, let current):
                return "the update was cut from revision \(source), but this plan is at revision \(current)"
            case .notExported(let source, let agency):
                return "the update claims to be a view of revision \(source), but this plan never exported revision \(source) to '\(agency)'; nothing was applied"
            }
        case .noWorkflowPath(let from, let to):
            return "the workflow does not allow \(from.rawValue) → \(to.rawValue)"
        case .invalidView(let agency, _, let message):
            return "the view for '\(agency)' would be invalid: \(message)"
        case .other(_, let message):
            return message
        case .stillReferenced(let subject, let places, let acted):
            let shown = places.prefix(12).joined(separator: ", ") + (places.count > 12 ? " and \(places.count - 12) more" : "")
            return "\(subject.named) is still named in \(counted(places.count, "place", "places")): \(shown); "
                + (acted ? "an agency that has recorded history stays on record" : "change those first")
        case .classificationTooLow(let new, let old, let holders):
            let shown = holders.prefix(10).map { "'\($0.id)'" }.joined(separator: ", ") + (holders.count > 10 ? " and \(holders.count - 10) more" : "")
            return "cannot lower the plan to \(new.rawValue): \(counted(holders.count, "item is", "items are")) marked \(old.rawValue) (\(shown)); mark each down first"
        case .alreadyMarked(let classification):
            return "the plan is already marked \(classification.rawValue)"
        case .unknownObjective(let stage, let number, let count):
            return count == 0 ? "stage \(stage.rawValue) has no objectives" : "stage \(stage.rawValue) has objectives 1 to \(count), not \(number)"
        case .unknownRisk(let id, let known):
            return "there is no risk \(id) in this plan" + (known.isEmpty ? "" : " (risks: \(known.map(\.rawValue).joined(separator: ", ")))")
        case .unknownObservation(let measure, let date, let dates):
            return "measure \(measure) has no observation on \(date)"
                + (dates.isEmpty ? " (it has none)" : " (it has observations on \(dates.map(\.description).joined(separator: ", ")))")
        case .unknownLocality(let locality, let known):
            return "the area has no locality \(locality.scheme):\(locality.code)"
                + (known.isEmpty ? "" : " (localities: \(known.map { "\($0.scheme):\($0.code)" }.joined(separator: ", ")))")
        case .duplicateLocality(let locality):
            return "locality \(locality.scheme):\(locality.code) is listed twice"
        case .editChangesFixedField(let subject, let field):
            return "editing \(subject.named) may not change its \(field)"
        case .classificationAbovePlan(let subject, let marking, let plan):
            return "\(subject.named) cannot be marked \(marking.rawValue), above the plan's \(plan.rawValue): raise the plan's marking first"
        case .valueOutOfRange(let field, let value, let allowed):
            return "\(field) must be \(allowed), not \(value)"
        case .notAmong(let agency, let allowed, let subject):
            return "'\(agency)' may not change \(subject.named): only " + allowed.map { "'\($0)'" }.joined(separator: " or ") + " may"
        case .taskNotRemovable(let id, let status):
            return "task '\(id)' is \(status.rawValue); only a planned task can be removed (cancel it instead)"
        }
    }
}

extension PlanChangeError.WorkflowMove {
    /// The verb in messages: "start", "mark done", "complete"…
    public var verb: String {
        switch self {
        case .task(_, let action, _): action.verb
        case .stage(_, let action, _): action.rawValue
        }
    }

    /// The task's id or the stage's name.
    var subjectName: String {
        switch self {
        case .task(let id, _, _): id.rawValue
        case .stage(let kind, _, _): kind.rawValue
        }
    }

    /// Why the state machine cannot make the move from its state.
    var whyImpossible: String {
        switch self {
        case .task(_, let action, let status):
            switch (action, status) {
            case (.start, .inProgress): return "it is already in progress"
            case (.start, .blocked): return "it is blocked; unblock it instead"
            case (.start, .done): return "it is done; reopen it with a reason instead"
            case (.block, .blocked): return "it is already blocked"
            case (.unblock, _): return "it is \(status.rawValue), not blocked"
            case (.done, .planned): return "it has not started; start it first"
            case (.done, .blocked): return "it is blocked; unblock it first"
            case (.done, .done): return "it is already done"
            case (.reopen, .planned), (.reopen, .inProgress), (.reopen, .blocked):
                return "it is \(status.rawValue); only a done task may be reopened"
            case (_, .cancelled): return "it is cancelled, and a cancelled task stays cancelled"
            case (_, .done): return "it is done; only an open task may be \(action == .block ? "blocked" : "cancelled")"
            default: return "it is \(status.rawValue)"
            }
        case .stage(_, let action, let status):
            switch (action, status) {
            case (.start, .active): return "it is already active"
            case (.start, .complete): return "it is complete; reopen it with a reason instead"
            case (.complete, .notStarted): return "it has not started; start it first"
            case (.complete, .complete): return "it is already complete"
            case (.reopen, _): return "it is \(status.rawValue), and only a complete stage may be reopened"
            default: return "it is \(status.rawValue)"
            }
        }
    }
}

extension PlanChangeError.FactDate {
    /// The field's name in messages: `completedOn of t-1`, `started of hold`.
    var name: String {
        switch self {
        case .completedOn(let task): "completedOn of \(task)"
        case .blockedSince(let task): "blockedSince of \(task)"
        case .metOn(let criterion): "metOn of \(criterion)"
        case .stageStarted(let stage): "started of \(stage.rawValue)"
        case .stageCompleted(let stage): "completed of \(stage.rawValue)"
        case .observation(let measure): "the observation date of \(measure)"
        }
    }
}

extension PlanDiagnostic.Code {
    /// A partner view cannot be changed with workflow or drafting commands.
    public static let viewNotEditable = Self(rawValue: "view-not-editable")
    /// The acting agency may not make this change (not the task's or the plan's lead agency).
    public static let notPermitted = Self(rawValue: "not-permitted")
    /// A date of fact lies after the day of the change, or (a warning) after the day of validation.
    public static let factDateInFuture = Self(rawValue: "fact-date-in-future")
}

extension PlanSubject {
    /// The subject in words for messages: "agency 'mdc'", "risk 'r-rival'", "stage hold".
    var named: String {
        switch self {
        case .plan(let id): "plan '\(id)'"
        case .stage(let kind): "stage \(kind.rawValue)"
        case .task(let id): "task '\(id)'"
        case .criterion(let id): "criterion '\(id)'"
        case .measure(let id): "measure '\(id)'"
        case .agency(let id): "agency '\(id)'"
        case .risk(let id): "risk '\(id)'"
        case .other(let id): "'\(id)'"
        }
    }
}
