import PlanCore
import Testing

/// The guard rails of the format's Workflow section: a task leaves `planned` only in an active
/// stage, only the task's lead or the plan's lead agency changes a task, dates of fact never
/// lie after the day of the change, and only the plan's lead agency re-plans.
@Suite("Guard rails: active stages, who may change a task, dates of fact, re-planning")
struct GuardRailTests {
    let context = Fixture.context()

    /// The workflow plan with a third agency, `fire`, that supports t-c; `cou` leads t-h.
    func plan() -> Plan {
        var plan = Fixture.workflowPlan()
        plan.agencies.append(Agency(id: "fire", kind: .fire, name: "Test Fire"))
        plan.stages[0].tasks[2].supports = ["fire"]
        plan.stages[1].tasks[0].lead = "cou"
        return plan
    }

    @Test("A task of a stage not started cannot start: an overridable stageActive gate")
    func stageActiveGate() throws {
        var plan = plan()
        let error = refusal(plan) { p throws(PlanChangeError) in try p.startTask("t-z", by: context) }
        #expect(error?.code == .gateNotMet)
        guard case .gatesNotMet(.task("t-z", .start, from: .planned), let gates)? = error?.kind else {
            Issue.record("expected gatesNotMet, got \(String(describing: error))")
            return
        }
        #expect(gates.map(\.kind) == [.stageActive] && gates[0].subjects == [.stage(.build)])
        #expect(error?.description == "cannot start t-z: stage build is not started (a task leaves planned only while its stage is active)")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.blockTask("t-z", reason: "x", by: context) }?.code == .gateNotMet)
        // Cancelling planned work is not gated; overriding the gate starts the task.
        var cancelled = plan
        try cancelled.cancelTask("t-z", reason: "dropped", by: context)
        let outcome = try plan.startTask("t-z", override: "early start agreed", by: context)
        #expect(outcome.overridden.map(\.kind) == [.stageActive] && plan.task("t-z")?.status == .inProgress)
        #expect(outcome.event.kind == .override)
    }

    @Test("Only the task's lead or the plan's lead agency changes a task; supporters add notes")
    func whoMayChange() throws {
        var plan = plan()
        let fire = Fixture.context(agency: "fire"), cou = Fixture.context(agency: "cou")
        // The plan's lead (pol) records for partners; the task's lead (cou) changes its own task.
        try plan.startStage(.hold, by: context)
        try plan.startTask("t-h", by: cou)
        try plan.addNote("Council on site.", to: "t-h", by: context)
        // A supporting agency may add notes but not change the task.
        try plan.addNote("Crew available Tuesday.", to: "t-c", by: fire)
        let blocked = refusal(plan) { p throws(PlanChangeError) in try p.blockTask("t-c", reason: "x", by: fire) }
        #expect(blocked?.kind == .notLeadAgency("t-c", "fire", taskLead: "pol", planLead: "pol", supporting: true))
        #expect(blocked?.code == .notPermitted)
        #expect(blocked?.description == "'fire' supports t-c and may only add notes to it; only its lead agency 'pol' may change it")
        let edited = refusal(plan) { p throws(PlanChangeError) in try p.editTask("t-c", by: fire) { $0.progress = 50 } }
        #expect(edited?.code == .notPermitted)
        // Any other agency is refused outright, even with an override: it is not a gate.
        let other = refusal(plan) { p throws(PlanChangeError) in try p.completeTask("t-c", override: "please", by: cou) }
        #expect(other?.kind == .notLeadAgency("t-c", "cou", taskLead: "pol", planLead: "pol", supporting: false))
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.addNote("x", to: "t-c", by: cou) }?.code == .notPermitted)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.editTask("t-h", by: fire) { $0.progress = 5 } }?.description
            == "'fire' may not change t-h: only its lead agency 'cou' or the plan's lead agency 'pol' may")
    }

    @Test("A date of fact after the day of the change is refused")
    func factDates() throws {
        var plan = plan()
        let later = ChangeContext(agency: "pol", at: context.at, date: Fixture.day(31))
        let done = refusal(plan) { p throws(PlanChangeError) in try p.completeTask("t-c", by: later) }
        #expect(done?.kind == .factDateInFuture(.completedOn("t-c"), Fixture.day(31), today: Fixture.day(30)))
        #expect(done?.code == .factDateInFuture)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.blockTask("t-c", reason: "x", by: later) }?.code == .factDateInFuture)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.markCriterionMet("c-line", by: later) }?.code == .factDateInFuture)
        var active = plan
        try active.startStage(.hold, override: "early", by: context)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.startStage(.hold, override: "early", by: later) }?.code == .factDateInFuture)
        let reading = Observation(date: Fixture.day(40), value: DecimalValue(1))
        plan.measures.append(Measure(id: "m-x", unit: "%", direction: .increase, name: "X", baseline: DecimalValue(1), target: DecimalValue(2)))
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.recordObservation(reading, for: "m-x", by: context) }?.kind
            == .factDateInFuture(.observation("m-x"), Fixture.day(40), today: Fixture.day(30)))
        let edit = refusal(plan) { p throws(PlanChangeError) in
            try p.editTask("t-c", by: context) { $0.blockedSince = Fixture.day(45); $0.progress = 10 }
        }
        #expect(edit?.code == .factDateInFuture)
        // On the day itself, or before, it is a fact.
        let earlier = ChangeContext(agency: "pol", at: context.at, date: Fixture.day(29))
        try plan.completeTask("t-c", by: earlier)
        #expect(plan.task("t-c")?.completedOn == Fixture.day(29))
    }

    @Test("Validation with a date warns about every date of fact after it, and only then")
    func validatorToday() {
        var plan = plan()
        plan.stages[0].tasks[2].status = .done
        plan.stages[0].tasks[2].completedOn = Fixture.day(40)
        plan.stages[0].exitCriteria[0].met = true
        plan.stages[0].exitCriteria[0].metOn = Fixture.day(41)
        let warnings = PlanValidator(today: Fixture.day(30)).validate(plan).filter { $0.code == .factDateInFuture }
        #expect(warnings.map(\.severity) == [.warning, .warning])
        #expect(warnings.map(\.message).contains("task 't-c' completedOn \(Fixture.day(40)) is after today (\(Fixture.day(30)))"))
        #expect(PlanValidator().validate(plan).allSatisfy { $0.code != .factDateInFuture })
        #expect(PlanValidator(today: Fixture.day(41)).validate(plan).allSatisfy { $0.code != .factDateInFuture })
    }

    @Test("Re-planning a stage: the plan's lead agency, a reason, one edited event with old and new dates")
    func replanStage() throws {
        var plan = plan()
        let revision = plan.revision
        let event = try plan.replanStage(.hold, plannedEnd: .set(Fixture.day(230)), nextReview: .set(Fixture.day(60)),
            reason: "board deferral", by: context)
        #expect(plan.stage(.hold)?.plannedEnd == Fixture.day(230) && plan.stage(.hold)?.nextReview == Fixture.day(60))
        #expect(plan.revision == revision + 1 && event.kind == .edited && event.isAbout(.stage(.hold)))
        #expect(event.text == "hold re-planned: plannedEnd \(Fixture.day(200)) → \(Fixture.day(230)), nextReview none → \(Fixture.day(60)); reason: board deferral")
        let cou = Fixture.context(agency: "cou")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.replanStage(.hold, plannedEnd: .clear, reason: "x", by: cou) }?.kind
            == .notPlanLeadAgency("cou", planLead: "pol"))
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.replanStage(.hold, plannedEnd: .clear, reason: " ", by: context) }?.code == .reasonRequired)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.replanStage(.hold, plannedEnd: .keep, reason: "x", by: context) }?.code == .invalidEdit)
        #expect(refusal(plan) { p throws(PlanChangeError) in
            try p.replanStage(.hold, plannedEnd: .set(Fixture.day(10)), reason: "x", by: context)
        }?.code == .inconsistentDates)
    }

    @Test("Re-planning a task's dates: the plan's lead agency only, recorded with old and new dates")
    func replanTask() throws {
        var plan = plan()
        let event = try plan.replanTask("t-h", due: .set(Fixture.day(120)), reason: "warrant delayed", by: context)
        #expect(plan.task("t-h")?.due == Fixture.day(120))
        #expect(event.text == "task 't-h' re-planned: due \(Fixture.day(100)) → \(Fixture.day(120)); reason: warrant delayed")
        // Even the task's own lead may not re-plan: that is the coordinator's.
        #expect(refusal(plan) { p throws(PlanChangeError) in
            try p.replanTask("t-h", due: .clear, reason: "x", by: Fixture.context(agency: "cou"))
        }?.code == .notPermitted)
    }

    @Test("History subjects resolve to typed subjects; unknown ids stay as they were written")
    func historySubjects() throws {
        var plan = plan()
        try plan.startTask("t-a", by: context)
        try plan.markCriterionMet("c-line", by: context)
        try plan.recordDecision("Go.", by: context)
        plan.history.append(HistoryEvent(at: context.at, agency: "pol", kind: .edited, subject: "t-gone", text: "old"))
        #expect(plan.historySubjects() == [.plan("op-test"), .task("t-a"), .criterion("c-line"), .plan("op-test"), .other("t-gone")])
        #expect(plan.subject(of: plan.history[1]).task == "t-a")
    }

    @Test("No refusal names a flag or a command")
    func plainWords() {
        let move = PlanChangeError.WorkflowMove.task("t-1", .block, from: .planned)
        let kinds: [PlanChangeError.Kind] = [
            .gatesNotMet(move, []), .reasonRequired(move), .overrideWithoutReason, .invalidUpdate(.notAView),
            .editChangesIdentity("t-1"), .reasonRequired(.stage(.clear, .reopen, from: .complete)),
        ]
        for kind in kinds {
            let text = PlanChangeError(kind).description
            #expect(!text.contains("--") && !text.contains("chb "), "\(text)")
        }
    }
}

/// A stage's recorded facts can be corrected, with a reason, by the plan's lead agency only.
@Suite("Correcting a stage's recorded dates")
struct StageDateCorrectionTests {
    @Test("A mistyped start is corrected and recorded; impossible corrections are refused and change nothing")
    func correction() throws {
        let lead = Fixture.context(Fixture.day(50))
        var plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, plannedStart: Fixture.day(0), started: Fixture.day(-9000)))
        try plan.correctStageDates(.clear, started: Fixture.day(2), reason: "typed 1999 for the real day", by: lead)
        #expect(plan.stage(.clear)?.started == Fixture.day(2))
        #expect(plan.history.last?.kind == .edited && plan.history.last?.subject == "clear")
        #expect(plan.history.last?.text == "clear dates corrected: started \(Fixture.day(-9000)) → \(Fixture.day(2)); reason: typed 1999 for the real day")
        let before = plan
        // In the future; completing a stage that is not complete; a stage not started; no
        // reason; nothing to change: each refused, the plan as it was.
        var copy = plan
        #expect(throws: PlanChangeError.self) { try copy.correctStageDates(.clear, started: Fixture.day(60), reason: "x", by: lead) }
        #expect(throws: PlanChangeError.self) { try copy.correctStageDates(.clear, completed: Fixture.day(3), reason: "x", by: lead) }
        #expect(throws: PlanChangeError.self) { try copy.correctStageDates(.hold, started: Fixture.day(3), reason: "x", by: lead) }
        #expect(throws: PlanChangeError.self) { try copy.correctStageDates(.clear, started: Fixture.day(3), reason: " ", by: lead) }
        #expect(throws: PlanChangeError.self) { try copy.correctStageDates(.clear, started: Fixture.day(2), reason: "same", by: lead) }
        #expect(copy == before)
        let partner = Fixture.context(Fixture.day(50), agency: "cou")
        #expect(throws: PlanChangeError.self) { try plan.correctStageDates(.clear, started: Fixture.day(3), reason: "x", by: partner) }
    }
}
