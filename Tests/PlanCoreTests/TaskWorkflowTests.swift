import PlanCore
import Testing

@Suite("Task workflow")
struct TaskWorkflowTests {
    let context = Fixture.context()

    /// The state machine: for each action, the statuses it may leave and where it goes.
    static let allowed: [TaskAction: (from: Set<PlanTask.Status>, to: PlanTask.Status)] = [
        .start: ([.planned], .inProgress),
        .block: ([.planned, .inProgress], .blocked),
        .unblock: ([.blocked], .inProgress),
        .done: ([.inProgress], .done),
        .cancel: ([.planned, .inProgress, .blocked], .cancelled),
        .reopen: ([.done], .inProgress),
    ]

    static let everyMove: [(TaskAction, PlanTask.Status)] = TaskAction.allCases.flatMap { action in
        PlanTask.Status.allCases.map { (action, $0) }
    }

    @Test("Every action from every status is allowed or refused as the state machine says", arguments: everyMove)
    func stateMachine(_ action: TaskAction, _ status: PlanTask.Status) throws {
        let plan = Fixture.oneOfEachStatus()
        let id = TaskID("t-\(status.rawValue)")
        let rule = Self.allowed[action]!
        if rule.from.contains(status) {
            var changed = plan
            let outcome = try changed.transition(id, action, reason: "a reason", by: context)
            #expect(!outcome.wasOverridden)
            #expect(changed.task(id)?.status == rule.to)
            #expect(changed.revision == plan.revision + 1)
            #expect(changed.history.count == plan.history.count + 1)
            #expect(changed.lastEvent.kind == .taskStatusChanged && changed.lastEvent.subject == id.rawValue)
            #expect(changed.lastEvent.text == "\(status.rawValue) → \(rule.to.rawValue): a reason")
            #expect(changed.validationErrors.isEmpty)
        } else {
            let error = refusal(plan) { p throws(PlanChangeError) in
                try p.transition(id, action, reason: "a reason", override: "the board insists", by: context)
            }
            #expect(error?.code == .invalidTransition)
            #expect(error?.message.hasPrefix("cannot ") == true)
        }
    }

    @Test("Done sets progress 100 and completedOn; reopen clears completedOn")
    func doneAndReopen() throws {
        var plan = Fixture.oneOfEachStatus()
        try plan.completeTask("t-inProgress", by: Fixture.context(Fixture.day(20)))
        var task = try #require(plan.task("t-inProgress"))
        #expect(task.status == .done && task.progress == 100 && task.completedOn == Fixture.day(20))
        try plan.reopenTask("t-inProgress", reason: "evidence rejected by CPS", by: context)
        task = try #require(plan.task("t-inProgress"))
        #expect(task.status == .inProgress && task.completedOn == nil && task.progress == 100)
        #expect(plan.validationErrors.isEmpty)
    }

    @Test("Block sets blockedSince and blockedReason; unblock clears them and resumes")
    func blockAndUnblock() throws {
        var plan = Fixture.oneOfEachStatus()
        try plan.blockTask("t-planned", reason: "no warrant yet", by: Fixture.context(Fixture.day(12)))
        var task = try #require(plan.task("t-planned"))
        #expect(task.status == .blocked && task.blockedSince == Fixture.day(12) && task.blockedReason == "no warrant yet")
        #expect(plan.lastEvent.text == "planned → blocked: no warrant yet")
        try plan.unblockTask("t-planned", by: context)
        task = try #require(plan.task("t-planned"))
        #expect(task.status == .inProgress && task.blockedSince == nil && task.blockedReason == nil)
        #expect(plan.lastEvent.text == "blocked → inProgress")
    }

    @Test("Cancelling a blocked task clears its blocked fields")
    func cancelBlocked() throws {
        var plan = Fixture.oneOfEachStatus()
        try plan.cancelTask("t-blocked", reason: "superseded", by: context)
        let task = try #require(plan.task("t-blocked"))
        #expect(task.status == .cancelled && task.blockedSince == nil && task.blockedReason == nil)
        #expect(plan.validationErrors.isEmpty)
    }

    @Test("Block, cancel and reopen need a reason", arguments: [TaskAction.block, .cancel, .reopen])
    func reasonRequired(_ action: TaskAction) {
        let plan = Fixture.oneOfEachStatus()
        let id: TaskID = action == .reopen ? "t-done" : "t-inProgress"
        for reason in [nil, "", "   "] as [String?] {
            let error = refusal(plan) { p throws(PlanChangeError) in try p.transition(id, action, reason: reason, by: context) }
            #expect(error?.code == .reasonRequired)
        }
    }

    @Test("A task may not start before its finish-to-start predecessors are done")
    func predecessorGate() throws {
        let plan = Fixture.workflowPlan()
        let error = refusal(plan) { p throws(PlanChangeError) in try p.startTask("t-b", by: context) }
        #expect(error?.code == .gateNotMet)
        #expect(error?.message == "cannot start t-b: predecessor t-a is planned, not done (finish-to-start)")
        var ready = plan
        try ready.startTask("t-a", by: context)
        try ready.completeTask("t-a", by: context)
        try ready.startTask("t-b", by: context)
        #expect(ready.task("t-b")?.status == .inProgress && ready.lastEvent.kind == .taskStatusChanged)
    }

    @Test("Several waiting predecessors are listed; start-to-start and finish-to-finish links do not gate")
    func predecessorGateLists() {
        var plan = Fixture.oneOfEachStatus()
        plan.stages[0].tasks.append(Fixture.task("t-next", dependsOn: [
            Dependency(on: "t-planned"), Dependency(on: "t-blocked"), Dependency(on: "t-done"),
            Dependency(on: "t-inProgress", type: .startToStart), Dependency(on: "t-cancelled", type: .finishToFinish),
        ]))
        let gates = plan.taskGates(.start, for: "t-next")
        #expect(gates.count == 1 && gates[0].subjects == [.task("t-planned"), .task("t-blocked")])
        #expect(gates[0].description == "2 finish-to-start predecessors not done: t-planned (planned), t-blocked (blocked)")
    }

    @Test("Starting before predecessors by override records one override event")
    func predecessorOverride() throws {
        var plan = Fixture.workflowPlan()
        let before = plan
        let outcome = try plan.startTask("t-b", reason: "prep work", override: "silver commander's decision", by: context)
        #expect(outcome.overridden.map(\.kind) == [.predecessorsDone])
        #expect(plan.task("t-b")?.status == .inProgress)
        #expect(plan.history.count == before.history.count + 1 && plan.revision == before.revision + 1)
        #expect(plan.lastEvent.kind == .override && plan.lastEvent.subject == "t-b")
        #expect(plan.lastEvent.text == "planned → inProgress by override of: predecessor t-a is planned, not done (finish-to-start); override reason: silver commander's decision; reason: prep work")
    }

    @Test("Unblocking puts a task in progress, so the predecessor gate applies")
    func unblockGate() throws {
        var plan = Fixture.workflowPlan()
        try plan.blockTask("t-b", reason: "waiting on t-a", by: context)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.unblockTask("t-b", by: context) }?.code == .gateNotMet)
        try plan.unblockTask("t-b", override: "work can begin", by: context)
        #expect(plan.task("t-b")?.status == .inProgress && plan.lastEvent.kind == .override)
    }

    @Test("A done task of a complete stage cannot be reopened until the stage is")
    func reopenInCompleteStage() throws {
        var plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, started: Fixture.day(0),
            tasks: [Fixture.task("t-1", .done, start: 0, due: 1)]))
        try plan.completeStage(.clear, by: context)
        let error = refusal(plan) { p throws(PlanChangeError) in try p.reopenTask("t-1", reason: "x", override: "y", by: context) }
        #expect(error?.code == .invalidTransition)
        #expect(error?.message == "cannot reopen t-1: stage clear is complete; reopen the stage first")
        try plan.reopenStage(.clear, reason: "re-clear", by: context)
        try plan.reopenTask("t-1", reason: "new intelligence", by: context)
        #expect(plan.task("t-1")?.status == .inProgress)
    }

    @Test("An unknown task is refused")
    func unknownTask() {
        let error = refusal(Fixture.workflowPlan()) { p throws(PlanChangeError) in try p.startTask("t-nope", by: context) }
        #expect(error?.code == .unknownReference)
    }

    @Test("Only an open task may be blocked or cancelled; a cancelled task stays cancelled")
    func finalStatesMessages() {
        let plan = Fixture.oneOfEachStatus()
        let blockDone = refusal(plan) { p throws(PlanChangeError) in try p.blockTask("t-done", reason: "x", by: context) }
        #expect(blockDone?.message == "cannot block t-done: it is done; only an open task may be blocked")
        let startCancelled = refusal(plan) { p throws(PlanChangeError) in try p.startTask("t-cancelled", override: "x", by: context) }
        #expect(startCancelled?.message == "cannot start t-cancelled: it is cancelled, and a cancelled task stays cancelled")
        let donePlanned = refusal(plan) { p throws(PlanChangeError) in try p.completeTask("t-planned", by: context) }
        #expect(donePlanned?.message == "cannot mark done t-planned: it has not started; start it first")
    }
}
