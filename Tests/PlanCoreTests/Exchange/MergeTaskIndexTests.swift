@testable import PlanCore
import Testing

/// A merge finds every task through one ``Plan/TaskIndex`` built when it starts, and hands
/// it to the task workflow for each status change: the results must be those of a search of
/// the plan, for repeated ids, tasks added or removed, and tasks changed earlier in the merge.
@Suite("Merge: tasks found through one index")
struct MergeTaskIndexTests {
    let council = Fixture.context(Fixture.day(31), agency: "cou")

    /// The partner-editing plan: the council leads t-a (planned), t-c (in progress) and t-h.
    static func plan() -> Plan { PartnerViewEditingTests.plan() }

    /// `task` with a new title, to tell a repeated id from the task it repeats.
    static func repeated(_ task: PlanTask, lead: AgencyID) -> PlanTask {
        var copy = task
        copy.title = "Repeated \(task.id)"
        copy.lead = lead
        return copy
    }

    /// Sets a task of the view (the first with the id).
    static func change(_ id: TaskID, in view: inout Plan, _ body: (inout PlanTask) -> Void) throws {
        let at = try #require(view.position(of: id))
        body(&view.stages[at.stageIndex].tasks[at.taskIndex])
    }

    // MARK: Merge

    @Test("A repeated id merges into the first task with it, before or after the other", arguments: [true, false])
    func repeatedIDMergesIntoTheFirst(repeatFirst: Bool) throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        // The plan repeats t-c (invalid, but a plan can be read and merged so), the repeat
        // led by the council too, placed before or after the original.
        let original = try #require(plan.task("t-c"))
        let copy = Self.repeated(original, lead: "cou")
        let clear = try #require(plan.stageIndex(.clear))
        plan.stages[clear].tasks.insert(copy, at: repeatFirst ? 0 : plan.stages[clear].tasks.count)
        try Self.change("t-c", in: &view) { $0.status = .blocked; $0.blockedSince = Fixture.day(30); $0.blockedReason = "Contractor unavailable" }
        try Self.change("t-a", in: &view) { $0.status = .inProgress; $0.progress = 25 }

        let before = plan
        let report = try plan.mergePartnerUpdate(view, by: council)

        // The view's t-c is the original: against a repeat placed first, its title differs and
        // is reported (a view never renames), and nothing else is refused or in conflict.
        #expect(report.conflicts.isEmpty)
        #expect(report.refused.map(\.change) == (repeatFirst ? ["title 'Repeated t-c' → 'Task t-c'"] : []))
        #expect(report.applied.map(\.change) == ["status planned → inProgress", "progress none → 25", "status inProgress → blocked"])
        let tasks = plan.stages[clear].tasks.filter { $0.id == "t-c" }
        let (first, second) = (tasks[0], tasks[1])
        // The first t-c (the copy or the original) is blocked; the second is as it was.
        #expect(first.title == (repeatFirst ? "Repeated t-c" : original.title))
        #expect(first.status == .blocked && first.blockedReason == "Contractor unavailable" && first.blockedSince == Fixture.day(30))
        #expect(second == (repeatFirst ? original : copy))
        #expect(plan.task("t-a")?.status == .inProgress && plan.task("t-a")?.progress == 25)
        let origin = "from cou's update of revision \(before.revision - 1)"
        #expect(plan.history.dropFirst(before.history.count).map(\.text) == [
            "planned → inProgress: \(origin)", "progress none → 25 (\(origin))", "inProgress → blocked: Contractor unavailable",
        ])
        #expect(plan.revision == before.revision + 3)
    }

    @Test("A repeated id whose first task another agency leads is refused, the later one untouched")
    func repeatedIDLedByAnotherAgency() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        let clear = try #require(plan.stageIndex(.clear))
        plan.stages[clear].tasks.insert(Self.repeated(try #require(plan.task("t-a")), lead: "pol"), at: 0)
        try Self.change("t-a", in: &view) { $0.status = .inProgress }
        let before = plan
        let report = try plan.mergePartnerUpdate(view, by: council)
        #expect(report.applied.isEmpty)
        #expect(report.refused.first?.reason == "task 't-a' is led by 'pol', not 'cou'")
        #expect(report.refused.dropFirst().map(\.change) == ["title 'Repeated t-a' → 'Task t-a'", "lead 'pol' → 'cou'"])
        #expect(plan == before)
    }

    @Test("Tasks added and removed before the merge: the index is of the plan as merged")
    func tasksAddedAndRemovedBeforeTheMerge() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        let coordinator = Fixture.context(Fixture.day(30))
        // After the view is cut the plan drops t-b (the task before t-c) and gains t-new.
        try plan.removeTask("t-b", by: coordinator)
        try plan.addTask(Fixture.task("t-new", start: 2, due: 6, lead: "cou"), to: .clear, by: coordinator)
        // The view still shows t-b; its update names a task the plan never had.
        try Self.change("t-c", in: &view) { $0.status = .done; $0.completedOn = Fixture.day(30); $0.progress = 100 }
        try Self.change("t-a", in: &view) { $0.progress = 10 }
        view.stages[0].tasks.append(Fixture.task("t-unknown", lead: "cou"))

        let report = try plan.mergePartnerUpdate(view, by: council)

        #expect(report.applied.map(\.task) == ["t-a", "t-c"])
        // A task the view never held is "not in your view", whether the plan has it or not;
        // one it held that the plan removed since is not applied either.
        #expect(report.refused.filter { $0.task == "t-unknown" }.map(\.change) == ["not in your view"])
        #expect(report.items.filter { $0.task == "t-b" }.allSatisfy { $0.outcome != .applied })
        #expect(plan.task("t-c")?.status == .done && plan.task("t-c")?.completedOn == Fixture.day(30))
        #expect(plan.task("t-a")?.progress == 10)
        #expect(plan.task("t-new") == Fixture.task("t-new", start: 2, due: 6, lead: "cou"))
        #expect(plan.task("t-b") == nil)
    }

    @Test("A status change sees the changes the merge made before it", arguments: [true, false])
    func laterChangeSeesEarlierOnes(predecessorDone: Bool) throws {
        var plan = Self.plan()
        let b = try #require(plan.position(of: "t-b"))
        plan.stages[b.stageIndex].tasks[b.taskIndex].lead = "cou"
        plan.stages[b.stageIndex].tasks[b.taskIndex].supports = []
        var view = try Fixture.export(&plan, for: "cou")
        // t-b waits on t-a (finish-to-start); the update starts t-b, and finishes t-a first
        // (document order) or leaves it planned.
        if predecessorDone {
            try Self.change("t-a", in: &view) { $0.status = .done; $0.completedOn = Fixture.day(30); $0.progress = 100 }
        }
        try Self.change("t-b", in: &view) { $0.status = .inProgress }
        let report = try plan.mergePartnerUpdate(view, by: council)
        if predecessorDone {
            #expect(report.isClean)
            #expect(plan.task("t-b")?.status == .inProgress)
        } else {
            #expect(report.refused.map(\.reason) == ["cannot start t-b: predecessor t-a is planned, not done (finish-to-start)"])
            #expect(plan.task("t-b")?.status == .planned)
        }
    }

    // MARK: The index

    /// The workflow plan with t-c repeated at the start of Hold and t-a at the end of Clear.
    static func planWithRepeats() throws -> Plan {
        var plan = Fixture.workflowPlan()
        let c = try #require(plan.task("t-c")), a = try #require(plan.task("t-a"))
        plan.stages[1].tasks.insert(repeated(c, lead: "pol"), at: 0)
        plan.stages[0].tasks.append(repeated(a, lead: "pol"))
        return plan
    }

    /// Every id of the plan and one it does not have.
    static func ids(_ plan: Plan) -> [TaskID] { plan.allTasks.map(\.id) + ["t-none"] }

    @Test("The index gives what a search gives, the first of a repeated id included")
    func indexMatchesSearch() throws {
        let plan = try Self.planWithRepeats()
        let index = Plan.TaskIndex(plan)
        for id in Self.ids(plan) { #expect(index.position(of: id, in: plan) == plan.position(of: id), "\(id)") }
    }

    @Test("An index of a plan since changed searches: tasks added, removed or moved", arguments: 0..<4)
    func staleIndexSearches(change: Int) throws {
        let plan = try Self.planWithRepeats()
        let index = Plan.TaskIndex(plan)
        var changed = plan
        switch change {
        case 0: changed.stages[0].tasks.insert(Fixture.task("t-c"), at: 0)  // an earlier t-c
        case 1: changed.stages[0].tasks.remove(at: 0)
        case 2: changed.stages[0].tasks.swapAt(0, 2)  // the same number of tasks
        default: changed.stages.swapAt(1, 2)
        }
        for id in Self.ids(changed) { #expect(index.position(of: id, in: changed) == changed.position(of: id), "\(id)") }
    }

    @Test("A transition through an index, fresh or stale, is the transition without one",
          arguments: TaskAction.allCases)
    func transitionThroughAnIndex(action: TaskAction) throws {
        var plan = try Self.planWithRepeats()
        let stale = Plan.TaskIndex(plan)
        plan.stages[0].tasks.insert(Fixture.task("t-early", .inProgress, start: 0, due: 3), at: 0)
        let fresh = Plan.TaskIndex(plan)
        for id in Self.ids(plan) {
            for index in [fresh, stale] {
                var searched = plan, indexed = plan
                let expected = Result { () throws(PlanChangeError) in
                    try searched.transition(id, action, reason: "why", override: "board", by: Fixture.context())
                }
                let actual = Result { () throws(PlanChangeError) in
                    try indexed.transition(id, action, reason: "why", override: "board", by: Fixture.context(), tasks: index)
                }
                #expect(actual == expected, "\(action) \(id)")
                #expect(indexed == searched, "\(action) \(id)")
            }
        }
    }
}
