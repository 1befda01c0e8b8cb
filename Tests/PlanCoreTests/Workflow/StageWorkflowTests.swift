import PlanCore
import Testing

@Suite("Stage workflow")
struct StageWorkflowTests {
    let context = Fixture.context()

    /// Clear with every criterion met and every task done.
    func clearReadyToComplete() throws -> Plan {
        var plan = Fixture.workflowPlan()
        try plan.markCriterionMet("c-line", by: context)
        for id: TaskID in ["t-a", "t-b"] {
            try plan.startTask(id, by: context)
            try plan.completeTask(id, by: context)
        }
        try plan.completeTask("t-c", by: context)
        return plan
    }

    @Test("Hold starts once Clear is active, setting started and recording stageStarted")
    func startHoldAfterClear() throws {
        var plan = Fixture.workflowPlan()
        let before = plan
        let outcome = try plan.startStage(.hold, reason: "board agreed", by: context)
        #expect(!outcome.wasOverridden)
        #expect(plan.stage(.hold)?.status == .active)
        #expect(plan.stage(.hold)?.started == context.date)
        #expect(plan.revision == before.revision + 1)
        #expect(plan.history.count == before.history.count + 1)
        #expect(plan.lastEvent.kind == .stageStarted && plan.lastEvent.subject == "hold")
        #expect(plan.lastEvent.text == "notStarted → active: board agreed")
        #expect(plan.validationErrors.isEmpty)
    }

    @Test("Build may not start while Hold has not started")
    func buildBeforeHoldRefused() {
        let error = refusal(Fixture.workflowPlan()) { plan throws(PlanChangeError) in try plan.startStage(.build, by: context) }
        #expect(error?.code == .gateNotMet)
        #expect(error?.message == "cannot start build: hold has not started (build may start once hold is active or complete)")
    }

    @Test("Hold may not start while Clear has not started")
    func holdBeforeClearRefused() {
        let plan = Fixture.plan()
        #expect(plan.stageGates(.start, for: .hold).map(\.kind) == [.stageOrder])
        #expect(plan.stageGates(.start, for: .clear).isEmpty)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.startStage(.hold, by: context) }?.code == .gateNotMet)
    }

    @Test("Build starts early by override: one override event naming the gate and the reason")
    func buildByOverride() throws {
        var plan = Fixture.workflowPlan()
        let before = plan
        let outcome = try plan.startStage(.build, override: "funding window closes", by: context)
        #expect(outcome.overridden.map(\.kind) == [.stageOrder])
        #expect(plan.stage(.build)?.status == .active)
        #expect(plan.revision == before.revision + 1 && plan.history.count == before.history.count + 1)
        #expect(plan.lastEvent.kind == .override && plan.lastEvent.subject == "build")
        #expect(plan.lastEvent.text.contains("hold has not started"))
        #expect(plan.lastEvent.text.contains("override reason: funding window closes"))
        #expect(plan.lastEvent.text.hasPrefix("notStarted → active"))
        #expect(plan.validationErrors.isEmpty)
    }

    @Test("Starting an active or complete stage is refused, override or not")
    func startRefusedByStateMachine() throws {
        let plan = Fixture.workflowPlan()
        let again = refusal(plan) { p throws(PlanChangeError) in try p.startStage(.clear, override: "please", by: context) }
        #expect(again?.code == .invalidTransition)
        #expect(again?.message == "cannot start clear: it is already active")
        var done = try clearReadyToComplete()
        try done.completeStage(.clear, by: context)
        #expect(refusal(done) { p throws(PlanChangeError) in try p.startStage(.clear, override: "please", by: context) }?.code == .invalidTransition)
    }

    @Test("Completing names every failed gate")
    func completeRefusedNamesGates() {
        let plan = Fixture.workflowPlan()
        let error = refusal(plan) { p throws(PlanChangeError) in try p.completeStage(.clear, by: context) }
        #expect(error?.code == .gateNotMet)
        #expect(error?.message == "cannot complete clear: criterion c-line not met; 3 open tasks: t-a, t-b, t-c")
        #expect(plan.stageGates(.complete, for: .clear).map(\.kind) == [.exitCriteria, .openTasks])
        #expect(plan.stageGates(.complete, for: .clear)[1].subjects == [.task("t-a"), .task("t-b"), .task("t-c")])
    }

    @Test("Completing needs the previous stage complete")
    func completeNeedsPreviousStage() throws {
        var plan = Fixture.workflowPlan()
        try plan.startStage(.hold, by: context)
        try plan.markCriterionMet("c-hold", by: context)
        try plan.cancelTask("t-h", reason: "not needed", by: context)
        let error = refusal(plan) { p throws(PlanChangeError) in try p.completeStage(.hold, by: context) }
        #expect(error?.message == "cannot complete hold: clear is not complete (it is active)")
    }

    @Test("Completing a ready stage sets completed and records stageCompleted")
    func completeReadyStage() throws {
        var plan = try clearReadyToComplete()
        let revision = plan.revision
        try plan.completeStage(.clear, by: context)
        #expect(plan.stage(.clear)?.status == .complete)
        #expect(plan.stage(.clear)?.completed == context.date)
        #expect(plan.lastEvent.kind == .stageCompleted && plan.lastEvent.subject == "clear")
        #expect(plan.revision == revision + 1)
        #expect(!plan.wasCompletedByOverride(.clear))
        #expect(plan.validationErrors.isEmpty)
    }

    @Test("A stage not started cannot be completed, even by override")
    func completeNotStartedRefused() {
        let error = refusal(Fixture.workflowPlan()) { p throws(PlanChangeError) in try p.completeStage(.hold, override: "x", by: context) }
        #expect(error?.code == .invalidTransition)
        #expect(error?.message == "cannot complete hold: it has not started; start it first")
    }

    @Test("Completing by override leaves a valid plan whose incomplete stage shows as warnings")
    func completeByOverride() throws {
        var plan = Fixture.workflowPlan()
        let outcome = try plan.completeStage(.clear, override: "board accepted residual risk", by: context)
        #expect(outcome.overridden.map(\.kind) == [.exitCriteria, .openTasks])
        #expect(plan.stage(.clear)?.status == .complete)
        #expect(plan.lastEvent.kind == .override)
        #expect(plan.lastEvent.text == "active → complete by override of: criterion c-line not met; 3 open tasks: t-a, t-b, t-c; override reason: board accepted residual risk")
        #expect(plan.wasCompletedByOverride(.clear))
        let diagnostics = PlanValidator().validate(plan)
        #expect(!diagnostics.containsErrors)
        #expect(diagnostics.filter { $0.code == .incompleteStage }.count == 4)
        #expect(diagnostics.filter { $0.code == .incompleteStage }.allSatisfy { $0.severity == .warning })
    }

    @Test("A complete stage with open work and no override is still an error")
    func validatorStillRejectsUnexplainedCompletion() {
        var plan = Fixture.workflowPlan()
        plan.stages[0].status = .complete
        let incomplete = PlanValidator().validate(plan).filter { $0.code == .incompleteStage }
        #expect(incomplete.count == 4 && incomplete.allSatisfy { $0.severity == .error })
    }

    @Test("After an overridden completion is reopened and completed normally, the override no longer excuses it")
    func overrideExcuseEndsAtNextCompletion() throws {
        var plan = Fixture.workflowPlan()
        try plan.completeStage(.clear, override: "board", by: context)
        try plan.reopenStage(.clear, reason: "re-clear", by: context)
        #expect(!plan.wasCompletedByOverride(.clear))
        plan.stages[0].status = .complete
        #expect(PlanValidator().validate(plan).containsErrors)
    }

    @Test("Reopening needs a reason and a complete stage")
    func reopen() throws {
        var plan = try clearReadyToComplete()
        try plan.completeStage(.clear, by: context)
        let noReason = refusal(plan) { p throws(PlanChangeError) in try p.reopenStage(.clear, reason: "  ", by: context) }
        #expect(noReason?.code == .reasonRequired)
        let revision = plan.revision
        try plan.reopenStage(.clear, reason: "a new line is operating", by: context)
        #expect(plan.stage(.clear)?.status == .active)
        #expect(plan.stage(.clear)?.completed == nil)
        #expect(plan.stage(.clear)?.started == Fixture.day(0))
        #expect(plan.lastEvent.kind == .stageReopened && plan.lastEvent.text == "complete → active: a new line is operating")
        #expect(plan.revision == revision + 1)
        let active = refusal(plan) { p throws(PlanChangeError) in try p.reopenStage(.clear, reason: "again", by: context) }
        #expect(active?.code == .invalidTransition)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.reopenStage(.hold, reason: "x", override: "y", by: context) }?.code == .invalidTransition)
    }

    @Test("An override no gate needed is recorded as the reason of a normal event")
    func needlessOverride() throws {
        var plan = Fixture.workflowPlan()
        let outcome = try plan.startStage(.hold, override: "just in case", by: context)
        #expect(!outcome.wasOverridden)
        #expect(plan.lastEvent.kind == .stageStarted && plan.lastEvent.text == "notStarted → active: just in case")
    }

    @Test("A blank override is refused")
    func blankOverride() {
        #expect(refusal(Fixture.workflowPlan()) { p throws(PlanChangeError) in try p.startStage(.build, override: " ", by: context) }?.code == .reasonRequired)
    }

    @Test("Partner views and unknown agencies cannot run the workflow")
    func viewAndAgencyRefused() {
        var view = Fixture.workflowPlan()
        view.view = .partner(for: "cou", sourceRevision: 1)
        #expect(refusal(view) { p throws(PlanChangeError) in try p.startStage(.hold, by: context) }?.code == .viewNotEditable)
        let stranger = Fixture.context(agency: "nobody")
        #expect(refusal(Fixture.workflowPlan()) { p throws(PlanChangeError) in try p.startStage(.hold, by: stranger) }?.code == .unknownReference)
    }

    @Test("The acting agency and actor are recorded", arguments: StageAction.allCases)
    func eventCarriesActor(_ action: StageAction) throws {
        var plan = try clearReadyToComplete()
        if action == .reopen { try plan.completeStage(.clear, by: context) }
        let stage: StageKind = action == .start ? .hold : .clear
        let acting = Fixture.context(Fixture.day(40), agency: "pol", actor: "Chair, Test Partnership Board")
        try plan.transition(stage, action, reason: "because", by: acting)
        #expect(plan.lastEvent.agency == "pol" && plan.lastEvent.actor == "Chair, Test Partnership Board")
        #expect(plan.lastEvent.at == acting.at)
    }
}
