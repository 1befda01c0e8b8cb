import Foundation
import PlanCore
import PlanXML
import Testing
import TestSupport

/// Issue 11's "done when": a plan like `plans/heron-hold.xml` can be built from `chb new` with
/// chb commands only. The commands are derived from the example (every field it holds), run one
/// by one against a new file, and the result is compared with the example, field by field.
///
/// What is compared: the header (title, area with localities, governance), the agencies, every
/// stage (status, planned, actual and review dates, objectives, exit criteria with their met
/// dates and evidence), every task (all fields, notes with their instant and author), measures
/// with their observations, risks, and baselines. What is not: the history and revision (the replay has its
/// own), `extensions` (foreign XML kept verbatim from other systems; chb does not author it), and the
/// progress of a done task (done means 100 whether or not the file says so).
@Suite("Drafting a whole plan with chb alone")
struct DraftWholePlanTests {
    @Test("heron-hold.xml rebuilt from chb new with chb commands equals the example", .timeLimit(.minutes(5)))
    func rebuildHeron() throws {
        let example = try PlanReader().read(contentsOf: ChbProcess.repositoryRoot.appendingPathComponent("plans/heron-hold.xml").path).plan
        let folder = try Scratch()
        let file = folder.path("heron-rebuilt.xml")
        let steps = Replay.steps(for: example, file: file)
        for step in steps {
            let result = try ChbProcess.run(step.arguments, now: step.now)
            try #require(result.status == 0, "chb \(step.arguments.joined(separator: " ")) (at \(step.now)) failed:\n\(result)")
        }
        let rebuilt = try PlanReader().read(contentsOf: file).plan
        let (a, b) = (Replay.comparable(rebuilt), Replay.comparable(example))
        #expect(a.title == b.title)
        #expect(a.area == b.area)
        #expect(a.governance == b.governance)
        #expect(a.classification == b.classification)
        #expect(a.agencies == b.agencies)
        for (x, y) in zip(a.stages, b.stages) {
            #expect(x.status == y.status, "\(y.kind)")
            #expect([x.plannedStart, x.plannedEnd, x.nextReview, x.started, x.completed] == [y.plannedStart, y.plannedEnd, y.nextReview, y.started, y.completed], "\(y.kind) dates")
            #expect(x.objectives == y.objectives, "\(y.kind) objectives")
            #expect(x.exitCriteria == y.exitCriteria, "\(y.kind) criteria")
            #expect(x.tasks.map(\.id) == y.tasks.map(\.id), "\(y.kind) task order")
            for (s, t) in zip(x.tasks, y.tasks) { #expect(s == t, "task \(t.id)") }
        }
        #expect(a.measures == b.measures)
        #expect(a.risks == b.risks)
        #expect(a.baselines == b.baselines)
        #expect(a == b)
        #expect(steps.count > 150, "the replay drafts everything through chb: \(steps.count) commands")
    }
}

/// Turns a plan into the chb commands that draft and run it.
enum Replay {
    struct Step {
        var arguments: [String]
        var now: String
    }

    /// The plan without what the comparison leaves out (history, revision, extensions).
    static func comparable(_ plan: Plan) -> Plan {
        var plan = plan
        plan.history = []
        plan.revision = 0
        plan.extensions = []
        for a in plan.agencies.indices { plan.agencies[a].extensions = [] }
        for s in plan.stages.indices {
            for t in plan.stages[s].tasks.indices {
                plan.stages[s].tasks[t].extensions = []
                // `task done` records progress 100; a done task without progress means the same.
                if plan.stages[s].tasks[t].status == .done { plan.stages[s].tasks[t].progress = 100 }
            }
        }
        return plan
    }

    static func steps(for plan: Plan, file: String) -> [Step] {
        let lead = plan.governance.leadAgency
        let created = plan.history.first?.at.description ?? "2025-01-01T09:00:00Z"
        var steps: [Step] = []
        func draft(_ arguments: [String]) { steps.append(Step(arguments: arguments + ["--agency", lead.rawValue], now: created)) }

        // The plan and its header.
        guard let leadAgency = plan.agency(lead) else { return [] }
        steps.append(Step(arguments: ["new", file, "--id", plan.id.rawValue, "--title", plan.title, "--area", plan.area.name,
            "--lead-agency", lead.rawValue, "--lead-agency-name", leadAgency.name, "--lead-agency-kind", leadAgency.kind.rawValue,
            "--officer", plan.governance.leadResponsibleOfficer, "--classification", plan.classification.rawValue], now: created))
        var header = ["plan", "edit", file]
        if let board = plan.governance.board { header += ["--board", board] }
        if let days = plan.governance.reviewCadenceDays { header += ["--review-cadence", String(days)] }
        if let isa = plan.governance.informationSharingAgreement { header += ["--isa", isa] }
        if let description = plan.area.description { header += ["--area-description", description] }
        for locality in plan.area.localities { header += ["--add-locality", "\(locality.scheme):\(locality.code)"] }
        draft(header)

        // Agencies: the lead's details, then the partners.
        var leadEdit = ["agency", "edit", file, lead.rawValue]
        if leadAgency.clearance != plan.classification { leadEdit += ["--clearance", leadAgency.clearance.rawValue] }
        if let contact = leadAgency.contact { leadEdit += ["--contact", contact] }
        if leadEdit.count > 4 { draft(leadEdit) }
        for agency in plan.agencies where agency.id != lead {
            var add = ["agency", "add", file, agency.id.rawValue, "--name", agency.name, "--kind", agency.kind.rawValue,
                       "--clearance", agency.clearance.rawValue]
            if let contact = agency.contact { add += ["--contact", contact] }
            draft(add)
        }

        // Stages: planned dates, objectives, criteria.
        for stage in plan.stages {
            var replan = ["stage", "plan", file, stage.kind.rawValue, "--reason", "drafting the plan"]
            if let start = stage.plannedStart { replan += ["--start", start.description] }
            if let end = stage.plannedEnd { replan += ["--end", end.description] }
            if let review = stage.nextReview { replan += ["--next-review", review.description] }
            if replan.count > 6 { draft(replan) }
            for objective in stage.objectives { draft(["objective", "add", file, "--stage", stage.kind.rawValue, "--text", objective]) }
            for criterion in stage.exitCriteria {
                var add = ["criterion", "add", file, criterion.id.rawValue, "--stage", stage.kind.rawValue, "--statement", criterion.statement]
                if let evidence = criterion.evidence { add += ["--evidence", evidence] }
                draft(add)
            }
        }

        // Tasks, then their dependencies (which may point forward in the document).
        for stage in plan.stages {
            for task in stage.tasks {
                var add = ["task", "add", file, task.id.rawValue, "--stage", stage.kind.rawValue, "--title", task.title,
                           "--lead", task.lead.rawValue, "--priority", task.priority.rawValue]
                for support in task.supports { add += ["--support", support.rawValue] }
                if let start = task.start { add += ["--start", start.description] }
                if let due = task.due { add += ["--due", due.description] }
                if let duration = task.durationDays { add += ["--duration", String(duration)] }
                if let strand = task.strand { add += ["--strand", strand.rawValue] }
                if let classification = task.classification { add += ["--classification", classification.rawValue] }
                if let owner = task.owner { add += ["--owner", owner] }
                if let description = task.description { add += ["--description", description] }
                draft(add)
            }
        }
        for task in plan.allTasks where !task.dependencies.isEmpty {
            var edit = ["task", "edit", file, task.id.rawValue]
            for dependency in task.dependencies { edit += ["--depends-on", argument(dependency)] }
            draft(edit)
        }
        for measure in plan.measures {
            var add = ["measure", "add", file, measure.id.rawValue, "--name", measure.name, "--unit", measure.unit,
                       "--direction", measure.direction.rawValue, "--baseline", measure.baseline.description,
                       "--target", measure.target.description]
            if let stage = measure.stage { add += ["--stage", stage.rawValue] }
            if let classification = measure.classification { add += ["--classification", classification.rawValue] }
            draft(add)
        }
        for risk in plan.risks {
            var add = ["risk", "add", file, risk.id.rawValue, "--description", risk.description, "--likelihood", String(risk.likelihood),
                       "--impact", String(risk.impact), "--owner", risk.owner.rawValue, "--status", risk.status.rawValue]
            if let mitigation = risk.mitigation { add += ["--mitigation", mitigation] }
            if let classification = risk.classification { add += ["--classification", classification.rawValue] }
            draft(add)
        }

        // The workflow, in the order things happened.
        steps += workflow(of: plan, file: file)
        return steps
    }

    /// `ID`, `ID:ss`, `ID:ff+3`…
    static func argument(_ dependency: Dependency) -> String {
        let kind = switch dependency.type {
        case .finishToStart: "fs"
        case .startToStart: "ss"
        case .finishToFinish: "ff"
        }
        let lag = dependency.lagDays == 0 ? "" : (dependency.lagDays > 0 ? "+\(dependency.lagDays)" : "\(dependency.lagDays)")
        return dependency.type == .finishToStart && lag.isEmpty ? dependency.task.rawValue : "\(dependency.task.rawValue):\(kind)\(lag)"
    }

    /// The workflow steps, sorted by day and, within a day, by the order a stage's work runs:
    /// stages start, tasks start, facts are recorded, tasks finish, criteria are met, stages
    /// complete.
    static func workflow(of plan: Plan, file: String) -> [Step] {
        let lead = plan.governance.leadAgency.rawValue
        var events: [(day: CalendarDate, order: Int, step: Step)] = []
        func at(_ day: CalendarDate) -> String { "\(day)T09:00:00Z" }
        func add(_ day: CalendarDate, _ order: Int, _ arguments: [String], agency: String = lead, now: String? = nil) {
            events.append((day, order, Step(arguments: arguments + ["--agency", agency], now: now ?? at(day))))
        }
        let override = ["--override", "replaying the example plan"]
        for stage in plan.stages {
            guard let started = stage.started else { continue }
            add(started, 0, ["stage", "start", file, stage.kind.rawValue, "--date", started.description] + override)
            for task in stage.tasks where task.status != .planned {
                // Work starts when its stage does; its facts are recorded on their own days.
                let id = task.id.rawValue
                if task.status != .cancelled {
                    add(started, 1, ["task", "start", file, id, "--date", started.description] + override)
                }
                switch task.status {
                case .done:
                    if let day = task.completedOn { add(day, 4, ["task", "done", file, id, "--date", day.description] + override) }
                case .blocked:
                    if let day = task.blockedSince, let reason = task.blockedReason {
                        add(day, 3, ["task", "block", file, id, "--reason", reason, "--date", day.description])
                    }
                case .cancelled:
                    add(started, 3, ["task", "cancel", file, id, "--reason", "replaying the example plan", "--date", started.description])
                case .planned, .inProgress:
                    break
                }
                if let progress = task.progress, task.status != .done {
                    add(started, 2, ["task", "edit", file, id, "--progress", String(progress)])
                }
            }
            for task in stage.tasks {
                for note in task.notes {
                    add(note.at.date, 2, ["task", "note", file, task.id.rawValue, "--text", note.text], agency: note.agency.rawValue, now: note.at.description)
                }
            }
            for criterion in stage.exitCriteria where criterion.met {
                if let day = criterion.metOn { add(day, 5, ["criterion", "met", file, criterion.id.rawValue, "--date", day.description]) }
            }
            if stage.status == .complete, let completed = stage.completed {
                add(completed, 6, ["stage", "complete", file, stage.kind.rawValue, "--date", completed.description] + override)
            }
        }
        for measure in plan.measures {
            for observation in measure.observations {
                var record = ["measure", "record", file, measure.id.rawValue, "--date", observation.date.description,
                              "--value", observation.value.description]
                if let source = observation.source { record += ["--source", source.rawValue] }
                add(observation.date, 2, record)
            }
        }
        // A baseline names an instant of the history: set on its day, after that day's work.
        for baseline in plan.baselines {
            add(baseline.at.date, 7, ["baseline", "set", file, baseline.name, "--at", baseline.at.description], now: baseline.at.description)
        }
        return events.enumerated().sorted { ($0.element.day, $0.element.order, $0.offset) < ($1.element.day, $1.element.order, $1.offset) }
            .map(\.element.step)
    }
}
