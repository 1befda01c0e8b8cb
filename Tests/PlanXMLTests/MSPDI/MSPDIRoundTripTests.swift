import Foundation
import PlanCore
import PlanXML
import Testing

/// Export of every example plan to MSPDI, then import: what comes back.
///
/// Preserved, task by task in stage order: stage, title, first and last day (a task given by
/// one date and `durationDays` comes back with both dates), milestones, status for planned,
/// in-progress, done (with `completedOn`) and cancelled tasks, progress, priority, description,
/// lead and supporting agencies (by name), and every link with its type and lag. Agency names
/// and their order, the title and the lead responsible officer are kept too.
///
/// Not preserved (checked below where it is a rule): task, agency and plan ids (`t-<UID>`,
/// `a-<name>`), agency kinds, clearances and contacts, strands, task classifications, owners,
/// notes, extensions, blocked status (a blocked task comes back in progress, or planned
/// without progress), `durationDays` as such, stage status, objectives and criteria, measures,
/// risks, the area and the history; a stage's planned window comes back widened to cover its
/// tasks.
@Suite("MSPDI export then import of the example plans")
struct MSPDIRoundTripTests {
    typealias MS = MSPDITest

    /// The dates chb's export gives a task that has at least one date.
    func exportedDates(_ task: PlanTask) -> (start: CalendarDate, due: CalendarDate)? {
        let length = max(task.durationDays ?? 1, 1)
        switch (task.start, task.due) {
        case let (s?, d?): return (s, d)
        case let (s?, nil): return (s, s.adding(days: length - 1))
        case let (nil, d?): return (d.adding(days: -(length - 1)), d)
        case (nil, nil): return nil
        }
    }

    @Test("tasks, dates, completion and links survive", arguments: MS.examplePlans)
    func roundTrip(path: String) throws {
        let original = try PlanReader().read(contentsOf: path).plan
        let bytes = try MSPDIWriter().write(original)
        #expect(try MSPDIWriter().write(original) == bytes, "the export is deterministic")
        let result = try MSPDIReader(agency: original.governance.leadAgency, importedAt: MS.now)
            .read(bytes, file: URL(fileURLWithPath: path).lastPathComponent)
        let imported = result.plan
        #expect(!PlanValidator().validate(imported).containsErrors)

        #expect(imported.title == original.title)
        #expect(imported.governance.leadResponsibleOfficer == original.governance.leadResponsibleOfficer)
        #expect(imported.agencies.map(\.name) == original.agencies.map(\.name))
        #expect(imported.agencies.first { $0.id == original.governance.leadAgency }?.name
            == original.agency(original.governance.leadAgency)?.name)
        #expect(imported.classification == original.classification, "the marking travels in the project's Subject")

        // Tasks in the same stages and order; ids map by position.
        #expect(imported.stages.map(\.tasks.count) == original.stages.map(\.tasks.count))
        let pairs = Array(zip(original.allTasks, imported.allTasks))
        var newID: [TaskID: TaskID] = [:]
        for (before, after) in pairs { newID[before.id] = after.id }
        func name(_ agency: AgencyID, in plan: Plan) -> String? { plan.agency(agency)?.name }

        for (before, after) in pairs {
            let label = "\(before.id)"
            #expect(after.title == before.title, "\(label)")
            #expect(after.description == before.description, "\(label)")
            #expect(after.priority == before.priority, "\(label)")
            if let dates = exportedDates(before) {
                #expect(after.start == dates.start && after.due == dates.due, "\(label): \(String(describing: after.start))…\(String(describing: after.due))")
            }
            #expect((after.durationDays == 0) == (before.durationDays == 0), "\(label): milestone")
            switch before.status {
            case .done:
                #expect(after.status == .done && after.completedOn == before.completedOn, "\(label)")
            case .cancelled:
                #expect(after.status == .cancelled, "\(label)")
            case .planned, .inProgress, .blocked:
                let progress = before.progress ?? 0
                #expect(after.status == (progress > 0 ? .inProgress : .planned), "\(label)")
                #expect(after.progress == (progress > 0 ? progress : nil), "\(label)")
            }
            #expect(name(after.lead, in: imported) == name(before.lead, in: original), "\(label)")
            #expect(after.supports.map { name($0, in: imported) } == before.supports.map { name($0, in: original) }, "\(label)")
            let expectedLinks = before.dependencies.map { Dependency(on: newID[$0.task]!, type: $0.type, lagDays: $0.lagDays) }
            #expect(after.dependencies == expectedLinks, "\(label)")
        }

        // Stage windows cover the stage's planned window and its tasks.
        for (before, after) in zip(original.stages, imported.stages) {
            let dated = before.tasks.compactMap(exportedDates)
            if let start = (dated.map(\.start) + [before.plannedStart].compactMap { $0 }).min() {
                #expect(after.plannedStart == start, "\(before.kind)")
            }
            if let end = (dated.map(\.due) + [before.plannedEnd].compactMap { $0 }).max() {
                #expect(after.plannedEnd == end, "\(before.kind)")
            }
        }

        // Only the calendar is left out: everything else in chb's own export maps.
        #expect(result.unmapped.map(\.message) == ["1 calendar not imported: chb schedules in calendar days"])
    }

    @Test("A stage with work begun later makes every stage before it active; none is ever started after the import")
    func stageStatesFromTasks() throws {
        var original = try PlanReader().read(contentsOf: MS.repositoryRoot.appendingPathComponent("plans/heron-hold.xml").path).plan
        // Only a Build task under way: Clear and Hold must be active too, to keep stages in order.
        for p in original.stages.indices {
            for t in original.stages[p].tasks.indices {
                var task = original.stages[p].tasks[t]
                (task.status, task.completedOn, task.progress) = (.planned, nil, nil)
                (task.blockedSince, task.blockedReason) = (nil, nil)
                original.stages[p].tasks[t] = task
            }
        }
        (original.stages[2].tasks[0].status, original.stages[2].tasks[0].progress) = (.inProgress, 30)
        let result = try MSPDIReader(agency: "smc", importedAt: MS.now).read(try MSPDIWriter().write(original))
        #expect(result.plan.stages.map(\.status) == [.active, .active, .active])
        #expect(result.plan.stages.allSatisfy { ($0.started ?? .latest) <= MS.now.date })
        #expect(result.warnings.filter { $0.code == .mspdiStageInferred }.count == 3)
    }

    @Test("what is not kept: ids, kinds, strands, blocked details, notes, measures, risks")
    func notPreserved() throws {
        let original = try PlanReader().read(contentsOf: MS.repositoryRoot.appendingPathComponent("plans/heron-hold.xml").path).plan
        let imported = try MSPDIReader(agency: "smc", importedAt: MS.now).read(try MSPDIWriter().write(original)).plan
        #expect(imported.allTasks.allSatisfy { $0.id.rawValue.hasPrefix("t-") && $0.strand == nil && $0.notes.isEmpty && $0.owner == nil })
        #expect(imported.allTasks.allSatisfy { $0.status != .blocked && $0.blockedReason == nil })
        #expect(imported.agencies.allSatisfy { $0.kind == .other && $0.contact == nil })
        #expect(imported.agencies.filter { $0.id != "smc" }.allSatisfy { $0.id.rawValue.hasPrefix("a-") })
        #expect(imported.measures.isEmpty && imported.risks.isEmpty)
        #expect(imported.stages.allSatisfy { $0.objectives.isEmpty && $0.exitCriteria.isEmpty })
        // Stage states are not kept but worked out from the tasks, each with a warning: Clear's
        // tasks are all done or cancelled, Hold's under way, Build's not begun.
        #expect(imported.stages.map(\.status) == [.complete, .active, .notStarted])
        #expect(imported.stage(.clear)?.started == original.stage(.clear)?.started)
        #expect(imported.stage(.clear)?.completed == original.stage(.clear)?.completed)
        // The history is not kept: the import's own event, then, when the plan has a baseline (its
        // latest is the file's baseline 0), one `taskUpdated` per task re-dated since and the
        // `edited` event that adds the baseline (Plan.withImportedBaseline).
        let kinds = imported.history.map(\.kind)
        #expect(kinds.first == .imported)
        #expect(kinds.dropFirst().dropLast().allSatisfy { $0 == .taskUpdated })
        #expect(kinds.count == 1 || kinds.last == .edited)
        #expect(imported.baselines.map(\.name) == (original.baselines.isEmpty ? [] : ["MS Project baseline"]))
        #expect(kinds.filter { $0 == .edited }.count == imported.baselines.count)
        #expect(imported.revision == kinds.count)
    }
}
