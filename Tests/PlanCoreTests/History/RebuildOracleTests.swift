import PlanCore
import TestSupport
import Testing

/// The oracle for "history is data": random plans, random sequences of every editing
/// operation, each at its own instant, a copy kept after each; the plan rebuilt from the final
/// plan's history at each kept instant (and revision) is the copy, field for field, history and
/// revision included.
@Suite("History rebuild oracle")
struct RebuildOracleTests {
    typealias Edit = (name: String, apply: (inout Plan, ChangeContext) throws -> Void)

    /// An editing operation other than the workflow's, with arguments that may or may not make
    /// sense (refused ones change nothing and are not kept).
    static func randomEdit(for plan: Plan, step: Int, _ rng: inout SplitMix64) -> Edit {
        let tasks = plan.allTasks.map(\.id) + ["t-missing"]
        let criteria = plan.stages.flatMap(\.exitCriteria).map(\.id) + ["c-missing"]
        let measures = plan.measures.map(\.id) + ["m-missing"]
        let risks = plan.risks.map(\.id) + ["r-missing"]
        let agencies = plan.agencies.map(\.id) + ["a-missing"]
        let stage = rng.pick(StageKind.allCases)
        let day = Fixture.day(rng.int(0...80))
        let text = rng.pick(["one", "two words", "with % and  spaces", "line\nbreak"])
        switch rng.int(0...26) {
        case 0, 1:
            let task = rng.pick(tasks)
            let which = rng.int(0...10)
            let value = rng.int(0...100)
            return ("edit task \(task) #\(which)", { plan, context in
                try plan.editTask(task, by: context) { t in
                    switch which {
                    case 0: t.progress = value
                    case 1: t.start = day; t.due = nil
                    case 2: t.due = day; t.start = nil; t.durationDays = nil
                    case 3: t.title = "Title \(value)"
                    case 4: t.owner = value % 2 == 0 ? nil : "Sergeant \(text)"
                    case 5: t.supports = t.supports.isEmpty && t.lead != "cou" ? ["cou"] : []
                    case 6: t.priority = rng_pick(PlanTask.Priority.allCases, value)
                    case 7: t.strand = value % 5 == 0 ? nil : rng_pick(PlanTask.Strand.allCases, value)
                    case 8: t.description = value % 2 == 0 ? nil : "About \(text)"
                    case 9: t.durationDays = value % 12
                    default: t.dependencies = []
                    }
                }
            })
        case 2:
            let id = TaskID("t-new-\(step)")
            return ("add task \(id)", { plan, context in
                try plan.addTask(PlanTask(id: id, lead: "cou", start: day, durationDays: 3, title: "New \(text)", supports: ["pol"],
                    owner: "Officer", dependencies: tasks.count > 1 ? [Dependency(on: tasks[0], type: .startToStart, lagDays: 2)] : []),
                    to: stage, by: context)
            })
        case 3:
            let task = rng.pick(tasks)
            return ("remove task \(task)", { plan, context in try plan.removeTask(task, by: context) })
        case 4:
            let task = rng.pick(tasks)
            let clear = rng.chance(0.3)
            return ("replan task \(task)", { plan, context in
                try plan.replanTask(task, start: clear ? .clear : .set(day), due: .keep, reason: "board", by: context)
            })
        case 5:
            return ("replan stage \(stage)", { plan, context in
                try plan.replanStage(stage, plannedEnd: .set(day.adding(days: 100)), nextReview: .set(day), reason: "board", by: context)
            })
        case 6:
            return ("correct stage \(stage)", { plan, context in
                try plan.correctStageDates(stage, started: Fixture.day(1), reason: "typo", by: context)
            })
        case 7:
            let measure = rng.pick(measures)
            let remove = rng.chance(0.3)
            return ("correct observation \(measure)", { plan, context in
                guard let date = plan.measures.first(where: { $0.id == measure })?.observations.first?.date else { throw Skip() }
                try plan.correctObservation(of: measure, on: date, to: remove ? nil : DecimalValue(significand: 35, scale: 1),
                    reason: "typo", by: context)
            })
        case 8:
            let id = AgencyID("a-\(step)")
            return ("add agency \(id)", { plan, context in
                try plan.addAgency(Agency(id: id, kind: .voluntary, name: "Agency \(text)", contact: "desk"), by: context)
            })
        case 9:
            let agency = rng.pick(agencies)
            let clearance = rng.pick(Classification.allCases)
            return ("edit agency \(agency)", { plan, context in
                try plan.editAgency(agency, by: context) { $0.clearance = clearance; $0.contact = $0.contact == nil ? text : nil }
            })
        case 10:
            let agency = rng.pick(agencies)
            return ("remove agency \(agency)", { plan, context in try plan.removeAgency(agency, by: context) })
        case 11:
            let id = MeasureID("m-\(step)")
            return ("add measure \(id)", { plan, context in
                try plan.addMeasure(Measure(id: id, stage: stage, unit: "visits", direction: .increase, name: "Visits \(text)",
                    baseline: DecimalValue(3), target: DecimalValue(significand: 125, scale: 1)), by: context)
            })
        case 12:
            let measure = rng.pick(measures)
            return ("edit measure \(measure)", { plan, context in
                try plan.editMeasure(measure, by: context) { $0.target = DecimalValue(step); $0.stage = $0.stage == nil ? stage : nil }
            })
        case 13:
            let measure = rng.pick(measures)
            return ("remove measure \(measure)", { plan, context in try plan.removeMeasure(measure, by: context) })
        case 14:
            let id = RiskID("r-\(step)")
            return ("add risk \(id)", { plan, context in
                try plan.addRisk(Risk(id: id, likelihood: 3, impact: 4, owner: "cou", description: "Risk \(text)", mitigation: "watch"), by: context)
            })
        case 15:
            let risk = rng.pick(risks)
            let status = rng.pick(Risk.Status.allCases)
            return ("edit risk \(risk)", { plan, context in
                try plan.editRisk(risk, by: context) { $0.status = status; $0.likelihood = 1 + step % 5; $0.mitigation = nil }
            })
        case 16:
            let risk = rng.pick(risks)
            return ("remove risk \(risk)", { plan, context in try plan.removeRisk(risk, by: context) })
        case 17:
            let id = CriterionID("c-new-\(step)")
            return ("add criterion \(id)", { plan, context in
                try plan.addCriterion(ExitCriterion(id: id, statement: "Statement \(text)"), to: stage, by: context)
            })
        case 18:
            let criterion = rng.pick(criteria)
            return ("edit criterion \(criterion)", { plan, context in
                try plan.editCriterion(criterion, by: context) { $0.statement = "Edited \(step)"; $0.evidence = $0.evidence == nil ? text : nil }
            })
        case 19:
            let criterion = rng.pick(criteria)
            return ("remove criterion \(criterion)", { plan, context in try plan.removeCriterion(criterion, by: context) })
        case 20:
            let number = rng.int(1...3)
            let kind = rng.int(0...2)
            return ("objective \(kind) \(number) of \(stage)", { plan, context in
                switch kind {
                case 0: try plan.addObjective("Objective \(text) \(step)", to: stage, by: context)
                case 1: try plan.editObjective(number, of: stage, to: "Edited \(step)", by: context)
                default: try plan.removeObjective(number, of: stage, by: context)
                }
            })
        case 21:
            let which = rng.int(0...3)
            return ("edit header #\(which)", { plan, context in
                try plan.editHeader(by: context) { header in
                    switch which {
                    case 0: header.title = "Operation \(step)"
                    case 1: header.governance.reviewCadenceDays = header.governance.reviewCadenceDays == nil ? 14 : nil
                    case 2: header.area.localities.append(Locality(code: "E0\(step)", scheme: text == "two words" ? "my scheme" : "ward"))
                    default: header.governance.board = "Board \(text)"
                    }
                }
            })
        case 22:
            let marking = rng.pick(Classification.allCases)
            return ("mark plan \(marking)", { plan, context in try plan.setClassification(marking, by: context) })
        case 23:
            let agency = rng.pick(agencies)
            return ("export for \(agency)", { plan, context in
                let view = try plan.partnerView(for: agency)
                try plan.recordExport(of: view, by: context)
            })
        case 25:
            let name = "board \(rng.int(1...3)) \(text)"
            let earlier = rng.chance(0.5)
            return ("set baseline \(name)", { plan, context in
                try plan.setBaseline(name, at: earlier ? plan.createdAt : nil, by: context)
            })
        case 26:
            let name = plan.baselines.isEmpty ? "none" : rng.pick(plan.baselines).name
            return ("remove baseline \(name)", { plan, context in try plan.removeBaseline(name, by: context) })
        default:
            return ("decision", { plan, context in try plan.recordDecision("Agreed \(text)", by: context) })
        }
    }

    struct Skip: Error {}

    /// One sequence: returns how many changes were made and the kept copies.
    static func run(seed: UInt64, steps: Int) throws -> (final: Plan, kept: [(at: Instant, plan: Plan)]) {
        var rng = SplitMix64(seed: seed)
        var plan = WorkflowPropertyTests.randomPlan(&rng)
        var kept: [(at: Instant, plan: Plan)] = []
        for step in 1...steps {
            let context = Fixture.context(Fixture.day(step), agency: rng.chance(0.8) ? "pol" : "cou")
            let before = plan
            do {
                if rng.chance(0.5) {
                    let command = WorkflowPropertyTests.randomCommand(for: plan, &rng)
                    _ = try command.apply(to: &plan, by: context)
                } else {
                    try randomEdit(for: plan, step: step, &rng).apply(&plan, context)
                }
            } catch {
                plan = before
                continue
            }
            kept.append((context.at, plan))
        }
        return (plan, kept)
    }

    @Test("The plan rebuilt at each kept instant and revision is the copy kept then", arguments: 0..<20)
    func rebuildIsExact(batch: Int) throws {
        var changes = 0
        var fields = Set<String>()
        for seed in UInt64(batch * 16)..<UInt64(batch * 16 + 16) {
            let (final, kept) = try Self.run(seed: seed, steps: 40)
            changes += kept.count
            for event in final.history { fields.formUnion(event.changes.map(\.field)) }
            // Every event chb wrote carries its changes (the random plan's own `created` aside).
            for event in final.history.dropFirst() where event.kind != .decision {
                #expect(!event.changes.isEmpty, "seed \(seed): \(event.kind) \(event.subject) '\(event.text)' has no change")
            }
            for (at, copy) in kept {
                let rebuilt = final.asItStood(at: at)
                #expect(rebuilt.unrebuilt.isEmpty, "seed \(seed) at \(at): \(rebuilt.unrebuilt)")
                #expect(rebuilt.plan == copy, "seed \(seed) at \(at): \(Self.difference(rebuilt.plan, copy))")
                let byRevision = final.asItStood(atRevision: copy.revision)
                #expect(byRevision?.plan == copy, "seed \(seed) revision \(copy.revision)")
                if rebuilt.plan != copy { return }
            }
            #expect(final.asItStood(atRevision: final.revision + 1) == nil)
            #expect(final.asItStood(atRevision: final.revision - final.history.count - 1) == nil)
        }
        #expect(changes > 16 * 10, "batch \(batch): only \(changes) changes made")
        #expect(fields.count > 15, "batch \(batch): only fields \(fields.sorted())")
    }

    /// The first part of two plans that differs, for a readable failure.
    static func difference(_ a: Plan, _ b: Plan) -> String {
        if a.agencies != b.agencies { return "agencies \(a.agencies) vs \(b.agencies)" }
        for (x, y) in zip(a.stages, b.stages) where x != y {
            if x.tasks != y.tasks {
                for (s, t) in zip(x.tasks, y.tasks) where s != t { return "task \(s) vs \(t)" }
                return "tasks \(x.tasks.map(\.id)) vs \(y.tasks.map(\.id))"
            }
            return "stage \(x) vs \(y)"
        }
        if a.measures != b.measures { return "measures \(a.measures) vs \(b.measures)" }
        if a.risks != b.risks { return "risks \(a.risks) vs \(b.risks)" }
        if a.baselines != b.baselines { return "baselines \(a.baselines) vs \(b.baselines)" }
        if a.history != b.history { return "history \(a.history.count) vs \(b.history.count)" }
        if a.revision != b.revision { return "revision \(a.revision) vs \(b.revision)" }
        return "header: \(a.title)/\(b.title) \(a.governance)/\(b.governance) \(a.area)/\(b.area) \(a.classification)/\(b.classification)"
    }
}

private func rng_pick<T>(_ values: [T], _ n: Int) -> T { values[n % values.count] }
