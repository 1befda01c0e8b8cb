import PlanCore
import PlanReports
import Testing

/// What `chb task list` and `chb task show` print, from the small plan of ``ListingTests``.
@Suite("Task listing and detail")
struct TaskListingTests {
    @Test("A task dated only by its dependencies has the schedule's dates; an undatable one has none")
    func scheduledDates() throws {
        let listing = TaskListing(plan: ListingTests.smallPlan())
        #expect(listing.rows.map(\.task.id) == ["a", "b", "m", "c", "x", "h"])
        let b = try #require(listing.rows.first { $0.task.id == "b" })
        #expect(b.task.start == nil && b.scheduled?.earlyStart == ReportFixture.day(3) && b.scheduled?.earlyFinish == ReportFixture.day(4))
        #expect(listing.rows.first { $0.task.id == "x" }?.scheduled == nil)
        #expect(listing.rendered(as: .csv).hasPrefix("id,stage,status,lead,supports,start,due,durationDays,scheduledStart,scheduledFinish,progress,title\r\n"))
    }

    @Test("Filters combine: stage, agency leading or supporting, status")
    func filters() {
        let plan = ListingTests.smallPlan()
        #expect(TaskListing(plan: plan, stage: .hold).rows.map(\.task.id) == ["h"])
        #expect(TaskListing(plan: plan, agency: "cou").rows.map(\.task.id) == ["h"])
        #expect(TaskListing(plan: plan, stage: .clear, status: .inProgress).rows.isEmpty)
        #expect(TaskListing(plan: plan, status: .inProgress).rendered(as: .text).hasSuffix("1 of 6 tasks; revision \(plan.revision)\n"))
    }

    @Test("Detail: nil for an unknown task; JSON names every field in order")
    func detail() throws {
        let plan = ListingTests.smallPlan()
        #expect(TaskDetail(plan: plan, task: "nope") == nil)
        let m = try #require(TaskDetail(plan: plan, task: "m"))
        #expect(m.critical)
        #expect(m.rendered(as: .json).hasPrefix(#"{"id":"m","title":"M","stage":"clear","status":"planned","lead":"pol","supports":[],"priority":"medium""#))
        #expect(m.rendered(as: .text).contains("depends on:  b (finish to start) B\n"))
    }
}
