import PlanCore
import Testing

/// Which tasks an agency's view withholds: those it leads or supports marked above its
/// clearance, exactly the ones `partnerView(for:)` drops (issue 20, item 1).
@Suite("Tasks withheld from an agency's view")
struct TasksWithheldTests {
    @Test("An OFFICIAL agency in an OFFICIAL-SENSITIVE plan is withheld the tasks it leads or supports not marked OFFICIAL")
    func withheld() throws {
        var shared = Fixture.task("t-shared", lead: "cou")
        shared.classification = .official
        var supported = Fixture.task("t-support")
        supported.supports = ["cou"]
        var plan = Fixture.plan(clear: Stage(kind: .clear, tasks: [Fixture.task("t-led", lead: "cou"), shared, supported, Fixture.task("t-other")]))
        plan.classification = .officialSensitive
        plan.agencies[0].clearance = .officialSensitive    // pol, the lead agency
        let withheld = plan.tasksWithheld(from: "cou")
        #expect(withheld.map(\.task) == ["t-led", "t-support"] && withheld.allSatisfy { $0.marking == .officialSensitive })
        // The same tasks the view leaves out.
        let view = try plan.partnerView(for: "cou")
        #expect(view.allTasks.map(\.id) == ["t-shared"])
        #expect(plan.tasksWithheld(from: "pol").isEmpty)
        #expect(plan.tasksWithheld(from: "nobody").isEmpty && view.tasksWithheld(from: "cou").isEmpty)
    }
}
