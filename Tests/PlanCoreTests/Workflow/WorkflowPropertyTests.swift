import PlanCore
import TestSupport
import Testing

/// Random plans and random command sequences keep the workflow's invariants.
@Suite("Workflow properties")
struct WorkflowPropertyTests {
    /// One command a user could give, with arguments that may or may not make sense.
    enum Command: CustomStringConvertible {
        case stage(StageKind, StageAction, reason: String?, override: String?)
        case task(TaskID, TaskAction, reason: String?, override: String?)
        case met(CriterionID, evidence: String?)
        case unmet(CriterionID)
        case observe(MeasureID, Int, source: AgencyID?)
        case note(TaskID, String)
        case decision(String)

        var description: String {
            switch self {
            case let .stage(s, a, r, o): "stage \(a) \(s) reason=\(r ?? "-") override=\(o ?? "-")"
            case let .task(t, a, r, o): "task \(a) \(t) reason=\(r ?? "-") override=\(o ?? "-")"
            case let .met(c, e): "criterion met \(c) evidence=\(e ?? "-")"
            case let .unmet(c): "criterion unmet \(c)"
            case let .observe(m, v, s): "measure record \(m) \(v) source=\(s?.rawValue ?? "-")"
            case let .note(t, text): "task note \(t) '\(text)'"
            case let .decision(text): "decision '\(text)'"
            }
        }

        /// Whether only the plan's lead agency may give the command.
        var isCoordinators: Bool {
            switch self {
            case .stage, .met, .unmet, .decision: true
            case .task, .observe, .note: false
            }
        }

        func apply(to plan: inout Plan, by context: ChangeContext) throws(PlanChangeError) -> Bool {
            switch self {
            case let .stage(s, a, r, o): return try plan.transition(s, a, reason: r, override: o, by: context).wasOverridden
            case let .task(t, a, r, o): return try plan.transition(t, a, reason: r, override: o, by: context).wasOverridden
            case let .met(c, e): try plan.markCriterionMet(c, evidence: e, by: context)
            case let .unmet(c): try plan.markCriterionUnmet(c, reason: "changed", by: context)
            case let .observe(m, v, s): try plan.recordObservation(Observation(date: context.date, value: DecimalValue(v), source: s), for: m, by: context)
            case let .note(t, text): try plan.addNote(text, to: t, by: context)
            case let .decision(text): try plan.recordDecision(text, by: context)
            }
            return false
        }
    }

    /// A valid random plan: up to six tasks a stage in valid statuses, links only to earlier
    /// tasks (so no cycle), criteria met or not, Clear (and maybe Hold) active.
    static func randomPlan(_ rng: inout SplitMix64) -> Plan {
        var ids: [TaskID] = []
        var stages: [Stage] = []
        var criterionNumber = 0
        for kind in StageKind.allCases {
            var stage = Stage(kind: kind, plannedStart: Fixture.day(kind.index * 40), plannedEnd: Fixture.day(kind.index * 40 + 60))
            for _ in 0..<rng.int(0...3) {
                criterionNumber += 1
                let met = rng.chance(0.5)
                stage.exitCriteria.append(ExitCriterion(id: CriterionID("c-\(criterionNumber)"), met: met,
                    metOn: met ? Fixture.day(1) : nil, statement: "Criterion \(criterionNumber)."))
            }
            for _ in 0..<rng.int(0...6) {
                let id = TaskID("t-\(ids.count)")
                let status = rng.pick([PlanTask.Status.planned, .planned, .inProgress, .blocked, .done, .cancelled])
                let start = kind.index * 40 + rng.int(0...30)
                var dependencies: [Dependency] = []
                for _ in 0..<rng.int(0...2) where !ids.isEmpty {
                    let on = rng.pick(ids)
                    if !dependencies.contains(where: { $0.task == on }) {
                        dependencies.append(Dependency(on: on, type: rng.pick(Dependency.Kind.allCases), lagDays: rng.int(-2...3)))
                    }
                }
                let task = switch rng.int(0...2) {
                case 0: Fixture.task(id, status, start: start, due: start + rng.int(0...10), dependsOn: dependencies)
                case 1: Fixture.task(id, status, start: start, duration: rng.int(0...10), dependsOn: dependencies)
                default: Fixture.task(id, status, duration: rng.int(0...10), dependsOn: dependencies)
                }
                stage.tasks.append(task)
                ids.append(id)
            }
            stages.append(stage)
        }
        stages[0].status = rng.pick([.notStarted, .active, .active])
        if stages[0].status == .active {
            stages[0].started = Fixture.day(0)
            if rng.chance(0.5) { (stages[1].status, stages[1].started) = (.active, Fixture.day(40)) }
        }
        let measure = Measure(id: "m-1", stage: .clear, unit: "calls", direction: .decrease, name: "Calls",
            baseline: DecimalValue(10), target: DecimalValue(2))
        return Fixture.plan(clear: stages[0], hold: stages[1], build: stages[2], measures: [measure])
    }

    /// A random command, mostly about things the plan has, sometimes about things it has not.
    static func randomCommand(for plan: Plan, _ rng: inout SplitMix64) -> Command {
        let tasks = plan.allTasks.map(\.id) + ["t-missing"]
        let criteria = plan.stages.flatMap(\.exitCriteria).map(\.id) + ["c-missing"]
        let reason = rng.pick([nil, "", "  ", "a reason", "another reason"] as [String?])
        // Often enough that every batch overrides some gate: only the coordinator's stage moves
        // and the tasks' leads' moves can, and most random moves are refused for other reasons.
        let override: String? = rng.chance(0.4) ? rng.pick(["board decision", "board decision", " "]) : nil
        switch rng.int(0...9) {
        case 0, 1: return .stage(rng.pick(StageKind.allCases), rng.pick(StageAction.allCases), reason: reason, override: override)
        case 2, 3, 4, 5: return .task(rng.pick(tasks), rng.pick(TaskAction.allCases), reason: reason, override: override)
        case 6: return .met(rng.pick(criteria), evidence: rng.pick([nil, "evidence", " "]))
        case 7: return .unmet(rng.pick(criteria))
        case 8: return rng.chance(0.5)
            ? .observe(rng.pick(["m-1", "m-missing"]), rng.int(0...20), source: rng.pick([nil, "cou", "nobody"]))
            : .note(rng.pick(tasks), rng.pick(["seen", " ", "follow up"]))
        default: return .decision(rng.pick(["agreed", ""]))
        }
    }

    /// Whether each complete stage has every criterion met and no open task, or was completed
    /// by override.
    static func completeStagesAreComplete(_ plan: Plan) -> Bool {
        plan.stages.allSatisfy { stage in
            stage.status != .complete || plan.wasCompletedByOverride(stage.kind)
                || (stage.exitCriteria.allSatisfy(\.met) && !stage.tasks.contains { $0.status.isOpen })
        }
    }

    @Test("Random command sequences keep the invariants", arguments: 0..<20)
    func invariants(batch: Int) throws {
        var totals = (successes: 0, refusals: 0, overrides: 0)
        for seed in UInt64(batch * 10)..<UInt64(batch * 10 + 10) {
            var rng = SplitMix64(seed: seed)
            var plan = Self.randomPlan(&rng)
            try #require(plan.validationErrors.isEmpty, "seed \(seed): the random plan is invalid: \(plan.validationErrors)")
            let initial = plan
            var successes = 0
            for step in 0..<60 {
                let command = Self.randomCommand(for: plan, &rng)
                // The plan's business (stages, criteria, decisions) is mostly run by the plan's
                // lead agency, which alone may; now and then another agency tries and is refused.
                let agency: AgencyID = command.isCoordinators
                    ? (rng.chance(0.9) ? "pol" : rng.pick(["cou", "nobody"]))
                    : (rng.chance(0.95) ? rng.pick(["pol", "cou"]) : "nobody")
                let context = Fixture.context(Fixture.day(step), agency: agency)
                let before = plan
                let where_ = "seed \(seed) step \(step): \(command)"
                do {
                    let overridden = try command.apply(to: &plan, by: context)
                    successes += 1
                    totals.successes += 1
                    #expect(plan.revision == before.revision + 1, "\(where_)")
                    #expect(plan.history.count == before.history.count + 1, "\(where_)")
                    #expect(Array(plan.history.prefix(before.history.count)) == before.history, "\(where_): history rewritten")
                    #expect((plan.lastEvent.kind == .override) == overridden, "\(where_)")
                    if overridden { totals.overrides += 1 }
                } catch {
                    totals.refusals += 1
                    #expect(plan == before, "\(where_): refused (\(error)) but changed the plan")
                }
                let errors = plan.validationErrors
                #expect(errors.isEmpty, "\(where_): \(errors)")
                #expect(Self.completeStagesAreComplete(plan), "\(where_)")
                if !errors.isEmpty { return }
            }
            #expect(plan.revision == initial.revision + successes, "seed \(seed)")
            #expect(plan.history.count == initial.history.count + successes, "seed \(seed)")
            // The schedule of any valid plan exists and never has negative slack.
            let schedule = try plan.schedule()
            #expect(schedule.tasks.allSatisfy { $0.slackDays >= 0 && $0.earlyStart <= $0.earlyFinish && $0.lateStart <= $0.lateFinish })
            #expect(schedule.tasks.count + schedule.unscheduled.count == plan.allTasks.filter { $0.status != .cancelled }.count)
            _ = PlanStatus(plan: plan, asOf: Fixture.day(60))
        }
        // The sequences exercise both sides of the workflow.
        #expect(totals.successes > 50 && totals.refusals > 50 && totals.overrides > 0)
    }

    @Test("Schedules of random plans respect every link")
    func scheduleRespectsLinks() throws {
        var rng = SplitMix64(seed: 0xC1EA_4B01D)
        for _ in 0..<300 {
            let plan = Self.randomPlan(&rng)
            let schedule = try plan.schedule()
            for task in plan.allTasks {
                guard let s = schedule[task.id] else { continue }
                if let first = task.firstDay { #expect(s.earlyStart >= first) }
                if let span = task.spanDays { #expect(s.earlyStart.days(to: s.earlyFinish) == span) }
                for link in task.dependencies {
                    guard let p = schedule[link.task] else { continue }
                    switch link.type {
                    case .finishToStart:
                        #expect(s.earlyStart >= p.earlyFinish.adding(days: 1 + link.lagDays))
                        #expect(p.lateFinish <= s.lateStart.adding(days: -1 - link.lagDays))
                    case .startToStart:
                        #expect(s.earlyStart >= p.earlyStart.adding(days: link.lagDays))
                        #expect(p.lateStart <= s.lateStart.adding(days: -link.lagDays))
                    case .finishToFinish:
                        #expect(s.earlyFinish >= p.earlyFinish.adding(days: link.lagDays))
                        #expect(p.lateFinish <= s.lateFinish.adding(days: -link.lagDays))
                    }
                }
                #expect(s.lateFinish <= schedule.finish!)
                #expect(s.critical == (s.slackDays == 0))
            }
        }
    }
}
