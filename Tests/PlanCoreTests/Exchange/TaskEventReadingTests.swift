@testable import PlanCore
import Testing

/// The one place that reads task events' text back (`HistoryEvent.partnerFieldChanges(of:)`),
/// checked against the events chb's own operations write, so that a change to how an
/// operation words its event breaks here rather than silently turning a partner's stale copy
/// into a change.
@Suite("Reading task events back")
struct TaskEventReadingTests {
    let pol = Fixture.context(agency: "pol")

    /// Clear active; t-a led by the council, in progress, 40 %, days 1–20; t-b waits on it.
    static func plan() -> Plan {
        var task = Fixture.task("t-a", .inProgress, start: 1, due: 20, lead: "cou")
        task.progress = 40
        return Fixture.plan(clear: Stage(kind: .clear, status: .active, plannedStart: Fixture.day(0), plannedEnd: Fixture.day(100),
            started: Fixture.day(0), tasks: [task, Fixture.task("t-b", start: 30, due: 40, dependsOn: [Dependency(on: "t-a")])]))
    }

    /// What the last event says about t-a.
    func changes(_ plan: Plan) -> [TaskFieldChange]? { plan.lastEvent.partnerFieldChanges(of: "t-a") }

    func change(_ field: PartnerField, _ old: PartnerValue?, _ new: PartnerValue?) -> TaskFieldChange {
        TaskFieldChange(field: field, old: old, new: new)
    }

    @Test("Each workflow move gives the status it left, and what the workflow set with it")
    func transitions() throws {
        var plan = Self.plan()
        try plan.blockTask("t-a", reason: "Contractor → unavailable", by: pol)
        #expect(changes(plan) == [change(.status, .status(.inProgress), .status(.blocked)), change(.blockedReason, .text(nil), nil)])
        try plan.unblockTask("t-a", by: pol)
        #expect(changes(plan) == [change(.status, .status(.blocked), .status(.inProgress)), change(.blockedReason, nil, .text(nil))])
        try plan.completeTask("t-a", reason: "fitted", by: pol)
        // Done sets progress 100; the event does not say what it was.
        #expect(changes(plan) == [change(.status, .status(.inProgress), .status(.done)), change(.progress, nil, .number(100))])
        try plan.reopenTask("t-a", reason: "one door missed", by: pol)
        #expect(changes(plan) == [change(.status, .status(.done), .status(.inProgress))])
        try plan.cancelTask("t-a", reason: "superseded", by: pol)
        #expect(changes(plan) == [change(.status, .status(.inProgress), .status(.cancelled))])
    }

    @Test("An override event reads as the move it made")
    func override() throws {
        var plan = Self.plan()
        try plan.startTask("t-b", override: "the board agreed an early start", by: pol)
        #expect(plan.lastEvent.kind == .override)
        #expect(plan.lastEvent.partnerFieldChanges(of: "t-b") == [change(.status, .status(.planned), .status(.inProgress))])
    }

    @Test("A task edit gives old and new dates and progress, other fields by name, and may have moved the blocked reason")
    func edit() throws {
        var plan = Self.plan()
        try plan.editTask("t-a", by: pol) { $0.due = Fixture.day(25); $0.owner = "Estates"; $0.progress = nil; $0.durationDays = 25 }
        #expect(plan.lastEvent.text == "task 't-a' edited: due 2026-01-25 → 2026-01-30, duration none → 25, progress 40 → none, owner")
        #expect(changes(plan) == [
            change(.due, .date(Fixture.day(20)), .date(Fixture.day(25))), change(.durationDays, .number(nil), .number(25)),
            change(.progress, .number(40), .number(nil)), change(.blockedReason, nil, nil),
        ])
        try plan.editTask("t-a", by: pol) { $0.title = "Doors" }
        #expect(changes(plan) == [change(.blockedReason, nil, nil)])
    }

    @Test("A task edit written before values were recorded names the field only: its values are not known")
    func oldEdit() {
        let event = HistoryEvent(at: pol.at, agency: "pol", kind: .taskUpdated, subject: "t-a", text: "task 't-a' edited: due, owner, notes")
        #expect(event.partnerFieldChanges(of: "t-a") == [change(.due, nil, nil), change(.notes, nil, nil), change(.blockedReason, nil, nil)])
    }

    @Test("A re-plan gives old and new dates and length")
    func replan() throws {
        var plan = Self.plan()
        try plan.replanTask("t-a", start: .clear, due: .set(Fixture.day(30)), durationDays: 9, reason: "the board deferred it, start → later", by: pol)
        #expect(changes(plan) == [
            change(.start, .date(Fixture.day(1)), .date(nil)), change(.due, .date(Fixture.day(20)), .date(Fixture.day(30))),
            change(.durationDays, .number(nil), .number(9)),
        ])
    }

    @Test("A note changes nothing a merge compares")
    func note() throws {
        var plan = Self.plan()
        try plan.addNote("Seen: 3 doors left → next week", to: "t-a", by: pol)
        #expect(changes(plan) == [])
    }

    @Test("A merge's own events give old and new values; notes change nothing a merge compares")
    func merged() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        let p = try #require(view.position(of: "t-a"))
        view.stages[p.stageIndex].tasks[p.taskIndex].progress = 60
        view.stages[p.stageIndex].tasks[p.taskIndex].start = Fixture.day(2)
        view.stages[p.stageIndex].tasks[p.taskIndex].due = Fixture.day(22)
        view.stages[p.stageIndex].tasks[p.taskIndex].durationDays = 21
        view.stages[p.stageIndex].tasks[p.taskIndex].notes = [
            Note(at: pol.at, agency: "cou", text: "one"), Note(at: pol.at, agency: "cou", text: "two"),
        ]
        let report = try plan.mergePartnerUpdate(view, by: Fixture.context(agency: "cou"))
        #expect(report.applied.count == 5, "\(report.items)")
        let events = plan.history.suffix(5).map { $0.partnerFieldChanges(of: "t-a") }
        #expect(events == [
            [change(.progress, .number(40), .number(60))], [change(.start, .date(Fixture.day(1)), .date(Fixture.day(2)))],
            [change(.due, .date(Fixture.day(20)), .date(Fixture.day(22)))], [change(.durationDays, .number(nil), .number(21))], [],
        ])
    }

    @Test("A merged blocked reason is read when one arrow separates the two; otherwise its old value is not known")
    func mergedBlockedReason() {
        func event(_ text: String) -> HistoryEvent {
            HistoryEvent(at: pol.at, agency: "cou", kind: .merged, subject: "t-a", text: text)
        }
        #expect(event("blocked reason No keys (from the agent) → Keys lost (from cou's update of revision 4)").partnerFieldChanges(of: "t-a")
            == [change(.blockedReason, .text("No keys (from the agent)"), .text("Keys lost"))])
        #expect(event("blocked reason A → B → C (from cou's update of revision 4)").partnerFieldChanges(of: "t-a")
            == [change(.blockedReason, nil, nil)])
    }

    @Test("Anything else about a task cannot be read", arguments: [
        (HistoryEvent.Kind.taskStatusChanged, "done: intelligence development complete."),
        (.taskStatusChanged, "inProgress → finished"),
        (.taskStatusChanged, "done → done"),
        (.taskUpdated, "task 't-other' edited: due 2026-01-01 → 2026-01-02"),
        (.taskUpdated, "task 't-a' edited: colour"),
        (.taskUpdated, "Progress reviewed at the board."),
        (.taskAdded, "task 't-a' added to clear: Doors"),
        (.edited, "task 't-a' removed from clear: Doors"),
        (.edited, "task 't-a' re-planned: due 2026-01-01 → 2026-01-02"),
        (.merged, "progress 40 → 60 (from pol's update of revision 4)"),
        (.merged, "progress 40 → 60"),
        (.merged, "owner A → B (from cou's update of revision 4)"),
        (.decision, "Board: close the task."),
    ])
    func unreadable(_ kind: HistoryEvent.Kind, _ text: String) {
        #expect(HistoryEvent(at: pol.at, agency: "cou", kind: kind, subject: "t-a", text: text).partnerFieldChanges(of: "t-a") == nil)
    }

    @Test("A value that does not parse leaves its field changed from a value not known")
    func badValue() {
        let event = HistoryEvent(at: pol.at, agency: "cou", kind: .merged, subject: "t-a", text: "due 2026-02-30 → 2026-03-01 (from cou's update of revision 4)")
        #expect(event.partnerFieldChanges(of: "t-a") == [change(.due, nil, .date(CalendarDate("2026-03-01")))])
    }
}
