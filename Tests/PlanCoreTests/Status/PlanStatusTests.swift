import PlanCore
import Testing

/// The "Status (RAG)" rules one by one. The status date is day 30 unless a test says otherwise.
@Suite("RAG status")
struct PlanStatusTests {
    let today = Fixture.day(30)

    /// A plan whose Clear stage is active, planned for days 0–60, with these tasks and measures.
    func clear(_ tasks: [PlanTask], plannedEnd: Int = 60, measures: [Measure] = []) -> StageStatus {
        let plan = Fixture.plan(
            clear: Stage(kind: .clear, status: .active, plannedStart: Fixture.day(0), plannedEnd: Fixture.day(plannedEnd),
                started: Fixture.day(0), tasks: tasks),
            measures: measures)
        return PlanStatus(plan: plan, asOf: today).stage(.clear)!
    }

    func measure(_ direction: Measure.Direction, baseline: Int, latest: Int, stage: StageKind = .clear) -> Measure {
        Measure(id: "m-x", stage: stage, unit: "%", direction: direction, name: "X", baseline: DecimalValue(baseline),
            target: DecimalValue(0), observations: [
                Observation(date: Fixture.day(20), value: DecimalValue(latest)),
                Observation(date: Fixture.day(1), value: DecimalValue(baseline)),
            ])
    }

    @Test("An active stage with nothing wrong is green")
    func green() {
        let status = clear([Fixture.task("t-1", .inProgress, start: 0, due: 40), Fixture.task("t-2", .done, start: 0, due: 5)])
        #expect(status.rag == .green && status.reasons.isEmpty && status.overdueTasks.isEmpty)
    }

    @Test("An open task due before the date is overdue: amber off the critical path")
    func overdueAmber() {
        // t-late ends day 25 but t-long (to day 50) decides the plan's end, so t-late has slack.
        let status = clear([Fixture.task("t-late", .inProgress, start: 20, due: 25), Fixture.task("t-long", .inProgress, start: 0, due: 50)])
        #expect(status.rag == .amber)
        #expect(status.overdueTasks == ["t-late"])
        #expect(status.reasons == [StageReason(level: .amber, kind: .overdue("t-late", days: 5, onCriticalPath: false))])
    }

    @Test("An overdue task on the critical path makes the stage red")
    func overdueCriticalRed() {
        let status = clear([Fixture.task("t-late", .inProgress, start: 0, due: 29)])
        #expect(status.rag == .red)
        #expect(status.reasons == [StageReason(level: .red, kind: .overdue("t-late", days: 1, onCriticalPath: true))])
    }

    @Test("Due on the date itself is not overdue; done and cancelled tasks are never overdue")
    func notOverdue() {
        let status = clear([Fixture.task("t-today", .inProgress, start: 0, due: 30), Fixture.task("t-done", .done, start: 0, due: 3),
                            Fixture.task("t-gone", .cancelled, start: 0, due: 3)])
        #expect(status.rag == .green && status.overdueTasks.isEmpty)
    }

    @Test("A task with start and durationDays is overdue after its last day")
    func overdueFromDuration() {
        let status = clear([Fixture.task("t-d", start: 0, duration: 10), Fixture.task("t-long", start: 0, due: 50)])
        #expect(status.overdueTasks == ["t-d"] && status.reasons == [StageReason(level: .amber, kind: .overdue("t-d", days: 21, onCriticalPath: false))])
    }

    @Test("A planned end before the date makes the stage red")
    func plannedEndPassed() {
        let status = clear([], plannedEnd: 29)
        #expect(status.rag == .red && status.reasons == [StageReason(level: .red, kind: .plannedEndPassed(Fixture.day(29)))])
        #expect(clear([], plannedEnd: 30).rag == .green)
    }

    @Test("A task blocked for more than 14 days makes the stage red; 14 days or fewer amber")
    func blocked() {
        var long = Fixture.task("t-b", .blocked, start: 0, due: 50)
        long.blockedSince = Fixture.day(15)
        var short = long
        short.blockedSince = Fixture.day(16)
        let red = clear([long])
        #expect(red.rag == .red && red.reasons == [StageReason(level: .red, kind: .blocked("t-b", days: 15))] && red.blockedTasks == ["t-b"])
        let amber = clear([short])
        #expect(amber.rag == .amber && amber.reasons == [StageReason(level: .amber, kind: .blocked("t-b", days: 14))])
    }

    @Test("A measure of the stage worse than its baseline makes it amber; direction decides worse")
    func measures() {
        let up = clear([], measures: [measure(.increase, baseline: 38, latest: 36)])
        #expect(up.rag == .amber && up.reasons == [StageReason(level: .amber, kind: .measureWorseThanBaseline("m-x", latest: DecimalValue(36), baseline: DecimalValue(38), direction: .increase))])
        let down = clear([], measures: [measure(.decrease, baseline: 48, latest: 51)])
        #expect(down.rag == .amber && down.reasons == [StageReason(level: .amber, kind: .measureWorseThanBaseline("m-x", latest: DecimalValue(51), baseline: DecimalValue(48), direction: .decrease))])
        #expect(clear([], measures: [measure(.increase, baseline: 38, latest: 38)]).rag == .green)
        #expect(clear([], measures: [measure(.decrease, baseline: 48, latest: 40)]).rag == .green)
        #expect(clear([], measures: [measure(.increase, baseline: 38, latest: 30, stage: .hold)]).rag == .green)
    }

    @Test("Red reasons come first; every reason is listed")
    func reasonsOrder() {
        var blocked = Fixture.task("t-b", .blocked, start: 0, due: 50)
        blocked.blockedSince = Fixture.day(28)
        let status = clear([Fixture.task("t-late", .inProgress, start: 0, due: 29), blocked],
            plannedEnd: 20, measures: [measure(.increase, baseline: 38, latest: 36)])
        #expect(status.rag == .red)
        // t-late has slack (t-b runs to day 50), so its lateness is amber; the planned end is red.
        #expect(status.reasons == [
            StageReason(level: .red, kind: .plannedEndPassed(Fixture.day(20))),
            StageReason(level: .amber, kind: .overdue("t-late", days: 1, onCriticalPath: false)),
            StageReason(level: .amber, kind: .blocked("t-b", days: 2)),
            StageReason(level: .amber, kind: .measureWorseThanBaseline("m-x", latest: DecimalValue(36), baseline: DecimalValue(38), direction: .increase)),
        ])
    }

    @Test("A stage not started is amber once its planned start has passed")
    func notStarted() {
        let late = Fixture.plan(hold: Stage(kind: .hold, plannedStart: Fixture.day(29)))
        let hold = PlanStatus(plan: late, asOf: today).stage(.hold)!
        #expect(hold.rag == .amber && hold.reasons == [StageReason(level: .amber, kind: .plannedStartPassed(Fixture.day(29)))])
        let due = Fixture.plan(hold: Stage(kind: .hold, plannedStart: Fixture.day(30)))
        #expect(PlanStatus(plan: due, asOf: today).stage(.hold)?.rag == .notStarted)
        #expect(PlanStatus(plan: Fixture.plan(), asOf: today).stage(.hold)?.rag == .notStarted)
    }

    @Test("A complete stage shows complete")
    func complete() {
        let plan = Fixture.plan(clear: Stage(kind: .clear, status: .complete, plannedEnd: Fixture.day(1)))
        let status = PlanStatus(plan: plan, asOf: today)
        #expect(status.stage(.clear)?.rag == .complete && status.stage(.clear)?.reasons == [])
    }

    @Test("The plan's status is its worst stage's")
    func overall() {
        let plan = Fixture.plan(
            clear: Stage(kind: .clear, status: .complete),
            hold: Stage(kind: .hold, status: .active, plannedEnd: Fixture.day(100)),
            build: Stage(kind: .build, plannedStart: Fixture.day(10)))
        let status = PlanStatus(plan: plan, asOf: today)
        #expect(status.stages.map(\.rag) == [.complete, .green, .amber])
        #expect(status.overall == .amber && status.asOf == today)
        #expect(PlanStatus(plan: Fixture.plan(), asOf: today).overall == .notStarted)
        let done = Fixture.plan(clear: Stage(kind: .clear, status: .complete), hold: Stage(kind: .hold, status: .complete),
            build: Stage(kind: .build, status: .complete))
        #expect(PlanStatus(plan: done, asOf: today).overall == .complete)
    }

    @Test("RAG orders complete < notStarted < green < amber < red")
    func ordering() {
        #expect([RAG.red, .complete, .green, .notStarted, .amber].sorted() == [.complete, .notStarted, .green, .amber, .red])
        #expect([RAG.green, .red, .amber].max() == .red)
    }

    @Test("A plan with a dependency cycle still gets a status, with no task critical")
    func cycle() {
        let plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, tasks: [
            Fixture.task("a", .inProgress, start: 0, due: 5, dependsOn: [Dependency(on: "b")]),
            Fixture.task("b", start: 0, due: 5, dependsOn: [Dependency(on: "a")]),
        ]))
        let status = PlanStatus(plan: plan, asOf: today)
        #expect(status.schedule == nil && status.scheduleError?.cycle.count == 3)
        #expect(status.stage(.clear)?.rag == .amber)
        #expect(status.stage(.clear)?.overdueTasks == ["a", "b"])
    }

    @Test("A task with no due of its own is overdue when its scheduled finish, from its dependencies, is before the date")
    func overdueByScheduledFinish() {
        // t-after has only a length: it follows t-first (days 0–9), so it is scheduled for
        // days 10–14 and is 16 days overdue on day 30, as `chb schedule` dates it.
        let status = clear([Fixture.task("t-first", .done, start: 0, due: 9),
                            Fixture.task("t-after", .planned, duration: 5, dependsOn: [Dependency(on: "t-first")]),
                            Fixture.task("t-long", .inProgress, start: 0, due: 50)])
        #expect(status.overdueTasks == ["t-after"])
        #expect(status.reasons == [StageReason(level: .amber, kind: .overdue("t-after", days: 16, onCriticalPath: false))])
    }
}
