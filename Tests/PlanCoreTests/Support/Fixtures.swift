import PlanCore

/// Small plans built in code, so each test states exactly what it starts from.
enum Fixture {
    /// Day 0 of every hand-computed example: Monday 5 January 2026.
    static let day0 = CalendarDate(year: 2026, month: 1, day: 5)!

    /// The date `offset` days after ``day0``.
    static func day(_ offset: Int) -> CalendarDate { day0.adding(days: offset) }

    /// A change by `agency` at noon UTC on `date`.
    static func context(_ date: CalendarDate = day(30), agency: AgencyID = "pol", actor: String? = nil) -> ChangeContext {
        ChangeContext(agency: agency, actor: actor, at: Instant(date: date, hour: 12, minute: 0, second: 0)!)
    }

    /// The view of `plan` for `agency`, exported (its `exported` event recorded in `plan` by
    /// the lead agency at noon on ``day0``), as a partner receives it: a merge takes only a
    /// view the plan exported.
    static func export(_ plan: inout Plan, for agency: AgencyID) throws -> Plan {
        try plan.exportPartnerView(for: agency, by: context(day0, agency: plan.governance.leadAgency))
    }

    /// A task with dates given as offsets from ``day0``.
    static func task(
        _ id: TaskID, _ status: PlanTask.Status = .planned, start: Int? = nil, due: Int? = nil,
        duration: Int? = nil, dependsOn dependencies: [Dependency] = [], lead: AgencyID = "pol"
    ) -> PlanTask {
        var task = PlanTask(id: id, lead: lead, status: status, start: start.map(day), due: due.map(day),
            durationDays: duration, title: "Task \(id)", dependencies: dependencies)
        switch status {
        case .done: task.completedOn = day(1); task.progress = 100
        case .blocked: task.blockedSince = day(1); task.blockedReason = "waiting"
        default: break
        }
        return task
    }

    /// A plan with two agencies and the given stages (all three, in order, by default empty).
    static func plan(clear: Stage? = nil, hold: Stage? = nil, build: Stage? = nil, measures: [Measure] = []) -> Plan {
        Plan(
            id: "op-test", revision: 1, classification: .official, title: "Operation Test",
            area: Area(name: "Testham"),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "Superintendent"),
            agencies: [Agency(id: "pol", kind: .police, name: "Test Police"),
                       Agency(id: "cou", kind: .localAuthority, name: "Test Council")],
            stages: [clear ?? Stage(kind: .clear), hold ?? Stage(kind: .hold), build ?? Stage(kind: .build)],
            measures: measures,
            history: [HistoryEvent(at: context(day0).at, agency: "pol", kind: .created, subject: "op-test", text: "plan created")])
    }

    /// The workflow example: Clear active with one unmet and one met criterion and three open
    /// tasks (t-b waits on t-a finish-to-start); Hold and Build not started.
    static func workflowPlan() -> Plan {
        plan(
            clear: Stage(kind: .clear, status: .active, plannedStart: day(0), plannedEnd: day(60), started: day(0),
                exitCriteria: [
                    ExitCriterion(id: "c-line", statement: "The deal line is dead."),
                    ExitCriterion(id: "c-safe", met: true, metOn: day(2), statement: "Children are safeguarded.", evidence: "panel minutes"),
                ],
                tasks: [
                    task("t-a", start: 0, due: 4),
                    task("t-b", duration: 3, dependsOn: [Dependency(on: "t-a")]),
                    task("t-c", .inProgress, start: 1, due: 9),
                ]),
            hold: Stage(kind: .hold, plannedStart: day(50), plannedEnd: day(200),
                exitCriteria: [ExitCriterion(id: "c-hold", statement: "No new line.")],
                tasks: [task("t-h", start: 50, due: 100)]),
            build: Stage(kind: .build, plannedStart: day(150), plannedEnd: day(300),
                tasks: [task("t-z", start: 150, due: 300)]))
    }

    /// A plan with one task in each status, all in an active Clear stage, and no links.
    static func oneOfEachStatus() -> Plan {
        plan(clear: Stage(kind: .clear, status: .active, started: day(0),
            tasks: PlanTask.Status.allCases.map { task(TaskID("t-\($0.rawValue)"), $0, start: 0, due: 9) }))
    }
}

extension Plan {
    /// Errors the validator finds (warnings left out).
    var validationErrors: [PlanDiagnostic] { PlanValidator().validate(self).filter { $0.severity == .error } }

    /// The last history event.
    var lastEvent: HistoryEvent { history[history.count - 1] }
}

/// Runs a change that must be refused and returns the error, checking the plan is untouched.
func refusal(_ plan: Plan, _ change: (inout Plan) throws(PlanChangeError) -> Void) -> PlanChangeError? {
    var copy = plan
    do {
        try change(&copy)
        return nil
    } catch {
        return copy == plan ? error : PlanChangeError(.invalidEdit, "TEST: refused change altered the plan")
    }
}
