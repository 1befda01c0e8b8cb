import PlanCore
import PlanReports
import TestSupport
import Testing

/// The report side of the rebuild oracle: random changes to the example plans, each on its own
/// day, a copy kept after each; `status --as-of` that day on the final plan is, in every format,
/// the status of the copy (the note saying it was rebuilt aside).
@Suite("Status as of a kept day equals the kept copy's status")
struct AsOfOracleTests {
    static func randomChange(_ plan: inout Plan, _ rng: inout SplitMix64, step: Int, by context: ChangeContext) throws {
        let tasks = plan.allTasks.map(\.id)
        let task = rng.pick(tasks)
        switch rng.int(0...9) {
        case 0, 1, 2: try plan.transition(task, rng.pick(TaskAction.allCases), reason: "board", override: rng.chance(0.3) ? "agreed" : nil, by: context)
        case 3: try plan.addNote("Note \(step)", to: task, by: context)
        case 4: try plan.editTask(task, by: context) { $0.progress = rng.int(0...100) }
        case 5: try plan.replanTask(task, due: .set(context.date.adding(days: rng.int(-20...40))), reason: "board", by: context)
        case 6:
            let measure = rng.pick(plan.measures).id
            try plan.recordObservation(Observation(date: context.date, value: DecimalValue(rng.int(0...90))), for: measure, by: context)
        case 7:
            let measure = rng.pick(plan.measures)
            guard let last = measure.observations.last else { return }
            try plan.correctObservation(of: measure.id, on: last.date, to: rng.chance(0.7) ? DecimalValue(rng.int(0...90)) : nil, reason: "typo", by: context)
        case 8:
            let criterion = rng.pick(plan.stages.flatMap(\.exitCriteria)).id
            if rng.chance(0.5) { try plan.markCriterionMet(criterion, evidence: "seen", by: context) } else { try plan.markCriterionUnmet(criterion, reason: "not yet", by: context) }
        default: try plan.recordDecision("Decision \(step)", by: context)
        }
    }

    @Test("Every format, every kept day", arguments: TestPlans.names)
    func sameReport(name: String) throws {
        let start = try TestPlans.load(name)
        for seed in UInt64(0)..<6 {
            var rng = SplitMix64(seed: seed &+ UInt64(name.count))
            var plan = start
            var kept: [(day: CalendarDate, plan: Plan)] = []
            for step in 1...25 {
                let day = CalendarDate(year: 2026, month: 12, day: 1)!.adding(days: step)
                let context = ChangeContext(agency: plan.governance.leadAgency, at: Instant(date: day, hour: 12, minute: 0, second: 0)!)
                let before = plan
                do { try Self.randomChange(&plan, &rng, step: step, by: context) } catch { plan = before; continue }
                kept.append((day, plan))
            }
            #expect(kept.count > 8, "\(name) seed \(seed): only \(kept.count) changes")
            for (day, copy) in kept.suffix(6) {
                var rebuilt = try StatusReport(plan: plan, asOf: day, since: day.adding(days: -10))
                let expected = try StatusReport(plan: copy, asOf: day, since: day.adding(days: -10))
                #expect(rebuilt.header.asItStood != nil || plan == copy)
                rebuilt.header.asItStood = nil
                for format in ReportFormat.allCases {
                    #expect(rebuilt.rendered(as: format) == expected.rendered(as: format), "\(name) seed \(seed) \(day) \(format)")
                }
                #expect(rebuilt.csv(.changes) == expected.csv(.changes), "\(name) seed \(seed) \(day) changes")
            }
        }
    }
}
