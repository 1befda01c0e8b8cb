import PlanCore
import Testing

/// The plan's own business (its stages, its exit criteria and the board's decisions) is the
/// plan's lead agency's to record, as re-planning is; partners still supply figures.
@Suite("The coordinator runs the plan")
struct CoordinatorRuleTests {
    let context = Fixture.context()
    let council = Fixture.context(agency: "cou")

    /// Clear ready to complete, with Hold active and complete-able by override.
    func plan() throws -> Plan {
        var plan = Fixture.workflowPlan()
        try plan.markCriterionMet("c-line", by: context)
        for id: TaskID in ["t-a", "t-b"] {
            try plan.startTask(id, by: context)
            try plan.completeTask(id, by: context)
        }
        try plan.completeTask("t-c", by: context)
        return plan
    }

    @Test("Another agency may not move a stage, with or without an override", arguments: StageAction.allCases)
    func stageMovesRefused(_ action: StageAction) throws {
        var plan = try plan()
        if action == .reopen { try plan.completeStage(.clear, by: context) }
        let stage: StageKind = action == .start ? .hold : .clear
        for override: String? in [nil, "traders say so"] {
            let error = refusal(plan) { p throws(PlanChangeError) in
                try p.transition(stage, action, reason: "why not", override: override, by: council)
            }
            #expect(error?.kind == .notPlanLeadAgency("cou", planLead: "pol", change: .stage(stage, action)))
            #expect(error?.code == .notPermitted)
            #expect(error?.message == "'cou' may not \(action.rawValue) stage \(stage.rawValue): only the plan's lead agency 'pol' runs the stages")
        }
        // The same move by the coordinator goes ahead.
        try plan.transition(stage, action, reason: "board agreed", by: context)
        #expect(plan.lastEvent.agency == "pol")
    }

    @Test("Another agency may not mark a criterion met or not met")
    func criteriaRefused() {
        let plan = Fixture.workflowPlan()
        let met = refusal(plan) { p throws(PlanChangeError) in try p.markCriterionMet("c-line", evidence: "trust me", by: council) }
        #expect(met?.kind == .notPlanLeadAgency("cou", planLead: "pol", change: .criterion("c-line", met: true)))
        #expect(met?.message == "'cou' may not mark criterion c-line met: only the plan's lead agency 'pol' marks exit criteria")
        let unmet = refusal(plan) { p throws(PlanChangeError) in try p.markCriterionUnmet("c-safe", reason: "doubt", by: council) }
        #expect(unmet?.kind == .notPlanLeadAgency("cou", planLead: "pol", change: .criterion("c-safe", met: false)))
        #expect(unmet?.code == .notPermitted)
        // The agency is checked before the criterion, so nothing about the plan leaks to it.
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.markCriterionMet("c-none", by: council) }?.code == .notPermitted)
    }

    @Test("Another agency may not record a board decision")
    func decisionRefused() {
        let error = refusal(Fixture.workflowPlan()) { p throws(PlanChangeError) in
            try p.recordDecision("The board decided to close the operation.", by: council)
        }
        #expect(error?.kind == .notPlanLeadAgency("cou", planLead: "pol", change: .decision))
        #expect(error?.message == "'cou' may not record a board decision: only the plan's lead agency 'pol' records the board's decisions")
    }

    @Test("Drafting and re-planning keep their message")
    func draftingMessage() {
        #expect(PlanChangeError(.notPlanLeadAgency("cou", planLead: "pol")).message
            == "'cou' may not re-plan or redraft the plan: only the plan's lead agency 'pol' may")
        #expect(PlanChangeError.Kind.notPlanLeadAgency("cou", planLead: "pol") == .notPlanLeadAgency("cou", planLead: "pol", change: .drafting))
    }

    @Test("Any agency of the plan may record a measure's observation: partners supply figures")
    func observationsOpen() throws {
        var plan = Fixture.plan(measures: [Measure(id: "m-calls", unit: "calls", direction: .decrease, name: "Calls",
            baseline: DecimalValue(64), target: DecimalValue(30))])
        try plan.recordObservation(Observation(date: Fixture.day(25), value: DecimalValue(41), source: "cou"), for: "m-calls", by: council)
        #expect(plan.lastEvent.kind == .observationRecorded && plan.lastEvent.agency == "cou")
    }

    @Test("A new plan lead takes over: the rule follows governance, not a fixed agency")
    func followsGovernance() throws {
        var plan = try plan()
        try plan.editHeader(by: context) { $0.governance.leadAgency = "cou" }
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.recordDecision("Go.", by: context) }?.kind
            == .notPlanLeadAgency("pol", planLead: "cou", change: .decision))
        try plan.completeStage(.clear, by: council)
        #expect(plan.stage(.clear)?.status == .complete)
    }

    @Test("A partner view refuses stage moves, criteria and decisions as before, whoever acts")
    func viewStillRefuses() throws {
        var view = try plan()
        view.view = .partner(for: "cou", sourceRevision: 1)
        for acting in [context, council] {
            #expect(refusal(view) { p throws(PlanChangeError) in try p.completeStage(.clear, by: acting) }?.kind == .viewNotEditable("cou"))
            #expect(refusal(view) { p throws(PlanChangeError) in try p.markCriterionMet("c-hold", by: acting) }?.kind == .viewNotEditable("cou"))
            #expect(refusal(view) { p throws(PlanChangeError) in try p.recordDecision("Go.", by: acting) }?.kind == .viewNotEditable("cou"))
        }
    }
}

/// Adding is drafting too: only the plan's lead agency adds agencies, objectives, criteria,
/// measures and risks; a partner may add a task it leads itself, and no other.
@Suite("Who may add")
struct CoordinatorAddTests {
    static func plan() throws -> Plan {
        var plan = Fixture.plan()
        try plan.addAgency(Agency(id: "hou", kind: .housing, name: "Test Housing Trust"), by: Fixture.context(agency: plan.governance.leadAgency))
        return plan
    }

    @Test("A partner's additions other than its own task are refused, and the plan is unchanged")
    func partnerAdds() throws {
        var plan = try Self.plan()
        let before = plan
        let partner = Fixture.context(agency: "hou")
        #expect(throws: PlanChangeError.self) { try plan.addAgency(Agency(id: "x", kind: .voluntary, name: "X"), by: partner) }
        #expect(throws: PlanChangeError.self) { try plan.addObjective("Win", to: .clear, by: partner) }
        #expect(throws: PlanChangeError.self) { try plan.addCriterion(ExitCriterion(id: "c-x", statement: "Done"), to: .clear, by: partner) }
        #expect(throws: PlanChangeError.self) {
            try plan.addRisk(Risk(id: "r-x", likelihood: 2, impact: 2, status: .open, owner: "hou", description: "R"), by: partner)
        }
        #expect(throws: PlanChangeError.self) { try plan.addTask(Fixture.task("t-other", lead: plan.governance.leadAgency), to: .clear, by: partner) }
        #expect(plan == before)
        try plan.addTask(Fixture.task("t-own", lead: "hou"), to: .clear, by: partner)
        #expect(plan.task("t-own")?.lead == "hou")
    }
}
