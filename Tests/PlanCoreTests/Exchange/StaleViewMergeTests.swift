import PlanCore
import Testing

/// A view shows every task as it was when it was cut. The merge tells the partner's change
/// from its stale copy of what the plan changed since by the value the plan had at the view's
/// source revision, read from the history: overlapping views merge in any order.
@Suite("Merging stale copies")
struct StaleViewMergeTests {
    static let pol = Fixture.context(agency: "pol")
    static let council = Fixture.context(Fixture.day(31), agency: "cou")
    static let housing = Fixture.context(Fixture.day(31), agency: "hou")

    /// Clear active. The council leads the hub (planned, days 10–40), which the housing trust
    /// supports; the housing trust leads door entry (in progress, 40 %, days 1–20), which the
    /// council supports. Each view shows both tasks.
    static func plan() throws -> Plan {
        var door = Fixture.task("t-door", .inProgress, start: 1, due: 20, lead: "hou")
        door.progress = 40
        door.supports = ["cou"]
        var hub = Fixture.task("t-hub", start: 10, due: 40, lead: "cou")
        hub.supports = ["hou"]
        var plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, plannedStart: Fixture.day(0), plannedEnd: Fixture.day(100),
            started: Fixture.day(0), tasks: [hub, door]))
        try plan.addAgency(Agency(id: "hou", kind: .housing, name: "Test Housing Trust"), by: pol)
        // Each agency was sent its view: the council's of revision 2, the housing trust's of 3.
        _ = try Fixture.export(&plan, for: "cou")
        _ = try Fixture.export(&plan, for: "hou")
        return plan
    }

    /// The revision of the view each agency was sent.
    static func sourceRevision(of agency: AgencyID) -> Int { agency == "cou" ? 2 : 3 }

    /// The view `agency` was sent, with `change` made to one of its tasks, as a partner's tool would.
    static func view(of plan: Plan, for agency: AgencyID, _ changes: [TaskID: (inout PlanTask) -> Void] = [:]) throws -> Plan {
        var view = try plan.partnerViewAsSent(to: agency, atRevision: sourceRevision(of: agency))
        for (id, change) in changes {
            let position = try #require(view.position(of: id))
            change(&view.stages[position.stageIndex].tasks[position.taskIndex])
        }
        return view
    }

    /// The council starts the hub and moves its end; the housing trust moves door entry on.
    static func updates(of plan: Plan) throws -> (council: Plan, housing: Plan) {
        let council = try view(of: plan, for: "cou", ["t-hub": { $0.status = .inProgress; $0.due = Fixture.day(45) }])
        let housing = try view(of: plan, for: "hou", ["t-door": {
            $0.progress = 60
            $0.notes.append(Note(at: Self.housing.at, agency: "hou", text: "Two blocks fitted."))
        }])
        return (council, housing)
    }

    @Test("Overlapping views merge in either order to the same plan, with no conflict")
    func eitherOrder() throws {
        let start = try Self.plan()
        let (council, housing) = try Self.updates(of: start)

        var first = start
        let a1 = try first.mergePartnerUpdate(council, by: Self.council)
        let a2 = try first.mergePartnerUpdate(housing, by: Self.housing)
        var second = start
        let b1 = try second.mergePartnerUpdate(housing, by: Self.housing)
        let b2 = try second.mergePartnerUpdate(council, by: Self.council)

        for report in [a1, a2, b1, b2] { #expect(report.isClean, "\(report.items)") }
        #expect(a1.applied.map(\.change) == ["status planned → inProgress", "due 2026-02-14 → 2026-02-19"])
        #expect(a2.applied.map(\.change) == ["progress 40 → 60", "1 new note"])
        // The housing trust's copy of the hub is as the view was cut: not a change.
        #expect(a2.stale.map(\.description) == [
            "stale    t-hub: status planned (as at revision 3; the plan has inProgress since)",
            "stale    t-hub: due 2026-02-14 (as at revision 3; the plan has 2026-02-19 since)",
        ])
        #expect(b2.stale.map(\.description) == [
            "stale    t-door: progress 40 (as at revision 2; the plan has 60 since)",
        ])
        #expect(first.stages == second.stages)
        #expect(first.revision == start.revision + 4 && second.revision == first.revision)
        #expect(first.task("t-hub")?.due == Fixture.day(45) && first.task("t-door")?.progress == 60)
    }

    @Test("A field the partner changed that the plan also changed since is a conflict, naming the value at the cut")
    func realConflict() throws {
        var plan = try Self.plan()
        let (council, _) = try Self.updates(of: plan)
        try plan.replanTask("t-hub", due: .set(Fixture.day(50)), reason: "the board moved the opening", by: Self.pol)
        let before = plan
        let report = try plan.mergePartnerUpdate(council, by: Self.council)
        #expect(report.conflicts.map(\.description) == [
            "conflict t-hub: status planned → inProgress (the plan changed task 't-hub' after revision 2)",
            "conflict t-hub: due 2026-02-24 → 2026-02-19 (the plan changed due from 2026-02-14 after revision 2)",
        ])
        // The status is a change to a task the plan changed since: a conflict too (the format's rule).
        #expect(report.applied.isEmpty)
        #expect(plan.task("t-hub")?.due == before.task("t-hub")?.due)
    }

    @Test("A task edit in the full plan records its values, so it conflicts or goes stale like any change")
    func editedInThePlan() throws {
        var plan = try Self.plan()
        let (council, housing) = try Self.updates(of: plan)
        try plan.editTask("t-hub", by: Self.pol) { $0.due = Fixture.day(50) }
        #expect(try plan.mergePartnerUpdate(council, by: Self.council).conflicts.map(\.change) == [
            "status planned → inProgress", "due 2026-02-24 → 2026-02-19",
        ])
        let report = try plan.mergePartnerUpdate(housing, by: Self.housing)
        #expect(report.stale.map(\.change) == ["due 2026-02-14"])
        #expect(report.conflicts.map(\.change) == [], "the hub's stale copy is no conflict")
    }

    @Test("The partner's own task, changed by someone else after the cut and left as it was in the update, is not a conflict")
    func ownTaskChangedByOthers() throws {
        var plan = try Self.plan()
        let untouched = try Self.view(of: plan, for: "hou")
        try plan.replanTask("t-door", due: .set(Fixture.day(25)), reason: "scaffolding late", by: Self.pol)
        try plan.editTask("t-door", by: Self.pol) { $0.owner = "Estates manager" }
        let report = try plan.mergePartnerUpdate(untouched, by: Self.housing)
        #expect(report.isClean && report.items.isEmpty)
        // The owner the plan set since is no edit of the partner's either: stale, skipped.
        #expect(report.stale.map(\.change) == ["due 2026-01-25", "owner none"])
        // The older view never takes the re-plan back.
        #expect(plan.task("t-door")?.due == Fixture.day(25))
    }

    @Test("A partner's change to a task the plan changed since the cut is a conflict, whichever field the plan changed (the format's rule)")
    func otherField() throws {
        var plan = try Self.plan()
        let (council, housing) = try Self.updates(of: plan)
        try plan.editTask("t-hub", by: Self.pol) { $0.owner = "Hub manager" }
        try plan.replanTask("t-door", due: .set(Fixture.day(25)), reason: "scaffolding late", by: Self.pol)
        let hub = try plan.mergePartnerUpdate(council, by: Self.council)
        #expect(hub.conflicts.map(\.description) == [
            "conflict t-hub: status planned → inProgress (the plan changed task 't-hub' after revision 2)",
            "conflict t-hub: due 2026-02-14 → 2026-02-19 (the plan changed task 't-hub' after revision 2)",
        ])
        #expect(plan.task("t-hub")?.owner == "Hub manager" && plan.task("t-hub")?.due == Fixture.day(40))
        // The housing trust's stale due date is skipped; its progress and note are changes to a
        // task the plan re-planned since: conflicts, left for the two agencies to settle.
        let door = try plan.mergePartnerUpdate(housing, by: Self.housing)
        #expect(door.stale.map(\.description) == [
            "stale    t-hub: owner none (as at revision 3; the plan has 'Hub manager' since)",
            "stale    t-door: due 2026-01-25 (as at revision 3; the plan has 2026-01-30 since)",
        ])
        #expect(door.conflicts.map(\.change) == ["progress 40 → 60", "1 new note"])
        #expect(door.applied.isEmpty && plan.task("t-door")?.progress == 40)
    }

    @Test("Merging the same update twice changes nothing the second time, stale values included")
    func idempotent() throws {
        var plan = try Self.plan()
        let (council, housing) = try Self.updates(of: plan)
        _ = try plan.mergePartnerUpdate(council, by: Self.council)
        _ = try plan.mergePartnerUpdate(housing, by: Self.housing)
        let merged = plan
        for (update, context) in [(council, Self.council), (housing, Self.housing)] {
            let again = try plan.mergePartnerUpdate(update, by: context)
            #expect(again.items.isEmpty)
            #expect(plan == merged)
        }
    }

    @Test("An older save of the partner's view never undoes its newer merge, and an already merged value is no conflict")
    func olderSaveOfTheSameView() throws {
        var plan = try Self.plan()
        let untouched = try Self.view(of: plan, for: "hou")
        let older = try Self.view(of: plan, for: "hou", ["t-door": { $0.progress = 60 }])
        let newer = try Self.view(of: plan, for: "hou", ["t-door": { $0.progress = 80 }])
        #expect(try plan.mergePartnerUpdate(older, by: Self.housing).applied.map(\.change) == ["progress 40 → 60"])
        // The partner's own merge is a change since the cut like any other: a save of the same
        // view with another value cannot be told from an older one, so it is not applied.
        #expect(try plan.mergePartnerUpdate(newer, by: Self.housing).conflicts.map(\.description) == [
            "conflict t-door: progress 60 → 80 (the plan changed progress from 40 after revision 3)",
        ])
        let merged = plan
        let again = try plan.mergePartnerUpdate(older, by: Self.housing)
        #expect(again.items.isEmpty && again.stale.isEmpty)
        let first = try plan.mergePartnerUpdate(untouched, by: Self.housing)
        #expect(first.items.isEmpty && first.stale.map(\.change) == ["progress 40"])
        #expect(plan == merged)
    }

    @Test("A value the partner's own earlier merge brought, that the plan changed since, is already merged: skipped")
    func alreadyMerged() throws {
        var plan = try Self.plan()
        let update = try Self.view(of: plan, for: "hou", ["t-door": { $0.progress = 60 }])
        _ = try plan.mergePartnerUpdate(update, by: Self.housing)
        try plan.editTask("t-door", by: Self.pol) { $0.progress = 70 }
        let merged = plan
        let again = try plan.mergePartnerUpdate(update, by: Self.housing)
        #expect(again.items.isEmpty)
        #expect(again.stale.map(\.description) == ["stale    t-door: progress 60 (already merged from 'hou'; the plan has 70 since)"])
        #expect(plan == merged)
    }

    @Test("A note the plan added since the cut is not the partner's to remove: the view lacking it changes nothing")
    func notes() throws {
        var plan = try Self.plan()
        let untouched = try Self.view(of: plan, for: "hou")
        try plan.addNote("Keys with the caretaker.", to: "t-door", by: Self.pol)
        let report = try plan.mergePartnerUpdate(untouched, by: Self.housing)
        #expect(report.isClean && report.items.isEmpty)
        #expect(plan.task("t-door")?.notes.map(\.text) == ["Keys with the caretaker."])
    }

    @Test("A new note on a task the plan changed since the cut is a conflict")
    func notesEdited() throws {
        var plan = try Self.plan()
        let housing = try Self.view(of: plan, for: "hou", ["t-door": { task in
            task.notes.append(Note(at: Self.housing.at, agency: "hou", text: "Two blocks fitted."))
        }])
        try plan.addNote("Keys with the caretaker.", to: "t-door", by: Self.pol)
        let report = try plan.mergePartnerUpdate(housing, by: Self.housing)
        #expect(report.conflicts.map(\.description) == [
            "conflict t-door: 1 new note (the plan changed task 't-door' after revision 3)",
        ])
        #expect(plan.task("t-door")?.notes.map(\.text) == ["Keys with the caretaker."])
    }

    @Test("Where the history does not say what a field was, a difference is a conflict, as before")
    func unknownBase() throws {
        var plan = try Self.plan()
        let housing = try Self.view(of: plan, for: "hou", ["t-door": { $0.due = Fixture.day(22) }])
        // An event chb did not write (imported, or by hand) may have changed anything.
        plan.history.append(HistoryEvent(at: Self.pol.at, agency: "pol", kind: .taskUpdated, subject: "t-door",
            text: "Dates agreed with the contractor."))
        plan.revision += 1
        let report = try plan.mergePartnerUpdate(housing, by: Self.housing)
        #expect(report.conflicts.map(\.description) == [
            "conflict t-door: due 2026-01-25 → 2026-01-27 (the plan changed task 't-door' after revision 3 and its history does not say how)",
        ])
        #expect(plan.task("t-door")?.due == Fixture.day(20))
    }

    @Test("A stale copy of a task done since is skipped whole: the history records the progress done set")
    func doneSinceTheCut() throws {
        var plan = try Self.plan()
        let housing = try Self.view(of: plan, for: "hou")
        try plan.completeTask("t-door", by: Self.pol)
        let report = try plan.mergePartnerUpdate(housing, by: Self.housing)
        // The view shows the status and progress as they were at the cut: not changes.
        #expect(report.stale.map(\.change) == ["status inProgress", "progress 40"])
        #expect(report.items.isEmpty)
        #expect(plan.task("t-door")?.status == .done && plan.task("t-door")?.progress == 100)
    }

    @Test("A merge's events carry the fields they changed: the plan before it is rebuilt exactly")
    func mergedEventsRebuild() throws {
        var plan = try Self.plan()
        let (council, housing) = try Self.updates(of: plan)
        let before = plan
        _ = try plan.mergePartnerUpdate(council, by: Self.council)
        _ = try plan.mergePartnerUpdate(housing, by: Self.housing)
        #expect(plan.revision == before.revision + 4)
        #expect(plan.history.suffix(4).allSatisfy { !$0.changes.isEmpty })
        let rebuilt = try #require(plan.asItStood(atRevision: before.revision))
        #expect(rebuilt.unrebuilt.isEmpty)
        #expect(rebuilt.plan == before)
    }

    @Test("A partner's change to a task it does not lead is still refused")
    func notLed() throws {
        var plan = try Self.plan()
        let housing = try Self.view(of: plan, for: "hou", ["t-hub": { $0.due = Fixture.day(41) }])
        let report = try plan.mergePartnerUpdate(housing, by: Self.housing)
        #expect(report.refused.map(\.description) == ["refused  t-hub: due 2026-02-14 → 2026-02-15 (task 't-hub' is led by 'cou', not 'hou')"])
    }
}

/// A view changes only status, progress, dates, notes and a blocked reason: any other edit in
/// a returned view is reported, never dropped silently.
@Suite("Merging edits a view may not make")
struct FixedFieldMergeTests {
    typealias S = StaleViewMergeTests

    @Test("A renamed task, a changed strand or owner in the partner's own task are refused, and listed")
    func ownTaskFields() throws {
        var plan = try S.plan()
        let update = try S.view(of: plan, for: "hou", ["t-door": { $0.title = "HACKED"; $0.owner = "Someone"; $0.priority = .high }])
        let before = plan
        let report = try plan.mergePartnerUpdate(update, by: S.housing)
        #expect(report.refused.map(\.change) == ["title 'Task t-door' → 'HACKED'", "priority 'medium' → 'high'", "owner none → 'Someone'"])
        #expect(report.refused.allSatisfy { ($0.reason ?? "").contains("a view changes only a task's status, progress, dates, notes and blocked reason") })
        #expect(plan == before, "nothing applied")
    }

    @Test("Another agency's task in the view: its title and lead are compared, and a change refused")
    func othersTask() throws {
        var plan = try S.plan()
        let update = try S.view(of: plan, for: "hou", ["t-hub": { $0.title = "Renamed hub" }])
        let report = try plan.mergePartnerUpdate(update, by: S.housing)
        #expect(report.refused.map(\.change) == ["title 'Task t-hub' → 'Renamed hub'"])
        #expect(plan.task("t-hub")?.title == "Task t-hub")
    }

    @Test("A done the workflow refuses takes its progress 100 with it")
    func doneRefusedTakesProgress() throws {
        var plan = try S.plan()
        // Done on day 31 needs its predecessors done; t-door has none, so refuse by a future completion date.
        let update = try S.view(of: plan, for: "hou", ["t-door": { $0.status = .done; $0.progress = 100; $0.completedOn = Fixture.day(60) }])
        let report = try plan.mergePartnerUpdate(update, by: S.housing)
        #expect(report.applied.isEmpty)
        #expect(report.refused.map(\.change).contains("progress 40 → 100"))
        #expect(plan.task("t-door")?.progress == 40 && plan.task("t-door")?.status == .inProgress)
    }
}
