import PlanCore
import PlanReports
import Testing

/// A report for a date before what the plan records is built from the plan as it stood then,
/// never from today's facts under an earlier date.
@Suite("A report for an earlier date")
struct AsItStoodTests {
    static let earlier = CalendarDate(year: 2026, month: 10, day: 1)!

    @Test("Heron on 1 October 2026: nothing blocked for a negative number of days, no figure from after the date, and a note first")
    func heronInOctober() throws {
        let plan = try TestPlans.load("heron-hold")
        let report = try StatusReport(plan: plan, asOf: Self.earlier)
        let past = try #require(report.header.asItStood)
        #expect(past.laterEdits >= 0)
        #expect(report.tasks.allSatisfy { ($0.daysBlocked ?? 0) >= 0 && ($0.blockedSince.map { $0 <= Self.earlier } ?? true) })
        #expect(report.tasks.allSatisfy { $0.completedOn.map { $0 <= Self.earlier } ?? true })
        #expect(report.measures.allSatisfy { $0.observations.allSatisfy { $0.date <= Self.earlier } })
        #expect(report.keyPoints.first?.text.hasPrefix("As it stood at the end of 2026-10-01") == true)
        #expect(report.keyPoints.first?.level == nil)
        // Today's report of the same plan has blocked tasks; the earlier one has none of them yet.
        let today = try StatusReport(plan: plan, asOf: TestPlans.asOf)
        #expect(today.header.asItStood == nil)
        #expect(!today.blockedTasks.isEmpty && report.blockedTasks.isEmpty)
    }

    @Test("status and schedule --as-of name one critical path for an earlier date, both from the plan as it stood")
    func oneCriticalPath() throws {
        for name in TestPlans.names {
            let plan = try TestPlans.load(name)
            for date in [CalendarDate(year: 2026, month: 3, day: 2)!, Self.earlier] {
                let schedule = try ScheduleReport(plan: plan, asOf: date)
                #expect(schedule.asItStood == PlanHasLaterFacts.check(plan, date), "\(name) \(date)")
                #expect(try StatusReport(plan: plan, asOf: date).criticalPath.map(\.id) == schedule.criticalPath, "\(name) \(date)")
            }
        }
    }

    @Test("Every format says so: the note leads the key points in text, Markdown and HTML, and JSON carries asItStood")
    func everyFormat() throws {
        let report = try StatusReport(plan: try TestPlans.load("heron-hold"), asOf: Self.earlier)
        let past = try #require(report.header.asItStood)
        #expect(report.rendered(as: .text).contains("As it stood at the end of 2026-10-01"))
        #expect(report.rendered(as: .markdown).contains("As it stood at the end of 1 Oct 2026"))
        #expect(report.rendered(as: .html).contains("As it stood at the end of 1 Oct 2026"))
        #expect(report.rendered(as: .json).contains("\"asItStood\": {\n      \"laterEdits\": \(past.laterEdits),\n      \"inferredTasks\": \(past.inferredTasks)\n    }"))
        // The same plan with a history that records no changes (as an older chb wrote it): what
        // could not be rebuilt is counted, and JSON carries the counts.
        var untyped = try TestPlans.load("heron-hold")
        for e in untyped.history.indices { untyped.history[e].changes = [] }
        let old = try #require(try StatusReport(plan: untyped, asOf: Self.earlier).header.asItStood)
        #expect(old.laterEdits > 0 && old.inferredTasks > 0)
        #expect(try StatusReport(plan: untyped, asOf: Self.earlier).rendered(as: .json)
            .contains("\"asItStood\": {\n      \"laterEdits\": \(old.laterEdits),\n      \"inferredTasks\": \(old.inferredTasks)\n    }"))
    }

    @Test("A plan that records nothing after the date is reported as it is")
    func nothingLater() throws {
        let plan = try TestPlans.load("osprey-build")
        let last = try #require(plan.history.map(\.at.date).max())
        let report = try StatusReport(plan: plan, asOf: last.adding(days: 400))
        #expect(report.header.asItStood == nil)
        #expect(!report.rendered(as: .text).contains("As it stood"))
    }
}

/// Whether a plan records anything after a date, worked out here independently of the report.
enum PlanHasLaterFacts {
    static func check(_ plan: Plan, _ day: CalendarDate) -> Bool {
        plan.history.contains { $0.at.date > day }
            || plan.measures.contains { $0.observations.contains { $0.date > day } }
            || plan.stages.contains { stage in
                [stage.started, stage.completed].contains { $0.map { $0 > day } ?? false }
                    || stage.exitCriteria.contains { $0.metOn.map { $0 > day } ?? false }
                    || stage.tasks.contains { task in
                        [task.completedOn, task.blockedSince].contains { $0.map { $0 > day } ?? false }
                    }
            }
    }
}
