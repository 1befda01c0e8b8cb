import PlanCore
import Testing

/// Valid plans of any size in the shapes that stress an algorithm's growth: long chains, wide
/// fans, deep overlaps, undated tasks, many notes, agencies, measures and history events.
///
/// Every plan is built directly as a ``Plan`` value (write it with `PlanWriter` for its XML),
/// validates without errors, and has the same three agencies `pol` (the lead), `cou` and `hou`
/// plus whatever the shape adds. Tasks are spread over the three stages in document order, all
/// of them active; a tenth are done, a tenth in progress and a tenth blocked, so every report
/// section has lines. Sizes are counted in tasks; shapes that stress something else add about
/// as many of it (notes, observations, events, or a quarter as many agencies), so the plan's
/// size stays proportional to `tasks`.
enum PlanShape: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// One dependency chain through every task: the critical path is the whole plan.
    case chain
    /// One task with every other task depending on it.
    case fanOut
    /// One task depending on every other task.
    case fanIn
    /// Every task linked to the eight before it by all three link types with lags of both
    /// signs, so windows overlap deeply.
    case overlap
    /// Tasks with no length (only a start, only a due date, or neither): all unscheduled.
    case undated
    /// Every hundredth task carries a hundred notes.
    case notes
    /// A quarter as many agencies as tasks, each task led by one and supported by two others.
    case agencies
    /// A tenth as many measures as tasks, with ten observations each.
    case measures
    /// Two history events per task.
    case history

    var testDescription: String { rawValue }

    /// Monday 5 January 2026, the first day of every shaped plan.
    static let day0 = CalendarDate(year: 2026, month: 1, day: 5)!

    /// The day the shaped plans are reported on.
    static let asOf = CalendarDate(year: 2026, month: 11, day: 30)!

    /// The three agencies every shaped plan has.
    static let baseAgencies: [AgencyID] = ["pol", "cou", "hou"]

    /// A valid plan of this shape with `count` tasks.
    func plan(tasks count: Int) -> Plan {
        precondition(count >= 10, "a shaped plan has at least 10 tasks")
        let at = Instant(date: Self.day0, hour: 9, minute: 0, second: 0)!
        var agencies = [
            Agency(id: "pol", kind: .police, name: "Shape Police"),
            Agency(id: "cou", kind: .localAuthority, name: "Shape Council"),
            Agency(id: "hou", kind: .housing, name: "Shape Homes"),
        ]
        if self == .agencies {
            for a in 0..<(count / 4) { agencies.append(Agency(id: AgencyID("a\(a)"), kind: .health, name: "Agency \(a)")) }
        }
        let ids = agencies.map(\.id)
        var stages = StageKind.allCases.map {
            Stage(kind: $0, status: .active, plannedStart: Self.day0, started: Self.day0)
        }
        for i in 0..<count {
            var task = makeTask(i, of: count, agencies: ids, at: at)
            Self.setStatus(of: &task, i)
            stages[min(2, i * 3 / count)].tasks.append(task)
        }
        var measures: [Measure] = []
        if self == .measures {
            for m in 0..<(count / 10) {
                let observations = (0..<10).map {
                    Observation(date: Self.day0.adding(days: 7 * $0), value: DecimalValue(100 - $0 - m % 7), source: "cou")
                }
                measures.append(Measure(id: MeasureID("m\(m)"), stage: StageKind.allCases[m % 3], unit: "incidents",
                    direction: .decrease, name: "Measure \(m)", baseline: DecimalValue(100), target: DecimalValue(50),
                    observations: observations))
            }
        }
        var history = [HistoryEvent(at: at, agency: "pol", kind: .created, subject: "op-shape", text: "plan created")]
        if self == .history {
            for i in 0..<(2 * count) {
                let when = Instant(secondsSinceEpoch: at.secondsSinceEpoch + 60 * i)
                history.append(HistoryEvent(at: when, agency: Self.baseAgencies[i % 3], kind: .taskUpdated,
                    subject: "t\(i / 2)", actor: "Officer \(i % 11)", text: "update \(i) of task t\(i / 2)"))
            }
        }
        return Plan(
            id: "op-shape", revision: history.count, classification: .official, title: "Operation Shape \(rawValue)",
            area: Area(name: "Shapeham", localities: [Locality(code: "E01000001", scheme: "ONS-LSOA")]),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "Superintendent", board: "Shape Board",
                reviewCadenceDays: 28, informationSharingAgreement: "SHAPE-ISA-1"),
            agencies: agencies, stages: stages, measures: measures, history: history)
    }

    /// Task `i` of `count`, with this shape's dates, links, agencies and notes.
    private func makeTask(_ i: Int, of count: Int, agencies: [AgencyID], at: Instant) -> PlanTask {
        let id = Self.id(i)
        var task = PlanTask(id: id, lead: Self.baseAgencies[i % 3], title: "Task \(i) of a \(rawValue) plan",
            supports: [Self.baseAgencies[(i + 1) % 3]])
        switch self {
        case .chain:
            task.durationDays = 1
            if i == 0 { task.start = Self.day0 } else { task.dependencies = [Dependency(on: Self.id(i - 1))] }
        case .fanOut:
            task.durationDays = 1 + i % 5
            if i == 0 { task.start = Self.day0 } else { task.dependencies = [Dependency(on: Self.id(0))] }
        case .fanIn:
            task.durationDays = 1 + i % 5
            if i == count - 1 {
                task.dependencies = (0..<(count - 1)).map { Dependency(on: Self.id($0)) }
            } else {
                task.start = Self.day0.adding(days: i % 30)
            }
        case .overlap:
            task.durationDays = 5 + i % 10
            if i == 0 { task.start = Self.day0 }
            let kinds = Dependency.Kind.allCases
            task.dependencies = (max(0, i - 8)..<i).map { p in
                Dependency(on: Self.id(p), type: kinds[(i + p) % kinds.count], lagDays: (i + p) % 7 - 3)
            }
        case .undated:
            switch i % 3 {
            case 0: task.start = Self.day0.adding(days: i % 40)
            case 1: task.due = Self.day0.adding(days: i % 40)
            default: break
            }
        case .notes, .agencies, .measures, .history:
            task.start = Self.day0.adding(days: i % 50)
            task.durationDays = 1 + i % 7
            if i % 10 != 0 { task.dependencies = [Dependency(on: Self.id(i - 1))] }
        }
        if self == .notes, i % 100 == 0 {
            task.notes = (0..<100).map { n in
                Note(at: Instant(secondsSinceEpoch: at.secondsSinceEpoch + 3_600 * n), agency: Self.baseAgencies[n % 3],
                    text: "note \(n) on task \(i)")
            }
        }
        if self == .agencies {
            let k = agencies.count
            task.lead = agencies[i % k]
            task.supports = [agencies[(i + 1) % k], agencies[(i + 2) % k]]
        }
        return task
    }

    /// The id of task `i`.
    static func id(_ i: Int) -> TaskID { TaskID("t\(i)") }

    /// A tenth of the tasks done, a tenth in progress, a tenth blocked, the rest planned.
    private static func setStatus(of task: inout PlanTask, _ i: Int) {
        switch i % 10 {
        case 3:
            task.status = .done
            task.progress = 100
            task.completedOn = day0.adding(days: 10)
        case 5:
            task.status = .inProgress
            task.progress = 40
        case 7:
            task.status = .blocked
            task.blockedSince = day0.adding(days: 20)
            task.blockedReason = "waiting for partner \(i % 3)"
        default:
            break
        }
    }
}
