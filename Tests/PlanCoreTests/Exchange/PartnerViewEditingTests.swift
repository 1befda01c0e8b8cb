import PlanCore
import Testing

/// "Partner editing": a view changes only in the tasks its `for` agency leads, by that agency,
/// under the full plan's workflow rules, and without history; the merge then records it.
@Suite("Partner view editing")
struct PartnerViewEditingTests {
    let council = Fixture.context(agency: "cou")

    /// The workflow example with the council leading t-a (planned), t-c (in progress) and t-h
    /// (in Hold, not started), and supporting t-b; cut as the council's view.
    static func plan() -> Plan {
        var plan = Fixture.workflowPlan()
        for id: TaskID in ["t-a", "t-c", "t-h"] {
            let position = plan.position(of: id)!
            plan.stages[position.stageIndex].tasks[position.taskIndex].lead = "cou"
        }
        let b = plan.position(of: "t-b")!
        plan.stages[b.stageIndex].tasks[b.taskIndex].supports = ["cou"]
        return plan
    }

    static func view() throws -> Plan { try plan().partnerView(for: "cou") }

    @Test("The task verbs change a view without history, revision or view changes")
    func changesWithoutHistory() throws {
        let exported = try Self.view()
        var view = exported
        let outcome = try view.startTask("t-a", by: council)
        try view.editTask("t-a", by: council) { $0.progress = 40; $0.due = Fixture.day(12) }
        try view.completeTask("t-c", by: council)
        try view.addNote("Locks fitted at 14 Heron Walk.", to: "t-c", by: council)

        #expect(outcome.event.kind == .taskStatusChanged && outcome.event.text == "planned → inProgress")
        #expect(view.task("t-a")?.status == .inProgress && view.task("t-a")?.progress == 40)
        #expect(view.task("t-a")?.due == Fixture.day(12))
        #expect(view.task("t-c")?.status == .done && view.task("t-c")?.completedOn == Fixture.day(30))
        #expect(view.task("t-c")?.notes.last == Note(at: council.at, agency: "cou", text: "Locks fitted at 14 Heron Walk."))
        #expect(view.history.isEmpty)
        #expect(view.revision == exported.revision)
        #expect(view.view == exported.view)
        #expect(view.validationErrors.isEmpty)
    }

    @Test("A view edited with the task verbs merges: every change applied, with history in the plan")
    func editedViewMerges() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        let exported = plan
        try view.startTask("t-a", by: council)
        try view.editTask("t-a", by: council) { $0.progress = 40 }
        try view.blockTask("t-c", reason: "Contractor unavailable", by: council)
        try view.addNote("Chasing the contractor.", to: "t-c", by: council)

        let report = try plan.mergePartnerUpdate(view, by: Fixture.context(Fixture.day(31), agency: "cou"))
        #expect(report.isClean)
        #expect(report.applied.map(\.change) == ["status planned → inProgress", "progress none → 40", "status inProgress → blocked", "1 new note"])
        #expect(plan.task("t-a")?.status == .inProgress && plan.task("t-a")?.progress == 40)
        #expect(plan.task("t-c")?.blockedReason == "Contractor unavailable" && plan.task("t-c")?.blockedSince == Fixture.day(30))
        #expect(plan.revision == exported.revision + 4)
    }

    @Test("A supporting agency adds a note in its view to a task it supports, and the merge applies it (issue 20, item 4)")
    func supportingAgencyNotes() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        try view.addNote("Council CCTV footage requested.", to: "t-b", by: council)
        // Its other fields stay the lead's.
        #expect(refusal(view) { p throws(PlanChangeError) in try p.startTask("t-b", by: council) }?.kind
            == .viewChangeRefused(.taskNotLed("t-b", lead: "pol", view: "cou")))

        let report = try plan.mergePartnerUpdate(view, by: Fixture.context(Fixture.day(31), agency: "cou"))
        #expect(report.isClean, "\(report.items)")
        #expect(report.applied.map(\.description) == ["applied  t-b: 1 new note"])
        #expect(plan.task("t-b")?.notes == [Note(at: council.at, agency: "cou", text: "Council CCTV footage requested.")])
        #expect(plan.history.last?.kind == .merged && plan.history.last?.subject == "t-b")
    }

    @Test("A view refuses other agencies, tasks its agency does not lead, fixed fields and overrides")
    func refusals() throws {
        let view = try Self.view()
        func kind(_ change: (inout Plan) throws(PlanChangeError) -> Void) -> PlanChangeError.Kind? { refusal(view, change)?.kind }

        #expect(kind { p throws(PlanChangeError) in try p.startTask("t-a", by: Fixture.context()) }
            == .viewChangeRefused(.otherAgency("pol", view: "cou")))
        #expect(kind { p throws(PlanChangeError) in try p.startTask("t-b", override: "board", by: council) }
            == .viewChangeRefused(.taskNotLed("t-b", lead: "pol", view: "cou")))
        // Supporting agencies add notes, in the full plan as in a view; not to other tasks.
        #expect(kind { p throws(PlanChangeError) in try p.addNote("Seen.", to: "t-b", by: council) } == nil)
        #expect(kind { p throws(PlanChangeError) in try p.editTask("t-a", by: council) { $0.title = "Other"; $0.progress = 5 } }
            == .viewChangeRefused(.fieldsNotEditable("t-a", fields: ["title"], view: "cou")))
        #expect(kind { p throws(PlanChangeError) in try p.startTask("t-h", override: "early", by: council) }
            == .viewChangeRefused(.override("t-h", view: "cou")))
        #expect(kind { p throws(PlanChangeError) in try p.startStage(.hold, by: council) } == .viewNotEditable("cou"))
        #expect(kind { p throws(PlanChangeError) in try p.addTask(Fixture.task("t-new", lead: "cou"), to: .clear, by: council) }
            == .viewNotEditable("cou"))
        #expect(kind { p throws(PlanChangeError) in try p.recordDecision("Go.", by: council) } == .viewNotEditable("cou"))
    }

    @Test("The full plan's workflow rules hold in a view: gates, the state machine, fact dates")
    func workflowRules() throws {
        let view = try Self.view()
        // t-h's stage (Hold) has not started.
        #expect(refusal(view) { p throws(PlanChangeError) in try p.startTask("t-h", by: council) }?.code == .gateNotMet)
        #expect(refusal(view) { p throws(PlanChangeError) in try p.completeTask("t-a", by: council) }?.code == .invalidTransition)
        #expect(refusal(view) { p throws(PlanChangeError) in try p.blockTask("t-c", reason: nil, by: council) }?.code == .reasonRequired)
        var tomorrow = council
        tomorrow.date = Fixture.day(31)
        #expect(refusal(view) { p throws(PlanChangeError) in try p.completeTask("t-c", by: tomorrow) }?.code == .factDateInFuture)
    }

    @Test("Refusals of a view say why, in words")
    func messages() {
        #expect(PlanChangeError(.viewChangeRefused(.taskNotLed("t-b", lead: "pol", view: "cou"))).message
            == "task 't-b' is led by 'pol': the partner view for 'cou' changes only the tasks 'cou' leads")
        #expect(PlanChangeError(.viewChangeRefused(.otherAgency("pol", view: "cou"))).code == .notPermitted)
        #expect(PlanChangeError(.viewNotEditable("cou")).message.contains("tasks 'cou' leads"))
    }
}
