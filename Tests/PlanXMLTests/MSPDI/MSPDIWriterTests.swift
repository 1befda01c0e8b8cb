import Foundation
import PlanCore
import PlanXML
import Testing

/// What chb's MSPDI export writes, on a small plan built here.
@Suite("MSPDI export")
struct MSPDIWriterTests {
    let plan: Plan = {
        var clear = Stage(kind: .clear, plannedStart: .on("2026-01-05"), plannedEnd: .on("2026-02-27"))
        clear.tasks = [
            PlanTask(id: "t-a", lead: "pol", status: .done, priority: .high, start: .on("2026-01-05"), due: .on("2026-01-09"),
                completedOn: .on("2026-01-08"), title: "Warrants", description: "Apply & execute", supports: ["lc"]),
            PlanTask(id: "t-b", lead: "lc", status: .inProgress, start: .on("2026-01-12"), durationDays: 3, progress: 50,
                title: "Closure orders", dependencies: [Dependency(on: "t-a", type: .startToStart, lagDays: 2)]),
            PlanTask(id: "t-c", lead: "pol", start: .on("2026-01-20"), durationDays: 0, title: "Review",
                dependencies: [Dependency(on: "t-a"), Dependency(on: "t-b", type: .finishToFinish, lagDays: -1)]),
            PlanTask(id: "t-d", lead: "pol", status: .cancelled, priority: .low, start: .on("2026-01-06"), due: .on("2026-01-06"), title: "Sweep"),
        ]
        var hold = Stage(kind: .hold, plannedStart: .on("2026-03-02"))
        hold.tasks = [PlanTask(id: "t-e", lead: "lc", durationDays: 2, title: "Undated patrol")]
        var build = Stage(kind: .build)
        build.tasks = [PlanTask(id: "t-f", lead: "lc", title: "Undated hub")]
        return Plan(
            id: "op-test", revision: 7, classification: .officialSensitive, title: "Operation Test", area: Area(name: "Area"),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "DI Example", informationSharingAgreement: "ISA-1"),
            agencies: [Agency(id: "pol", kind: .police, name: "Test Police"), Agency(id: "lc", kind: .localAuthority, name: "Test Council")],
            stages: [clear, hold, build])
    }()

    func xml() throws -> String { String(decoding: try MSPDIWriter().write(plan), as: UTF8.self) }

    /// The `Task` element whose `Name` is `name`.
    func taskElement(_ name: String, in xml: String) throws -> String {
        let blocks = xml.components(separatedBy: "<Task>").dropFirst().map { $0.components(separatedBy: "</Task>")[0] }
        return try #require(blocks.first { $0.contains("<Name>\(name)</Name>") }, "no task named \(name)")
    }

    @Test("the document is MSPDI in its namespace, deterministic, with the project summary and marking")
    func header() throws {
        let text = try xml()
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n  <SaveVersion>14</SaveVersion>\n  <Name>Operation Test</Name>\n  <Title>Operation Test</Title>\n"))
        #expect(text.hasSuffix("</Project>\n"))
        #expect(try MSPDIWriter().write(plan) == Array(text.utf8))
        #expect(text.contains("<Subject>OFFICIAL-SENSITIVE – information sharing agreement ISA-1</Subject>"))
        #expect(text.contains("<Company>Test Police</Company>"))
        #expect(text.contains("<Manager>DI Example</Manager>"))
        #expect(text.contains("<StartDate>2026-01-05T08:00:00</StartDate>"))
        #expect(text.contains("<MinutesPerDay>480</MinutesPerDay>"))
        #expect(text.contains("<CalendarUID>1</CalendarUID>"))
    }

    @Test("one calendar works every day of the week, eight hours a day")
    func calendar() throws {
        let text = try xml()
        #expect(text.components(separatedBy: "<Calendar>").count - 1 == 1)
        #expect(text.components(separatedBy: "<DayWorking>1</DayWorking>").count - 1 == 7)
        #expect(text.components(separatedBy: "<FromTime>13:00:00</FromTime>").count - 1 == 7)
        #expect(!text.contains("<DayWorking>0</DayWorking>"))
    }

    @Test("the stages are level-1 summary tasks with their tasks at level 2")
    func outline() throws {
        let text = try xml()
        let project = try taskElement("Operation Test", in: text)
        #expect(project.contains("<UID>0</UID>") && project.contains("<OutlineLevel>0</OutlineLevel>") && project.contains("<Summary>1</Summary>"))
        for (index, stage) in ["Clear", "Hold", "Build"].enumerated() {
            let element = try taskElement(stage, in: text)
            #expect(element.contains("<UID>\(index + 1)</UID>"))
            #expect(element.contains("<OutlineLevel>1</OutlineLevel>") && element.contains("<Summary>1</Summary>"))
            #expect(element.contains("<OutlineNumber>\(index + 1)</OutlineNumber>"))
        }
        let clear = try taskElement("Clear", in: text)
        #expect(clear.contains("<Start>2026-01-05T08:00:00</Start>") && clear.contains("<Finish>2026-02-27T17:00:00</Finish>"))
        let warrants = try taskElement("Warrants", in: text)
        #expect(warrants.contains("<OutlineLevel>2</OutlineLevel>") && warrants.contains("<OutlineNumber>1.1</OutlineNumber>")
            && warrants.contains("<WBS>1.1</WBS>") && warrants.contains("<Summary>0</Summary>"))
        #expect(text.range(of: "<Name>Clear</Name>")!.lowerBound < text.range(of: "<Name>Warrants</Name>")!.lowerBound)
        #expect(text.range(of: "<Name>Review</Name>")!.lowerBound < text.range(of: "<Name>Hold</Name>")!.lowerBound)
    }

    @Test("dates start at 08:00 and finish at 17:00; durations are calendar days of 8 hours")
    func datesAndDurations() throws {
        let text = try xml()
        let warrants = try taskElement("Warrants", in: text)
        #expect(warrants.contains("<Start>2026-01-05T08:00:00</Start>"))
        #expect(warrants.contains("<Finish>2026-01-09T17:00:00</Finish>"))
        #expect(warrants.contains("<Duration>PT40H0M0S</Duration>"))
        #expect(warrants.contains("<ConstraintType>4</ConstraintType>") && warrants.contains("<ConstraintDate>2026-01-05T08:00:00</ConstraintDate>"))
        let closure = try taskElement("Closure orders", in: text)
        #expect(closure.contains("<Finish>2026-01-14T17:00:00</Finish>") && closure.contains("<Duration>PT24H0M0S</Duration>"))
        let review = try taskElement("Review", in: text)
        #expect(review.contains("<Milestone>1</Milestone>") && review.contains("<Duration>PT0H0M0S</Duration>"))
        #expect(review.contains("<Start>2026-01-20T08:00:00</Start>") && review.contains("<Finish>2026-01-20T08:00:00</Finish>"))
    }

    @Test("tasks without dates are estimated from the stage's plannedStart, else the plan's earliest date")
    func undatedTasks() throws {
        let text = try xml()
        let patrol = try taskElement("Undated patrol", in: text)
        #expect(patrol.contains("<Start>2026-03-02T08:00:00</Start>") && patrol.contains("<Finish>2026-03-03T17:00:00</Finish>"))
        #expect(patrol.contains("<Estimated>1</Estimated>") && patrol.contains("<ConstraintType>0</ConstraintType>"))
        let hub = try taskElement("Undated hub", in: text)
        #expect(hub.contains("<Start>2026-01-05T08:00:00</Start>") && hub.contains("<Finish>2026-01-05T17:00:00</Finish>"))
        #expect(hub.contains("<Estimated>1</Estimated>"))
        #expect(try taskElement("Warrants", in: text).contains("<Estimated>0</Estimated>"))
    }

    @Test("completion: done is 100 % with its actual finish, progress is kept, cancelled is inactive")
    func completion() throws {
        let text = try xml()
        let warrants = try taskElement("Warrants", in: text)
        #expect(warrants.contains("<PercentComplete>100</PercentComplete>"))
        #expect(warrants.contains("<ActualFinish>2026-01-08T17:00:00</ActualFinish>"))
        let closure = try taskElement("Closure orders", in: text)
        #expect(closure.contains("<PercentComplete>50</PercentComplete>") && closure.contains("<ActualDuration>PT12H0M0S</ActualDuration>"))
        #expect(!closure.contains("<ActualFinish>"))
        #expect(try taskElement("Review", in: text).contains("<PercentComplete>0</PercentComplete>"))
        let sweep = try taskElement("Sweep", in: text)
        #expect(sweep.contains("<Active>0</Active>") && sweep.contains("<Priority>300</Priority>"))
        #expect(warrants.contains("<Priority>700</Priority>") && warrants.contains("<Notes>Apply &amp; execute</Notes>"))
    }

    @Test("links carry MS Project type codes and lag in tenths of minutes")
    func links() throws {
        let text = try xml()
        #expect(try taskElement("Closure orders", in: text).contains(
            "<PredecessorLink>\n        <PredecessorUID>4</PredecessorUID>\n        <Type>3</Type>\n        <CrossProject>0</CrossProject>\n        <LinkLag>9600</LinkLag>\n        <LagFormat>7</LagFormat>\n      </PredecessorLink>"))
        let review = try taskElement("Review", in: text)
        #expect(review.contains("<PredecessorUID>4</PredecessorUID>\n        <Type>1</Type>"))
        #expect(review.contains("<PredecessorUID>5</PredecessorUID>\n        <Type>0</Type>"))
        #expect(review.contains("<LinkLag>-4800</LinkLag>"))
    }

    @Test("agencies are resources, the lead assigned first and supports after")
    func resourcesAndAssignments() throws {
        let text = try xml()
        #expect(text.contains("<Resource>\n      <UID>1</UID>\n      <ID>1</ID>\n      <Name>Test Police</Name>\n      <Type>1</Type>\n      <IsNull>0</IsNull>\n      <Initials>pol</Initials>\n      <Group>police</Group>"))
        #expect(text.contains("<Name>Test Council</Name>"))
        #expect(text.contains("<Assignment>\n      <UID>1</UID>\n      <TaskUID>4</TaskUID>\n      <ResourceUID>1</ResourceUID>\n      <Units>1</Units>\n    </Assignment>\n    <Assignment>\n      <UID>2</UID>\n      <TaskUID>4</TaskUID>\n      <ResourceUID>2</ResourceUID>"))
        #expect(text.components(separatedBy: "<Assignment>").count - 1 == 7)
    }

    @Test("a character XML cannot hold is refused, not written")
    func badCharacter() throws {
        var bad = plan
        bad.stages[0].tasks[0].title = "Bell \u{07}"
        #expect(throws: PlanWriteError.self) { try MSPDIWriter().write(bad) }
    }
}
