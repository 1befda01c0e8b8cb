import PlanCore
import Testing

/// Nothing in a plan is marked above the plan: every output of the plan carries the plan's
/// marking, so an item marked higher would go out under-marked.
@Suite("Markings stay within the plan's")
struct MarkingTests {
    let context = Fixture.context()

    /// An OFFICIAL plan with a measure and a risk, marked as the plan (inheriting).
    static func plan() -> Plan {
        var plan = Fixture.workflowPlan()
        plan.measures = [Measure(id: "m-calls", unit: "calls", direction: .decrease, name: "Calls",
            baseline: DecimalValue(64), target: DecimalValue(30))]
        plan.risks = [Risk(id: "r-rival", likelihood: 3, impact: 4, owner: "cou", description: "A rival line moves in")]
        return plan
    }

    static let sensitive = Classification.officialSensitive

    @Test("Adding a task, measure or risk marked above the plan is refused, naming the item and both markings")
    func addRefused() {
        let plan = Self.plan()
        var task = Fixture.task("t1")
        task.classification = Self.sensitive
        let taskError = refusal(plan) { p throws(PlanChangeError) in try p.addTask(task, to: .clear, by: context) }
        #expect(taskError?.kind == .classificationAbovePlan(.task("t1"), Self.sensitive, plan: .official))
        #expect(taskError?.code == .classificationAbovePlan)
        #expect(taskError?.message == "task 't1' cannot be marked OFFICIAL-SENSITIVE, above the plan's OFFICIAL: raise the plan's marking first")
        let measure = Measure(id: "m-new", unit: "n", direction: .increase, classification: Self.sensitive, name: "New",
            baseline: DecimalValue(1), target: DecimalValue(2))
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.addMeasure(measure, by: context) }?.kind
            == .classificationAbovePlan(.measure("m-new"), Self.sensitive, plan: .official))
        let risk = Risk(id: "r-new", likelihood: 1, impact: 1, owner: "pol", classification: Self.sensitive, description: "New")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.addRisk(risk, by: context) }?.kind
            == .classificationAbovePlan(.risk("r-new"), Self.sensitive, plan: .official))
    }

    @Test("Editing an item's marking above the plan is refused, by any agency that may edit it")
    func editRefused() {
        let plan = Self.plan()
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.editTask("t-a", by: context) { $0.classification = Self.sensitive } }?.kind
            == .classificationAbovePlan(.task("t-a"), Self.sensitive, plan: .official))
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.editMeasure("m-calls", by: context) { $0.classification = Self.sensitive } }?.kind
            == .classificationAbovePlan(.measure("m-calls"), Self.sensitive, plan: .official))
        // The risk's owner may edit its risk, but not mark it above the plan.
        #expect(refusal(plan) { p throws(PlanChangeError) in
            try p.editRisk("r-rival", by: Fixture.context(agency: "cou")) { $0.classification = Self.sensitive }
        }?.kind == .classificationAbovePlan(.risk("r-rival"), Self.sensitive, plan: .official))
    }

    @Test("Once the plan's marking is raised, its items may carry it; marking them as the plan or lower is always allowed")
    func raiseFirst() throws {
        var plan = Self.plan()
        var task = Fixture.task("t1")
        task.classification = .official
        try plan.addTask(task, to: .clear, by: context)
        try plan.setClassification(Self.sensitive, by: context)
        try plan.editTask("t-a", by: context) { $0.classification = Self.sensitive }
        try plan.editMeasure("m-calls", by: context) { $0.classification = Self.sensitive }
        try plan.editRisk("r-rival", by: context) { $0.classification = Self.sensitive }
        task.id = "t2"
        task.classification = Self.sensitive
        try plan.addTask(task, to: .hold, by: context)
        #expect(plan.task("t-a")?.classification == Self.sensitive && plan.task("t2")?.classification == Self.sensitive)
        #expect(PlanValidator().validate(plan).allSatisfy { $0.code != .classificationAbovePlan })
        try plan.editTask("t2", by: context) { $0.classification = .official }
        #expect(plan.task("t2")?.classification == .official)
    }

    @Test("An item a file already marks above its plan may still be edited, and marked down")
    func legacyItemEditable() throws {
        var plan = Self.plan()
        plan.stages[0].tasks[0].classification = Self.sensitive  // t-a, as a file written before the rule may hold
        try plan.editTask("t-a", by: context) { $0.title = "Renamed" }
        #expect(plan.task("t-a")?.classification == Self.sensitive)
        try plan.editTask("t-a", by: context) { $0.classification = nil }
        #expect(plan.task("t-a")?.classification == nil)
    }

    @Test("The validator warns about every item marked above its plan, at the item's line")
    func validatorWarns() {
        var plan = Self.plan()
        plan.stages[0].tasks[0].classification = Self.sensitive
        plan.measures[0].classification = Self.sensitive
        plan.risks[0].classification = Self.sensitive
        var map = SourceMap(file: "d.xml")
        map.record(.task(0, 0), line: 30, column: 7)
        map.record(.measure(0), line: 60, column: 5)
        map.record(.risk(0), line: 70, column: 5)
        let warnings = PlanValidator().validate(plan, sourceMap: map).filter { $0.code == .classificationAbovePlan }
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map(\.description) == [
            "d.xml:30:7: warning: task 't-a' is marked OFFICIAL-SENSITIVE, above the plan's OFFICIAL: raise the plan's marking",
            "d.xml:60:5: warning: measure 'm-calls' is marked OFFICIAL-SENSITIVE, above the plan's OFFICIAL: raise the plan's marking",
            "d.xml:70:5: warning: risk 'r-rival' is marked OFFICIAL-SENSITIVE, above the plan's OFFICIAL: raise the plan's marking",
        ])
        #expect(plan.validationErrors.isEmpty)
        // Marked as the plan, or the plan raised: nothing to warn about.
        plan.classification = Self.sensitive
        #expect(PlanValidator().validate(plan).allSatisfy { $0.code != .classificationAbovePlan })
    }

    @Test("A merge takes no markings from a partner's view, so it cannot bring in an item marked above the plan")
    func mergeKeepsMarkings() throws {
        var plan = PartnerViewEditingTests.plan()
        var view = try Fixture.export(&plan, for: "cou")
        view.classification = Self.sensitive
        view.stages[0].tasks[0].classification = Self.sensitive  // t-a, led by the council
        view.stages[0].tasks[0].progress = 30
        let report = try plan.mergePartnerUpdate(view, by: Fixture.context(Fixture.day(31), agency: "cou"))
        #expect(report.applied.map(\.change) == ["progress none → 30"])
        // The markings are refused, and listed (issue 18, item 6).
        #expect(report.refused.map(\.description) == [
            "refused  t-a: classification 'OFFICIAL' → 'OFFICIAL-SENSITIVE' (a view changes only a task's status, progress, dates, notes and blocked reason; the plan's lead agency changes its classification)",
            "refused  plan: marking OFFICIAL → OFFICIAL-SENSITIVE (a view changes only its tasks' status, progress, dates, notes and blocked reason; the plan's lead agency changes the rest)",
        ])
        #expect(plan.classification == .official && plan.task("t-a")?.classification == nil)
        #expect(PlanValidator().validate(plan).allSatisfy { $0.code != .classificationAbovePlan })
    }

    @Test("A partner view marked below what it holds stays an error of its own, not this warning")
    func viewKeepsItsError() {
        var view = Self.plan()
        view.view = .partner(for: "cou", sourceRevision: 1)
        view.agencies[1].clearance = Self.sensitive
        view.stages[0].tasks[0].classification = Self.sensitive
        let diagnostics = PlanValidator().validate(view)
        #expect(diagnostics.allSatisfy { $0.code != .classificationAbovePlan })
        #expect(diagnostics.contains { $0.severity == .error && $0.code == .clearance })
    }
}
