import PlanCore
import Testing
import TestSupport

/// Issue 18 ("Tests"): for random plans, every agency, and random edits to every element of
/// its view (tasks added with the ids of tasks outside the view included), the merge changes
/// only the fields a partner may change on the tasks its view held, and lists everything else
/// it was sent as refused (or, for a task field the plan changed since, stale or in conflict).
@Suite("Property: a merge reaches only what the view held")
struct MergePropertyTests {
    static let seeds: [UInt64] = Array(0..<60).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 1_818 }
    static let cut = Instant(date: CalendarDate(year: 2026, month: 11, day: 30)!, hour: 9, minute: 0, second: 0)!
    static let now = Instant(date: CalendarDate(year: 2026, month: 12, day: 3)!, hour: 9, minute: 0, second: 0)!

    /// What the partner's edits touched, to find each in the report.
    struct Edits {
        /// Elements outside the tasks, as the report names them (`plan`, `agency 'x'`, …).
        var outside: Set<String> = []
        /// Tasks given an edit a view may not make (a field other than status, progress, dates,
        /// notes and blocked reason; a removed date; a changed note; a badly dated or foreign note).
        var fixed: Set<TaskID> = []
        /// Tasks added to the view under the ids of tasks it did not hold.
        var foreign: Set<TaskID> = []
    }

    @Test("Random edits to every element of every view: only a partner's fields of held tasks change", arguments: seeds)
    func merge(seed: UInt64) throws {
        var generator = RandomPlanGenerator(seed: seed)
        var plan = generator.plan()
        plan.view = .full
        var rng = SplitMix64(seed: seed ^ 0x5EED)
        for agency in plan.agencies.map(\.id) {
            var exported = plan
            guard let view = try? exported.exportPartnerView(for: agency, by: ChangeContext(agency: plan.governance.leadAgency, at: Self.cut)) else { continue }
            var update = view
            let edits = Self.edit(&update, of: exported, for: agency, rng: &rng)
            var merged = exported
            let report: MergeReport
            do {
                report = try merged.mergePartnerUpdate(update, by: ChangeContext(agency: agency, at: Self.now))
            } catch {
                Issue.record("seed \(seed), \(agency): the update was refused whole: \(error)")
                continue
            }
            Self.check(merged, against: exported, view: view, report: report, edits: edits, agency: agency, label: "seed \(seed), \(agency)")
        }
    }

    /// Edits every element of the view at random, as a hostile partner's tool might.
    static func edit(_ update: inout Plan, of plan: Plan, for agency: AgencyID, rng: inout SplitMix64) -> Edits {
        var edits = Edits()
        let held = Set(update.allTasks.map(\.id))
        let hidden = plan.allTasks.map(\.id).filter { !held.contains($0) }
        let statuses = PlanTask.Status.allCases
        for p in update.stages.indices {
            for t in update.stages[p].tasks.indices {
                var task = update.stages[p].tasks[t]
                let id = task.id
                if rng.chance(0.3) { task.status = rng.pick(statuses) }
                if rng.chance(0.3) { task.progress = rng.int(0...100) }
                if rng.chance(0.3) { task.due = task.due?.adding(days: rng.int(1...20)) }
                if rng.chance(0.1), task.start != nil || task.due != nil || task.durationDays != nil {
                    task.start = nil; task.due = nil; task.durationDays = nil
                    edits.fixed.insert(id)
                }
                if rng.chance(0.15) { task.title += " (edited)"; edits.fixed.insert(id) }
                if rng.chance(0.1) { task.owner = "Someone"; if task.owner != update.stages[p].tasks[t].owner { edits.fixed.insert(id) } }
                if rng.chance(0.1) { task.priority = task.priority == .high ? .low : .high; edits.fixed.insert(id) }
                if rng.chance(0.1), let other = update.allTasks.first(where: { $0.id != id && !task.dependencies.map(\.task).contains($0.id) }) {
                    task.dependencies.append(Dependency(on: other.id)); edits.fixed.insert(id)
                }
                if rng.chance(0.3) { task.notes.append(Note(at: Instant(secondsSinceEpoch: now.secondsSinceEpoch - 60), agency: agency, text: "Update \(id)")) }
                if rng.chance(0.1) { task.notes.append(Note(at: Instant(date: CalendarDate(year: 2099, month: 1, day: 1)!, hour: 0, minute: 0, second: 0)!, agency: agency, text: "future")); edits.fixed.insert(id) }
                if rng.chance(0.1) { task.notes.append(Note(at: Instant(date: CalendarDate(year: 2001, month: 1, day: 1)!, hour: 0, minute: 0, second: 0)!, agency: agency, text: "past")); edits.fixed.insert(id) }
                if rng.chance(0.2), !task.notes.isEmpty, task.notes[0].at <= cut { task.notes[0].text += " (changed)"; edits.fixed.insert(id) }
                update.stages[p].tasks[t] = task
            }
        }
        // Tasks the view did not hold, under their real ids.
        for id in hidden where rng.chance(0.5) {
            let target = rng.int(0...(update.stages.count - 1))
            var task = PlanTask(id: id, lead: agency, status: .cancelled, title: "A guess")
            task.notes = [Note(at: Instant(secondsSinceEpoch: now.secondsSinceEpoch - 60), agency: agency, text: "Cancelled.")]
            update.stages[target].tasks.append(task)
            edits.foreign.insert(id)
        }
        // Everything outside the tasks.
        if rng.chance(0.3) { update.title += " (edited)"; edits.outside.insert("plan") }
        if rng.chance(0.2) { update.area.name += " (edited)"; edits.outside.insert("plan") }
        if rng.chance(0.3), !update.agencies.isEmpty {
            let a = rng.int(0...(update.agencies.count - 1))
            update.agencies[a].name += " (edited)"
            edits.outside.insert("agency '\(update.agencies[a].id)'")
        }
        for s in update.stages.indices {
            if rng.chance(0.2) { update.stages[s].objectives.append("Another objective"); edits.outside.insert("stage '\(update.stages[s].kind.rawValue)'") }
            for c in update.stages[s].exitCriteria.indices where rng.chance(0.2) {
                update.stages[s].exitCriteria[c].statement += " (edited)"
                edits.outside.insert("criterion '\(update.stages[s].exitCriteria[c].id)'")
            }
        }
        for m in update.measures.indices where rng.chance(0.3) {
            update.measures[m].name += " (edited)"
            edits.outside.insert("measure '\(update.measures[m].id)'")
        }
        for r in update.risks.indices where rng.chance(0.5) {
            update.risks[r].description += " (edited)"
            edits.outside.insert("risk '\(update.risks[r].id)'")
        }
        return edits
    }

    static func check(_ merged: Plan, against plan: Plan, view: Plan, report: MergeReport, edits: Edits, agency: AgencyID, label: String) {
        // Nothing outside the tasks changed.
        var a = merged, b = plan
        for p in a.stages.indices { a.stages[p].tasks = [] }
        for p in b.stages.indices { b.stages[p].tasks = [] }
        a.history = []; b.history = []; a.revision = 0; b.revision = 0
        #expect(a == b, "\(label): something outside the tasks changed")

        let held = Set(view.allTasks.map(\.id))
        let before = Dictionary(plan.allTasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for task in merged.allTasks {
            guard let old = before[task.id] else { Issue.record("\(label): task \(task.id) appeared"); continue }
            guard held.contains(task.id) else {
                #expect(task == old, "\(label): task \(task.id), not in the view, changed")
                continue
            }
            // Only a partner's fields, and only on a task it leads (notes: or supports).
            var fixed = task, was = old
            fixed.status = was.status; fixed.progress = was.progress; fixed.start = was.start; fixed.due = was.due
            fixed.durationDays = was.durationDays; fixed.completedOn = was.completedOn; fixed.blockedSince = was.blockedSince
            fixed.blockedReason = was.blockedReason; fixed.notes = was.notes
            #expect(fixed == was, "\(label): task \(task.id) changed beyond a partner's fields")
            if old.lead != agency {
                var notesOnly = task
                notesOnly.notes = old.notes
                #expect(notesOnly == old, "\(label): task \(task.id), led by \(old.lead), changed beyond its notes")
                if !old.supports.contains(agency) { #expect(task.notes == old.notes, "\(label): notes added to \(task.id)") }
            }
            // Dates are never removed; notes only grow, by the partner, dated from the cut to the merge.
            #expect(old.start == nil || task.start != nil, "\(label): \(task.id) lost its start")
            #expect(old.due == nil || task.due != nil, "\(label): \(task.id) lost its due")
            #expect(old.durationDays == nil || task.durationDays != nil, "\(label): \(task.id) lost its duration")
            #expect(Array(task.notes.prefix(old.notes.count)) == old.notes, "\(label): \(task.id)'s notes were changed")
            for note in task.notes.dropFirst(old.notes.count) {
                #expect(note.agency == agency && note.at >= cut && note.at <= now, "\(label): \(task.id) took note \(note)")
            }
        }
        // Everything else it was sent is listed: refused, or for a task field the plan changed since,
        // stale or in conflict; never applied, never silent.
        let listed = report.items + report.stale
        for about in edits.outside {
            #expect(listed.contains { $0.about == about && $0.outcome != .applied }, "\(label): the edit of \(about) is not listed")
        }
        for id in edits.fixed {
            #expect(listed.contains { $0.task == id && $0.outcome != .applied }, "\(label): the edit of task \(id) is not listed")
        }
        for id in edits.foreign {
            #expect(report.items.contains { $0.task == id && $0.change == "not in your view" }, "\(label): task \(id), not in the view, is not refused")
        }
        // Nothing the view withheld is printed: a task it did not hold is only "not in your view".
        for item in report.items where !held.contains(item.task) && !item.task.rawValue.isEmpty {
            #expect(item.change == "not in your view", "\(label): \(item)")
        }
    }
}
