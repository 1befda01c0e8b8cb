import PlanCore
import Testing

/// Hand-computed examples. Dates are offsets from `Fixture.day0`: `d(3)` is day 3.
@Suite("Scheduling")
struct ScheduleTests {
    func d(_ offset: Int) -> CalendarDate { Fixture.day(offset) }

    /// Schedules tasks placed in an active Clear stage planned to start on day 0.
    func schedule(_ tasks: [PlanTask], plannedStart: Int? = 0, asOf: Int? = nil) throws -> Schedule {
        let plan = Fixture.plan(clear: Stage(kind: .clear, status: .active, plannedStart: plannedStart.map(d), tasks: tasks))
        return try plan.schedule(asOf: asOf.map(d))
    }

    /// (earlyStart, earlyFinish, lateStart, lateFinish, slack) as day offsets.
    func row(_ schedule: Schedule, _ id: TaskID) -> [Int]? {
        guard let t = schedule[id] else { return nil }
        return [t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish].map { Fixture.day0.days(to: $0) } + [t.slackDays]
    }

    @Test("Finish-to-start: the successor starts the day after the predecessor's last day")
    func finishToStart() throws {
        // a: days 0–2 (3 days). b: 2 days after a → days 3–4. Both critical.
        let s = try schedule([Fixture.task("a", start: 0, duration: 3),
                              Fixture.task("b", duration: 2, dependsOn: [Dependency(on: "a")])])
        #expect(row(s, "a") == [0, 2, 0, 2, 0])
        #expect(row(s, "b") == [3, 4, 3, 4, 0])
        #expect(s.criticalPath == ["a", "b"])
        #expect(s.start == d(0) && s.finish == d(4))
    }

    @Test("Finish-to-start with lag")
    func finishToStartLag() throws {
        // b starts 2 days after the day after a ends: 2 + 1 + 2 = day 5.
        let s = try schedule([Fixture.task("a", start: 0, due: 2),
                              Fixture.task("b", duration: 1, dependsOn: [Dependency(on: "a", lagDays: 2)])])
        #expect(row(s, "b") == [5, 5, 5, 5, 0])
        #expect(row(s, "a") == [0, 2, 0, 2, 0])
    }

    @Test("Finish-to-start with negative lag overlaps the tasks")
    func negativeLag() throws {
        // a: days 0–4. b (3 days) may start 2 days before a ends: 4 + 1 − 2 = day 3, ends day 5.
        let s = try schedule([Fixture.task("a", start: 0, due: 4),
                              Fixture.task("b", duration: 3, dependsOn: [Dependency(on: "a", lagDays: -2)])])
        #expect(row(s, "b") == [3, 5, 3, 5, 0])
        #expect(row(s, "a") == [0, 4, 0, 4, 0])
    }

    @Test("Start-to-start with lag; the longer predecessor stays critical")
    func startToStart() throws {
        // a: days 0–4. b (2 days) starts a day after a starts: days 1–2. Plan ends day 4, so b
        // may finish on day 4: late start 3, slack 2. a may not finish after the plan's end.
        let s = try schedule([Fixture.task("a", start: 0, due: 4),
                              Fixture.task("b", duration: 2, dependsOn: [Dependency(on: "a", type: .startToStart, lagDays: 1)])])
        #expect(row(s, "b") == [1, 2, 3, 4, 2])
        #expect(row(s, "a") == [0, 4, 0, 4, 0])
        #expect(s.criticalPath == ["a"])
    }

    @Test("Start-to-start with negative lag")
    func startToStartNegative() throws {
        // a: days 5–6. b (2 days, no own start) may start 3 days before a starts: days 2–3.
        // The plan ends day 6, so b may finish that day: late start 5, slack 3.
        let s = try schedule([Fixture.task("a", start: 5, due: 6),
                              Fixture.task("b", duration: 2, dependsOn: [Dependency(on: "a", type: .startToStart, lagDays: -3)])])
        #expect(row(s, "b") == [2, 3, 5, 6, 3])
        #expect(row(s, "a") == [5, 6, 5, 6, 0])
    }

    @Test("Finish-to-finish: the successor finishes no earlier than the predecessor")
    func finishToFinish() throws {
        // a: days 0–4. b (2 days) must finish on day 4 or later: days 3–4.
        let s = try schedule([Fixture.task("a", start: 0, due: 4),
                              Fixture.task("b", duration: 2, dependsOn: [Dependency(on: "a", type: .finishToFinish)])])
        #expect(row(s, "b") == [3, 4, 3, 4, 0])
        #expect(row(s, "a") == [0, 4, 0, 4, 0])
        #expect(s.criticalPath == ["a", "b"])
    }

    @Test("Finish-to-finish with lag pushes the plan's end")
    func finishToFinishLag() throws {
        // a: days 0–4. b (1 day) finishes ≥ 4 + 3 = day 7.
        let s = try schedule([Fixture.task("a", start: 0, due: 4),
                              Fixture.task("b", duration: 1, dependsOn: [Dependency(on: "a", type: .finishToFinish, lagDays: 3)])])
        #expect(row(s, "b") == [7, 7, 7, 7, 0])
        #expect(row(s, "a") == [0, 4, 0, 4, 0])
    }

    @Test("A milestone takes a single day and takes no time in the chain")
    func milestone() throws {
        // a: days 0–2. m (0 days) on day 3. c (1 day) after m: day 4.
        let s = try schedule([Fixture.task("a", start: 0, duration: 3),
                              Fixture.task("m", duration: 0, dependsOn: [Dependency(on: "a")]),
                              Fixture.task("c", duration: 1, dependsOn: [Dependency(on: "m")])])
        #expect(row(s, "m") == [3, 3, 3, 3, 0])
        #expect(row(s, "c") == [4, 4, 4, 4, 0])
        #expect(s.criticalPath == ["a", "m", "c"])
    }

    @Test("A milestone with start and due on the same day")
    func milestoneDated() throws {
        let s = try schedule([Fixture.task("m", start: 6, due: 6, duration: 0)])
        #expect(row(s, "m") == [6, 6, 6, 6, 0])
    }

    @Test("A task's own start is a constraint its predecessors may push later, never earlier")
    func ownStartConstraint() throws {
        // b starts day 5 by its own date though a allows day 2: a gains slack 3.
        let late = try schedule([Fixture.task("a", start: 0, due: 1),
                                 Fixture.task("b", start: 5, duration: 1, dependsOn: [Dependency(on: "a")])])
        #expect(row(late, "b") == [5, 5, 5, 5, 0])
        #expect(row(late, "a") == [0, 1, 3, 4, 3])
        // c is planned for days 2–3 but a ends on day 4: c slips to days 5–6, keeping its length.
        let slip = try schedule([Fixture.task("a", start: 0, due: 4),
                                 Fixture.task("c", start: 2, due: 3, dependsOn: [Dependency(on: "a")])])
        #expect(row(slip, "c") == [5, 6, 5, 6, 0])
    }

    @Test("durationDays fills a missing start from the due date")
    func dueAndDuration() throws {
        let s = try schedule([Fixture.task("a", due: 9, duration: 4)])
        #expect(row(s, "a") == [6, 9, 6, 9, 0])
    }

    @Test("A task with no dates and no predecessors starts on its stage's planned start")
    func stagePlannedStart() throws {
        let s = try schedule([Fixture.task("a", duration: 2)], plannedStart: 10)
        #expect(row(s, "a") == [10, 11, 10, 11, 0])
    }

    @Test("Tasks that cannot be dated are reported, not guessed")
    func unscheduled() throws {
        let s = try schedule([
            Fixture.task("floating", duration: 2),
            Fixture.task("after-floating", duration: 1, dependsOn: [Dependency(on: "floating")]),
            Fixture.task("dated", start: 3, due: 4, dependsOn: [Dependency(on: "floating")]),
            Fixture.task("no-length", start: 3),
            Fixture.task("due-only", due: 5),
            Fixture.task("no-dates"),
        ], plannedStart: nil)
        #expect(s.unscheduled == ["floating", "after-floating", "no-length", "due-only", "no-dates"])
        #expect(s.unscheduledReasons["floating"] == .nothingToStartFrom(.clear))
        #expect(s.unscheduledReasons["after-floating"] == .predecessorUnscheduled("floating"))
        #expect(s.unscheduledReasons["no-length"] == .noDueOrDuration)
        #expect(s.unscheduledReasons["due-only"] == .noStartOrDuration)
        #expect(s.unscheduledReasons["no-dates"] == .noDates)
        #expect(row(s, "dated") == [3, 4, 3, 4, 0])
        #expect(s.tasks.map(\.id) == ["dated"])
    }

    @Test("Cancelled tasks and their links are left out; done tasks keep their planned dates")
    func cancelledAndDone() throws {
        let s = try schedule([
            Fixture.task("gone", .cancelled, start: 0, due: 30),
            Fixture.task("done", .done, start: 0, due: 1),
            Fixture.task("next", duration: 1, dependsOn: [Dependency(on: "gone"), Dependency(on: "done")]),
        ])
        #expect(s["gone"] == nil && !s.unscheduled.contains("gone"))
        #expect(row(s, "done") == [0, 1, 0, 1, 0])
        #expect(row(s, "next") == [2, 2, 2, 2, 0])
    }

    @Test("A diamond: the longer branch is critical, the shorter has slack")
    func diamond() throws {
        // s: day 0 (milestone). long: days 1–5. short: days 1–2. e: after both, day 6.
        let s = try schedule([
            Fixture.task("s", start: 0, duration: 0),
            Fixture.task("long", duration: 5, dependsOn: [Dependency(on: "s")]),
            Fixture.task("short", duration: 2, dependsOn: [Dependency(on: "s")]),
            Fixture.task("e", duration: 1, dependsOn: [Dependency(on: "long"), Dependency(on: "short")]),
        ])
        #expect(row(s, "short") == [1, 2, 4, 5, 3])
        #expect(row(s, "long") == [1, 5, 1, 5, 0])
        #expect(s.criticalPath == ["s", "long", "e"])
        #expect(s.tasks.filter(\.critical).map(\.id) == ["s", "long", "e"])
    }

    @Test("Links across stages count")
    func acrossStages() throws {
        let plan = Fixture.plan(
            clear: Stage(kind: .clear, tasks: [Fixture.task("a", start: 0, due: 9)]),
            hold: Stage(kind: .hold, tasks: [Fixture.task("b", duration: 5, dependsOn: [Dependency(on: "a")])]))
        #expect(row(try plan.schedule(), "b") == [10, 14, 10, 14, 0])
    }

    @Test("A cycle is named")
    func cycle() {
        let tasks = [
            Fixture.task("a", start: 0, duration: 1, dependsOn: [Dependency(on: "c")]),
            Fixture.task("b", duration: 1, dependsOn: [Dependency(on: "a")]),
            Fixture.task("c", duration: 1, dependsOn: [Dependency(on: "b", type: .startToStart)]),
            Fixture.task("after", duration: 1, dependsOn: [Dependency(on: "c")]),
        ]
        let error = #expect(throws: ScheduleError.self) { try schedule(tasks) }
        #expect(error?.code == .dependencyCycle)
        #expect(error?.cycle.first == error?.cycle.last)
        #expect(Set(error?.cycle ?? []) == ["a", "b", "c"])
        #expect(error?.cycle.count == 4)
        #expect(error?.description.hasPrefix("dependencies form a cycle: ") == true)
    }

    @Test("A task depending on itself is a cycle of one")
    func selfCycle() {
        let error = #expect(throws: ScheduleError.self) {
            try schedule([Fixture.task("a", start: 0, duration: 1, dependsOn: [Dependency(on: "a")])])
        }
        #expect(error?.cycle == ["a", "a"])
    }

    @Test("As of a date, planned work starts no earlier and open work finishes no earlier")
    func forecast() throws {
        let tasks = [
            Fixture.task("done", .done, start: 0, due: 2),
            Fixture.task("doing", .inProgress, start: 0, due: 4),
            Fixture.task("todo", start: 1, due: 2),
            Fixture.task("after", duration: 2, dependsOn: [Dependency(on: "doing")]),
        ]
        let s = try schedule(tasks, asOf: 8)
        #expect(row(s, "done")?.prefix(2) == [0, 2])
        #expect(row(s, "doing")?.prefix(2) == [0, 8])
        #expect(row(s, "todo")?.prefix(2) == [8, 9])
        #expect(row(s, "after") == [9, 10, 9, 10, 0])
        #expect(row(s, "doing")?.suffix(3) == [0, 8, 0])
    }

    @Test("A long chain schedules in one pass each way")
    func longChain() throws {
        let count = 20_000
        let tasks = (0..<count).map { i in
            Fixture.task(TaskID("t\(i)"), start: i == 0 ? 0 : nil, duration: 1,
                dependsOn: i == 0 ? [] : [Dependency(on: TaskID("t\(i - 1)"))])
        }
        let s = try schedule(tasks)
        #expect(s.tasks.count == count && s.criticalPath.count == count)
        #expect(s.finish == d(count - 1))
    }
}
