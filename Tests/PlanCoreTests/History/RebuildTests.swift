@testable import PlanCore
import Testing

/// The rebuild's edges: events it cannot undo, and several events recorded against one snapshot.
@Suite("History rebuild")
struct RebuildTests {
    static func at(_ day: Int) -> ChangeContext { Fixture.context(Fixture.day(day)) }

    @Test("An event with no changes is listed as not rebuilt, and what it changed stays as it is now")
    func unrebuilt() throws {
        var plan = Fixture.workflowPlan()
        try plan.editTask("t-a", by: Self.at(31)) { $0.progress = 20 }
        plan.history.append(HistoryEvent(at: Self.at(32).at, agency: "pol", kind: .taskUpdated, subject: "t-a", text: "progress 20 → 50"))
        plan.revision += 1
        plan.stages[0].tasks[0].progress = 50
        try plan.editTask("t-c", by: Self.at(33)) { $0.progress = 70 }
        let afterFirstEdit = plan.asItStood(at: Self.at(31).at)
        #expect(afterFirstEdit.unrebuilt.map(\.text) == ["progress 20 → 50"])
        #expect(!afterFirstEdit.isExact)
        #expect(afterFirstEdit.plan.task("t-a")?.progress == 50, "the text is never read: 50 stays")
        #expect(afterFirstEdit.plan.task("t-c")?.progress == nil)
        let before = plan.asItStood(at: Self.at(30).at)
        #expect(before.unrebuilt.map(\.text) == ["progress 20 → 50"])
        #expect(before.plan.task("t-a")?.progress == nil, "the first edit is undone through its own change")
        #expect(before.plan.revision == plan.revision - 3 && before.plan.history.count == plan.history.count - 3)
    }

    @Test("Several events recorded against one snapshot, each with its own fields (as the merge records), undo exactly")
    func oneSnapshotSeveralEvents() throws {
        var plan = Fixture.workflowPlan()
        let before = plan
        let position = try #require(plan.position(of: "t-c"))
        let snapshot = plan.historySnapshot(ofTaskAt: position)
        plan.stages[position.stageIndex].tasks[position.taskIndex].progress = 60
        plan.stages[position.stageIndex].tasks[position.taskIndex].due = Fixture.day(20)
        plan.stages[position.stageIndex].tasks[position.taskIndex].notes.append(Note(at: Self.at(31).at, agency: "pol", text: "on site"))
        for field in ["progress", "due", "note"] {
            plan.record(.merged, about: .task("t-c"), "\(field) (partner)", by: Self.at(31), since: snapshot, fields: [field])
        }
        #expect(plan.history.suffix(3).map { $0.changes.map(\.field) } == [["progress"], ["due"], ["note"]])
        let rebuilt = try #require(plan.asItStood(atRevision: before.revision))
        #expect(rebuilt.isExact && rebuilt.plan == before)
        let middle = try #require(plan.asItStood(atRevision: before.revision + 1))
        #expect(middle.plan.task("t-c")?.progress == 60 && middle.plan.task("t-c")?.due == before.task("t-c")?.due)
    }

    @Test("A revision after the plan's, or before its history began, cannot be rebuilt")
    func impossibleRevisions() {
        let plan = Fixture.workflowPlan()
        #expect(plan.asItStood(atRevision: plan.revision + 1) == nil)
        #expect(plan.asItStood(atRevision: plan.revision - plan.history.count - 1) == nil)
        #expect(plan.asItStood(atRevision: plan.revision)?.plan == plan)
    }
}
