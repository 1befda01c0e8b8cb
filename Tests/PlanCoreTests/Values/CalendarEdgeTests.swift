import PlanCore
import Testing

/// Date arithmetic at the ends of the calendar and of `Int`: nothing traps, and nothing chb
/// schedules leaves the years 0001–9999.
@Suite("Calendar edges")
struct CalendarEdgeTests {
    @Test("The calendar runs from 0001-01-01 to 9999-12-31")
    func bounds() {
        #expect(CalendarDate.earliest == CalendarDate("0001-01-01"))
        #expect(CalendarDate.latest == CalendarDate("9999-12-31"))
        #expect(CalendarDate.earliest.isInCalendar && CalendarDate.latest.isInCalendar)
        #expect(!CalendarDate.earliest.adding(days: -1).isInCalendar)
        #expect(!CalendarDate.latest.adding(days: 1).isInCalendar)
    }

    @Test("checkedAdding(days:) is nil outside the calendar and on overflow", arguments: [
        (CalendarDate.latest, 1), (CalendarDate.earliest, -1), (CalendarDate.latest, Int.max),
        (CalendarDate.earliest, Int.min), (CalendarDate(dayNumber: Int.max), 1), (CalendarDate("9999-12-01")!, 36_599),
    ])
    func checkedAddingLeaves(date: CalendarDate, days: Int) {
        #expect(date.checkedAdding(days: days) == nil)
    }

    @Test("checkedAdding(days:) is adding(days:) inside the calendar")
    func checkedAddingStays() {
        #expect(CalendarDate.latest.checkedAdding(days: 0) == .latest)
        #expect(CalendarDate.earliest.checkedAdding(days: 3_652_058) == .latest)
        #expect(CalendarDate("9999-12-01")!.checkedAdding(days: 30) == CalendarDate.latest)
    }

    @Test("adding(days:) and days(to:) saturate instead of trapping")
    func saturating() {
        let far = CalendarDate.latest.adding(days: Int.max)
        #expect(far.dayNumber == Int.max)
        #expect(CalendarDate.earliest.adding(days: Int.min).dayNumber == Int.min)
        #expect(CalendarDate(dayNumber: Int.min).days(to: CalendarDate(dayNumber: Int.max)) == Int.max)
        #expect(CalendarDate(dayNumber: Int.max).days(to: CalendarDate(dayNumber: Int.min)) == Int.min)
    }

    @Test("Day numbers far outside the calendar still have components", arguments: [Int.max, Int.min, Int.max - 719_468, Int.min + 1])
    func extremeComponents(dayNumber: Int) {
        let date = CalendarDate(dayNumber: dayNumber)
        #expect(!date.isInCalendar)
        #expect(!date.description.isEmpty)
    }

    @Test("components agree with the original algorithm across the calendar", arguments: Array(stride(from: -719_162, through: 2_932_896, by: 9_973)))
    func componentsRoundTrip(dayNumber: Int) throws {
        let date = CalendarDate(dayNumber: dayNumber)
        let (y, m, d) = date.components
        #expect(CalendarDate(year: y, month: m, day: d) == date)
    }

    // MARK: Scheduling at the edges

    func plan(_ tasks: [PlanTask]) -> Plan {
        var plan = Plan(
            id: "op-edge", revision: 1, classification: .official, title: "Edges",
            area: Area(name: "Testham"),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "Superintendent"),
            agencies: [Agency(id: "pol", kind: .police, name: "Test Police")],
            stages: [Stage(kind: .clear), Stage(kind: .hold), Stage(kind: .build)],
            history: [])
        plan.stages[0].tasks = tasks
        return plan
    }

    func task(_ id: TaskID, start: String? = nil, due: String? = nil, days: Int? = nil, after: [Dependency] = []) -> PlanTask {
        PlanTask(id: id, lead: "pol", start: start.flatMap(CalendarDate.init), due: due.flatMap(CalendarDate.init),
            durationDays: days, title: "Task \(id)", dependencies: after)
    }

    @Test("A successor a long lag would push past 9999-12-31 is unscheduled, with the reason")
    func pastTheEnd() throws {
        let plan = plan([
            task("a", start: "9999-12-01", due: "9999-12-31"),
            task("b", days: 5, after: [Dependency(on: "a", lagDays: PlanValidator.maximumDays)]),
            task("c", days: 1, after: [Dependency(on: "b")]),
        ])
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
        let schedule = try plan.schedule()
        #expect(schedule.unscheduled == ["b", "c"])
        #expect(schedule.unscheduledReasons["b"] == .outsideCalendar)
        #expect(schedule.finish == CalendarDate.latest)
        #expect(schedule.tasks.allSatisfy { [$0.earlyStart, $0.earlyFinish, $0.lateStart, $0.lateFinish].allSatisfy { $0.isInCalendar } })
    }

    @Test("A successor a long negative lag would pull before 0001-01-01 is unscheduled, with the reason")
    func beforeTheStart() throws {
        let plan = plan([
            task("a", start: "0001-01-01", due: "0001-01-10"),
            task("b", days: 5, after: [Dependency(on: "a", type: .finishToFinish, lagDays: -PlanValidator.maximumDays)]),
        ])
        let schedule = try plan.schedule()
        #expect(schedule.unscheduled == ["b"])
        #expect(schedule.unscheduledReasons["b"] == .outsideCalendar)
    }

    @Test("A task whose own duration runs past 9999-12-31 is unscheduled")
    func ownDurationPastTheEnd() throws {
        let schedule = try plan([task("a", start: "9999-12-01", days: PlanValidator.maximumDays)]).schedule()
        #expect(schedule.unscheduled == ["a"])
        #expect(schedule.start == nil && schedule.finish == nil)
    }

    @Test("A task's implied first or last day outside the calendar is nil, and the task unscheduled")
    func impliedDaysOutside() throws {
        let late = task("late", start: "9999-12-01", days: 400)
        #expect(late.lastDay == nil && late.firstDay == CalendarDate("9999-12-01"))
        let early = task("early", due: "0001-01-10", days: 400)
        #expect(early.firstDay == nil && early.lastDay == CalendarDate("0001-01-10"))
        // On its own it cannot be dated (not even from its stage's planned start) …
        var alone = plan([early, late])
        alone.stages[0].plannedStart = CalendarDate("0001-01-01")
        let schedule = try alone.schedule()
        #expect(schedule.unscheduled == ["early", "late"])
        #expect(schedule.unscheduledReasons["early"] == .outsideCalendar)
        // … but a predecessor pushes it later, into the calendar, as it pushes any task.
        var pushed = early
        pushed.dependencies = [Dependency(on: "a")]
        let chained = try plan([task("a", start: "0001-01-01", due: "0001-01-01"), pushed]).schedule()
        #expect(chained["early"]?.earlyStart == CalendarDate("0001-01-02"))
    }

    @Test("Random chains at both ends of the calendar never schedule outside it", arguments: 0..<20)
    func randomEdgeChains(seed: Int) throws {
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next(_ range: ClosedRange<Int>) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return range.lowerBound + Int(state % UInt64(range.count))
        }
        let anchor = seed.isMultiple(of: 2) ? CalendarDate.latest.adding(days: -next(0...400)) : CalendarDate.earliest.adding(days: next(0...400))
        var tasks = [task("t0", start: anchor.description, days: next(1...50))]
        for i in 1..<12 {
            let type: Dependency.Kind = [.finishToStart, .startToStart, .finishToFinish][next(0...2)]
            let lag = next(-PlanValidator.maximumDays...PlanValidator.maximumDays)
            tasks.append(task(TaskID("t\(i)"), days: next(0...PlanValidator.maximumDays),
                after: [Dependency(on: TaskID("t\(next(0...(i - 1)))"), type: type, lagDays: lag)]))
        }
        let schedule = try plan(tasks).schedule()
        for scheduled in schedule.tasks {
            #expect([scheduled.earlyStart, scheduled.earlyFinish, scheduled.lateStart, scheduled.lateFinish].allSatisfy { $0.isInCalendar },
                "\(scheduled.id): \(scheduled.earlyStart)–\(scheduled.earlyFinish)")
        }
        #expect(schedule.tasks.count + schedule.unscheduled.count == tasks.count)
    }
}
