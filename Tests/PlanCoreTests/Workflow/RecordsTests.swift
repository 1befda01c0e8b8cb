import PlanCore
import Testing

@Suite("Criteria, observations, notes and decisions")
struct RecordsTests {
    let context = Fixture.context()

    @Test("Marking a criterion met sets metOn and evidence and records criterionMet")
    func criterionMet() throws {
        var plan = Fixture.workflowPlan()
        try plan.markCriterionMet("c-line", evidence: "comms data, 28 days silent", by: context)
        let criterion = try #require(plan.stage(.clear)?.exitCriteria.first)
        #expect(criterion.met && criterion.metOn == context.date && criterion.evidence == "comms data, 28 days silent")
        #expect(plan.lastEvent.kind == .criterionMet && plan.lastEvent.subject == "c-line")
        #expect(plan.lastEvent.text == "met on \(context.date): comms data, 28 days silent")
        #expect(plan.revision == 2 && plan.history.count == 2)
        #expect(plan.validationErrors.isEmpty)
    }

    @Test("A met criterion cannot be met again; an unknown one is refused")
    func criterionMetRefused() {
        let plan = Fixture.workflowPlan()
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.markCriterionMet("c-safe", by: context) }?.code == .invalidTransition)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.markCriterionMet("c-what", by: context) }?.code == .unknownReference)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.markCriterionMet("c-line", evidence: " ", by: context) }?.code == .blankText)
    }

    @Test("Marking a criterion unmet clears metOn and keeps the evidence")
    func criterionUnmet() throws {
        var plan = Fixture.workflowPlan()
        try plan.markCriterionUnmet("c-safe", reason: "two children missing again", by: context)
        let criterion = try #require(plan.stage(.clear)?.exitCriteria.last)
        #expect(!criterion.met && criterion.metOn == nil && criterion.evidence == "panel minutes")
        #expect(plan.lastEvent.kind == .criterionUnmet && plan.lastEvent.text == "no longer met: two children missing again")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.markCriterionUnmet("c-safe", by: context) }?.code == .invalidTransition)
    }

    @Test("A criterion of a complete stage cannot be unmet until the stage is reopened")
    func criterionUnmetInCompleteStage() throws {
        var plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, started: Fixture.day(0),
            exitCriteria: [ExitCriterion(id: "c-1", met: true, metOn: Fixture.day(1), statement: "Done.")]))
        try plan.completeStage(.clear, by: context)
        let error = refusal(plan) { p throws(PlanChangeError) in try p.markCriterionUnmet("c-1", by: context) }
        #expect(error?.message == "criterion c-1 belongs to clear, which is complete; reopen the stage first")
    }

    @Test("An observation is appended to its measure and recorded")
    func observation() throws {
        var plan = Fixture.plan(measures: [Measure(id: "m-calls", stage: .clear, unit: "calls per month",
            direction: .decrease, name: "Calls", baseline: DecimalValue(64), target: DecimalValue(30))])
        let reading = Observation(date: Fixture.day(25), value: DecimalValue("59.5")!, source: "cou")
        try plan.recordObservation(reading, for: "m-calls", by: context)
        #expect(plan.measures[0].observations == [reading])
        #expect(plan.lastEvent.kind == .observationRecorded && plan.lastEvent.subject == "m-calls")
        #expect(plan.lastEvent.text == "59.5 calls per month on \(Fixture.day(25)) from cou")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.recordObservation(reading, for: "m-none", by: context) }?.code == .unknownReference)
        let stranger = Observation(date: Fixture.day(25), value: DecimalValue(1), source: "nobody")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.recordObservation(stranger, for: "m-calls", by: context) }?.code == .unknownReference)
    }

    @Test("A mistaken observation is corrected or removed with a reason, by its source or the plan's lead agency")
    func correction() throws {
        var plan = Fixture.plan(measures: [Measure(id: "m-calls", stage: .clear, unit: "calls per month",
            direction: .decrease, name: "Calls", baseline: DecimalValue(64), target: DecimalValue(30))])
        try plan.addAgency(Agency(id: "hou", kind: .housing, name: "Test Housing"), by: context)
        try plan.recordObservation(Observation(date: Fixture.day(25), value: DecimalValue(-5), source: "cou"), for: "m-calls", by: context)
        let council = Fixture.context(agency: "cou")
        try plan.correctObservation(of: "m-calls", on: Fixture.day(25), to: DecimalValue(45), reason: "typed -5 for 45", by: council)
        #expect(plan.measures[0].observations.map(\.value) == [DecimalValue(45)])
        #expect(plan.lastEvent.kind == .edited && plan.lastEvent.subject == "m-calls")
        #expect(plan.lastEvent.text == "observation of \(Fixture.day(25)) corrected: -5 → 45 calls per month; reason: typed -5 for 45")
        let housing = Fixture.context(agency: "hou")
        #expect(refusal(plan) { p throws(PlanChangeError) in
            try p.correctObservation(of: "m-calls", on: Fixture.day(25), to: nil, reason: "mine now", by: housing) }?.code == .notPermitted)
        #expect(refusal(plan) { p throws(PlanChangeError) in
            try p.correctObservation(of: "m-calls", on: Fixture.day(24), to: nil, reason: "x", by: context) }?.message
            == "measure m-calls has no observation on \(Fixture.day(24)) (it has observations on \(Fixture.day(25)))")
        #expect(refusal(plan) { p throws(PlanChangeError) in
            try p.correctObservation(of: "m-calls", on: Fixture.day(25), to: nil, reason: "  ", by: context) } != nil)
        try plan.correctObservation(of: "m-calls", on: Fixture.day(25), to: nil, reason: "double entry", by: context)
        #expect(plan.measures[0].observations.isEmpty)
        #expect(plan.lastEvent.text == "observation of \(Fixture.day(25)) corrected: 45 calls per month removed; reason: double entry")
    }

    @Test("A note carries the context's instant and agency")
    func note() throws {
        var plan = Fixture.workflowPlan()
        plan.stages[0].tasks[2].supports = ["cou"]  // t-c: a supporting agency may add notes
        let acting = Fixture.context(Fixture.day(7), agency: "cou")
        try plan.addNote("  Two blind spots found.  ", to: "t-c", by: acting)
        #expect(plan.task("t-c")?.notes == [Note(at: acting.at, agency: "cou", text: "Two blind spots found.")])
        #expect(plan.lastEvent.kind == .taskUpdated && plan.lastEvent.text == "note: Two blind spots found.")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.addNote(" \n", to: "t-c", by: acting) }?.code == .reasonRequired)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.addNote("x", to: "t-none", by: acting) }?.code == .unknownReference)
    }

    @Test("A board decision is a decision event about the plan")
    func decision() throws {
        var plan = Fixture.workflowPlan()
        try plan.recordDecision("Strike day confirmed for 9 December.", by: Fixture.context(actor: "Chair"))
        #expect(plan.lastEvent == HistoryEvent(at: context.at, agency: "pol", kind: .decision, subject: "op-test",
            actor: "Chair", text: "Strike day confirmed for 9 December."))
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.recordDecision("", by: context) }?.code == .reasonRequired)
    }
}
