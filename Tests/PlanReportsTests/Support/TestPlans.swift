import Foundation
import PlanCore
import PlanReports
import PlanXML
import TestSupport
import Testing

/// The example plans and where the repository is.
enum TestPlans {
    /// The repository's root folder.
    static var root: URL { Repository.root }

    /// The example plans' file names, without `.xml`.
    static let names = ["kestrel-clear", "heron-hold", "osprey-build"]

    /// The date every golden report is for.
    static let asOf = CalendarDate(year: 2026, month: 11, day: 30)!

    /// Reads and returns an example plan.
    static func load(_ name: String) throws -> Plan {
        try PlanReader().read(contentsOf: root.appendingPathComponent("plans/\(name).xml").path).plan
    }

    /// The report of an example plan on the golden date.
    static func report(_ name: String, stage: StageKind? = nil, agency: AgencyID? = nil) throws -> StatusReport {
        try StatusReport(plan: load(name), asOf: asOf, stage: stage, agency: agency)
    }
}

/// Small plans built in code, so each test states exactly what it starts from.
enum ReportFixture {
    /// Day 0 of every example: Monday 5 January 2026.
    static let day0 = CalendarDate(year: 2026, month: 1, day: 5)!

    /// The date `offset` days after ``day0``.
    static func day(_ offset: Int) -> CalendarDate { day0.adding(days: offset) }

    /// A task with dates as offsets from ``day0``; blocked tasks are blocked since `blockedSince`.
    static func task(
        _ id: TaskID, _ status: PlanTask.Status = .planned, start: Int? = nil, due: Int? = nil, duration: Int? = nil,
        dependsOn dependencies: [Dependency] = [], lead: AgencyID = "pol", supports: [AgencyID] = [],
        blockedSince: Int = 1, title: String? = nil
    ) -> PlanTask {
        var task = PlanTask(id: id, lead: lead, status: status, start: start.map(day), due: due.map(day),
            durationDays: duration, title: title ?? "Task \(id)", supports: supports, dependencies: dependencies)
        switch status {
        case .done: task.completedOn = day(1); task.progress = 100
        case .blocked: task.blockedSince = day(blockedSince); task.blockedReason = "waiting for the contractor"
        default: break
        }
        return task
    }

    /// An active stage planned for days 0–`plannedEnd`, started on day 0.
    static func active(_ kind: StageKind, plannedEnd: Int = 60, _ tasks: [PlanTask]) -> Stage {
        Stage(kind: kind, status: .active, plannedStart: day(0), plannedEnd: day(plannedEnd), started: day(0), tasks: tasks)
    }

    /// A plan with three agencies and the given stages (all three, in order, by default empty).
    static func plan(
        clear: Stage? = nil, hold: Stage? = nil, build: Stage? = nil, measures: [Measure] = [], risks: [Risk] = [],
        history: [HistoryEvent]? = nil, sharingAgreement: String? = "TEST-ISA-1"
    ) -> Plan {
        Plan(
            id: "op-test", revision: 3, classification: .officialSensitive, title: "Operation Test",
            area: Area(name: "Testham", localities: [Locality(code: "E01000001", scheme: "ONS-LSOA")]),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "Superintendent", board: "Testham Board",
                reviewCadenceDays: 28, informationSharingAgreement: sharingAgreement),
            agencies: [Agency(id: "pol", kind: .police, name: "Test Police"),
                       Agency(id: "cou", kind: .localAuthority, name: "Test Council"),
                       Agency(id: "hou", kind: .housing, name: "Test Homes")],
            stages: [clear ?? Stage(kind: .clear), hold ?? Stage(kind: .hold), build ?? Stage(kind: .build)],
            measures: measures, risks: risks,
            history: history ?? [HistoryEvent(at: Instant(date: day0, hour: 9, minute: 0, second: 0)!, agency: "pol", kind: .created,
                subject: "op-test", text: "plan created")])
    }

    /// A measure of a stage with a baseline-day reading and a later one.
    static func measure(_ id: MeasureID = "m-x", _ direction: Measure.Direction, baseline: Int, latest: Int?, target: Int = 0,
                        stage: StageKind? = .clear) -> Measure {
        var observations = [Observation(date: day(1), value: DecimalValue(baseline))]
        if let latest { observations.append(Observation(date: day(20), value: DecimalValue(latest))) }
        return Measure(id: id, stage: stage, unit: "count", direction: direction, name: "Measure \(id)",
            baseline: DecimalValue(baseline), target: DecimalValue(target), observations: observations)
    }
}

extension StatusReport {
    /// Every format, for checks that must hold in all of them.
    var allRenderings: [ReportFormat: String] {
        Dictionary(uniqueKeysWithValues: ReportFormat.allCases.map { ($0, rendered(as: $0)) })
    }
}
