import PlanCore
import Testing

/// Issue 18, items 1 and 4, in PlanCore: a merge takes only a view the plan exported to the
/// agency, changes only the tasks that view held, and its report never names a withheld task.
@Suite("Merging: what a partner's update may reach")
struct MergeAuthorisationTests {
    static let council = Fixture.context(Fixture.day(31), agency: "cou")

    /// An OFFICIAL-SENSITIVE plan, Clear active: t-secret (police, sensitive) is withheld from
    /// the council (OFFICIAL clearance); t-own (council, OFFICIAL) depends on it.
    static func plan() -> Plan {
        var secret = Fixture.task("t-secret", start: 0, due: 10)
        secret.owner = "Covert operations lead"
        secret.title = "Surveillance of 14 Heron Walk"
        var own = Fixture.task("t-own", start: 11, due: 20, dependsOn: [Dependency(on: "t-secret")], lead: "cou")
        own.classification = .official
        var plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, plannedStart: Fixture.day(0), plannedEnd: Fixture.day(60),
            started: Fixture.day(0), tasks: [secret, own]))
        plan.classification = .officialSensitive
        plan.agencies[0].clearance = .officialSensitive
        return plan
    }

    @Test("A task the view did not hold is 'not in your view', whether the plan has it or not, and nothing of it is printed")
    func hiddenTask() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        #expect(view.task("t-secret") == nil)
        view.stages[0].tasks.append(PlanTask(id: "t-secret", lead: "cou", status: .cancelled, title: "A guess"))
        view.stages[0].tasks.append(PlanTask(id: "t-none", lead: "cou", status: .cancelled, title: "Another guess"))
        let before = plan
        let report = try plan.mergePartnerUpdate(view, by: Self.council)
        #expect(report.items.map(\.description) == [
            "refused  t-secret: not in your view (the view of revision 1 for 'cou' did not hold it; a view changes only the tasks it holds)",
            "refused  t-none: not in your view (the view of revision 1 for 'cou' did not hold it; a view changes only the tasks it holds)",
        ])
        #expect(plan == before)
    }

    @Test("A workflow refusal that would name a withheld predecessor is told without naming it")
    func withheldPredecessor() throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")
        let p = try #require(view.position(of: "t-own"))
        view.stages[p.stageIndex].tasks[p.taskIndex].status = .inProgress
        let report = try plan.mergePartnerUpdate(view, by: Self.council)
        #expect(report.refused.map(\.description) == [
            "refused  t-own: status planned → inProgress (the workflow refused it for a reason that concerns a task not in your view)",
        ])
        for item in report.items { #expect(!item.description.contains("t-secret") && !item.description.contains("Surveillance")) }
        #expect(plan.task("t-own")?.status == .planned)
    }

    @Test("An update of a revision the plan did not export to the agency is refused whole", arguments: [0, 1, 2, 3])
    func notExported(claim: Int) throws {
        var plan = Self.plan()
        var view = try Fixture.export(&plan, for: "cou")    // revision 1 exported to cou (plan now 2)
        _ = try Fixture.export(&plan, for: "pol")             // revision 2 exported to pol (plan now 3)
        let p = try #require(view.position(of: "t-own"))
        view.stages[p.stageIndex].tasks[p.taskIndex].progress = 10
        view.view = .partner(for: "cou", sourceRevision: claim)
        view.revision = claim
        let before = plan
        if claim == 1 {
            #expect(try plan.mergePartnerUpdate(view, by: Self.council).applied.map(\.change) == ["progress none → 10"])
        } else {
            let error = #expect(throws: PlanChangeError.self) { try plan.mergePartnerUpdate(view, by: Self.council) }
            #expect(error?.kind == .invalidUpdate(.notExported(claim, agency: "cou")))
            #expect(plan == before)
        }
    }
}
