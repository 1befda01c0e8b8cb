import Foundation
import PlanCore
import PlanXML
import Testing

/// One hand-written MSPDI file per mapping rule of the importer.
@Suite("MSPDI import: mapping rules")
struct MSPDIMappingTests {
    typealias MS = MSPDITest

    /// Two tasks, B depending on A through the given link.
    func linked(_ link: String, project: String = "<Title>Links</Title><MinutesPerDay>480</MinutesPerDay>") throws -> MSPDIImport {
        try MS.read(MS.document(project: project, tasks: [
            MS.task(1, "A"),
            MS.task(2, "B", start: "2026-01-12T08:00:00", finish: "2026-01-16T17:00:00", links: [link]),
        ]))
    }

    @Test("FS, SS and FF links map to finishToStart, startToStart and finishToFinish", arguments: [
        (1, Dependency.Kind.finishToStart), (3, .startToStart), (0, .finishToFinish),
    ])
    func linkTypes(code: Int, kind: Dependency.Kind) throws {
        let result = try linked(MS.link(1, type: code))
        #expect(try result.plan.importedTask("t-2").dependencies == [Dependency(on: "t-1", type: kind, lagDays: 0)])
        #expect(result.unmapped.filter { $0.message.contains("link") }.isEmpty)
    }

    @Test("a start-to-finish link is not kept and is listed")
    func startToFinishUnmapped() throws {
        let result = try linked(MS.link(1, type: 2))
        #expect(try result.plan.importedTask("t-2").dependencies.isEmpty)
        #expect(result.unmapped.contains { $0.message.contains("start-to-finish (SF) link from task 'A' (UID 1) to task 'B' (UID 2)") })
    }

    @Test("a link without a Type is finish-to-start")
    func defaultLinkType() throws {
        let result = try linked("<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink>")
        #expect(try result.plan.importedTask("t-2").dependencies == [Dependency(on: "t-1")])
    }

    @Test("lag in tenths of minutes becomes whole days by MinutesPerDay", arguments: [
        (4800, 7, 480, 1), (-4800, 7, 480, -1), (9600, 5, 480, 2), (24000, 9, 480, 5),
        (4200, 7, 420, 1), (14400, 8, 480, 1), (28800, 40, 480, 2),
    ])
    func lagConversion(lag: Int, format: Int, minutesPerDay: Int, days: Int) throws {
        let result = try linked(MS.link(1, lag: lag, format: format),
            project: "<Title>Lag</Title><MinutesPerDay>\(minutesPerDay)</MinutesPerDay>")
        #expect(try result.plan.importedTask("t-2").dependencies.first?.lagDays == days)
        #expect(!result.unmapped.contains { $0.message.contains("lag") })
    }

    @Test("a lag that is not a whole number of days is rounded and the rounding listed")
    func lagRounding() throws {
        let result = try linked(MS.link(1, lag: 2400))  // half a day
        #expect(try result.plan.importedTask("t-2").dependencies.first?.lagDays == 1)
        #expect(result.unmapped.contains { $0.message.contains("is 0.5 days; rounded to 1") })
        let lead = try linked(MS.link(1, lag: -1200))  // a quarter of a day's lead
        #expect(try lead.plan.importedTask("t-2").dependencies.first?.lagDays == 0)
        #expect(lead.unmapped.contains { $0.message.contains("is -0.25 days; rounded to 0") })
    }

    @Test("a lag in percent is dropped from the link and listed")
    func percentLag() throws {
        let result = try linked(MS.link(1, lag: 500, format: 19))
        #expect(try result.plan.importedTask("t-2").dependencies == [Dependency(on: "t-1")])
        #expect(result.unmapped.contains { $0.message.contains("lag in percent") })
    }

    @Test("a milestone becomes a 0-day task on its start day")
    func milestone() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Strike day", start: "2026-03-03T08:00:00", finish: "2026-03-03T08:00:00", milestone: true),
        ]))
        let strike = try result.plan.importedTask("t-1")
        #expect(strike.durationDays == 0)
        #expect(strike.start == .on("2026-03-03") && strike.due == .on("2026-03-03"))
    }

    @Test("100 % is done on the finish day, 50 % in progress, 0 % planned")
    func percentComplete() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Done", percent: 100),
            MS.task(2, "Half", percent: 50),
            MS.task(3, "Not started", percent: 0),
            MS.task(4, "Done early", percent: 100, extra: "<ActualFinish>2026-01-08T17:00:00</ActualFinish>"),
        ]))
        let done = try result.plan.importedTask("t-1")
        #expect(done.status == .done && done.completedOn == .on("2026-01-09") && done.progress == nil)
        let half = try result.plan.importedTask("t-2")
        #expect(half.status == .inProgress && half.progress == 50 && half.completedOn == nil)
        let planned = try result.plan.importedTask("t-3")
        #expect(planned.status == .planned && planned.progress == nil)
        #expect(try result.plan.importedTask("t-4").completedOn == .on("2026-01-08"))
    }

    @Test("an inactive task is cancelled")
    func inactiveIsCancelled() throws {
        let result = try MS.read(MS.document(tasks: [MS.task(1, "Dropped", extra: "<Active>0</Active>")]))
        #expect(try result.plan.importedTask("t-1").status == .cancelled)
    }

    @Test("the first assignment is the lead, the rest support; resources become agencies of kind other")
    func assignments() throws {
        let result = try MS.read(MS.document(
            tasks: [MS.task(1, "Joint visit"), MS.task(2, "Solo")],
            resources: [MS.resource(1, "Severnmouth Fire &amp; Rescue"), MS.resource(2, "Harbour Lights"), MS.resource(3, "Saltings Housing")],
            assignments: [
                MS.assignment(task: 1, resource: 2), MS.assignment(task: 1, resource: 1),
                MS.assignment(task: 1, resource: 3), MS.assignment(task: 2, resource: 3),
            ]))
        let plan = result.plan
        #expect(plan.agencies.map(\.id.rawValue) == ["imp", "a-severnmouth-fire-rescue", "a-harbour-lights", "a-saltings-housing"])
        #expect(plan.agencies.allSatisfy { $0.kind == .other })
        let joint = try plan.importedTask("t-1")
        #expect(joint.lead == "a-harbour-lights")
        #expect(joint.supports == ["a-severnmouth-fire-rescue", "a-saltings-housing"])
        #expect(try plan.importedTask("t-2").lead == "a-saltings-housing")
    }

    @Test("placeholder assignments (resource UID -65535) are skipped; the importing agency leads")
    func placeholderAssignmentSkipped() throws {
        let result = try MS.read(MS.document(
            tasks: [MS.task(1, "Unassigned")],
            resources: ["<Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>"],
            assignments: [MS.assignment(task: 1, resource: -65535)]))
        #expect(try result.plan.importedTask("t-1").lead == "imp")
        #expect(result.plan.agencies.map(\.id) == ["imp"])
        #expect(result.unmapped.isEmpty, "\(result.unmapped.map(\.message))")
    }

    @Test("agency ids from names are portable, unique and never a stage name")
    func agencyIDs() throws {
        let result = try MS.read(MS.document(
            tasks: [MS.task(1, "T")],
            resources: [MS.resource(1, "Équipe d'Été"), MS.resource(2, "Équipe d’été"), MS.resource(3, "***"),
                        MS.resource(4, "Clear"), MS.resource(5, "A very long name that goes on and on for far too many words")]))
        let ids = result.plan.agencies.map(\.id.rawValue)
        #expect(ids == ["imp", "a-equipe-d-ete", "a-equipe-d-ete-2", "a-resource-3", "a-clear",
                        "a-a-very-long-name-that-goes-on-and-on-for"])
        #expect(ids.allSatisfy { $0.isPortableID })
    }

    @Test("the resource named like the importing agency takes its id; otherwise the agency is added")
    func importingAgency() throws {
        let matched = try MS.read(MS.document(
            tasks: [MS.task(1, "T")], resources: [MS.resource(1, "Other"), MS.resource(2, "IMP")],
            assignments: [MS.assignment(task: 1, resource: 2)]))
        #expect(matched.plan.agencies.map(\.id) == ["a-other", "imp"])
        #expect(try matched.plan.importedTask("t-1").lead == "imp")
        let added = try MS.read(MS.document(tasks: [MS.task(1, "T")], resources: [MS.resource(1, "Other")]))
        #expect(added.plan.agencies.map(\.id) == ["imp", "a-other"])
        #expect(added.plan.agencies[0].name == "Importing Agency")
        #expect(added.plan.governance.leadAgency == "imp")
    }

    @Test("material and cost resources are not agencies and are listed")
    func nonWorkResources() throws {
        let result = try MS.read(MS.document(
            tasks: [MS.task(1, "T")], resources: [MS.resource(1, "Concrete", type: 0), MS.resource(2, "Budget", type: 2)],
            assignments: [MS.assignment(task: 1, resource: 1)]))
        #expect(result.plan.agencies.map(\.id) == ["imp"])
        #expect(try result.plan.importedTask("t-1").lead == "imp")
        #expect(result.unmapped.contains { $0.message.contains("'Concrete' (UID 1) is a material resource") })
        #expect(result.unmapped.contains { $0.message.contains("'Budget' (UID 2) is a cost resource") })
    }

    @Test("level-1 summaries named like Clear, Hold and Build choose the stage and its planned window")
    func stageSummaries() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Stage 1: Clear", summary: true, start: "2026-01-05T08:00:00", finish: "2026-02-27T17:00:00"),
            MS.task(2, "Warrants", level: 2),
            MS.task(3, "HOLD", summary: true, start: "2026-03-02T08:00:00", finish: "2026-06-30T17:00:00"),
            MS.task(4, "Patrols", level: 2),
            MS.task(5, "Building community resilience", summary: true),
            MS.task(6, "Youth club", level: 2),
        ]))
        let plan = result.plan
        #expect(plan.stage(of: "t-2") == .clear)
        #expect(plan.stage(of: "t-4") == .hold)
        #expect(plan.stage(of: "t-6") == .build)
        #expect(plan.stages[0].plannedStart == .on("2026-01-05") && plan.stages[0].plannedEnd == .on("2026-02-27"))
        #expect(plan.stages[1].plannedStart == .on("2026-03-02") && plan.stages[1].plannedEnd == .on("2026-06-30"))
        #expect(!result.warnings.contains { $0.code == .mspdiUnstaged })
        #expect(!result.unmapped.contains { $0.message.contains("summary") })
    }

    @Test("the stage is read from a word or the start of the summary's name", arguments: [
        ("Clear", StageKind.clear), ("stage 2 - hold", .hold), ("Build phase", .build), ("Clearance work", .clear),
        ("Holding the ground", .hold), ("Phase 3: BUILD", .build), ("Enforcement", nil), ("Rebuild", nil),
    ])
    func stageNames(name: String, stage: StageKind?) throws {
        let result = try MS.read(MS.document(tasks: [MS.task(1, name, summary: true), MS.task(2, "Work", level: 2)]))
        #expect(result.plan.stage(of: "t-2") == (stage ?? .clear))
        #expect(result.warnings.contains { $0.code == .mspdiUnstaged } == (stage == nil))
    }

    @Test("tasks outside any summary go to Clear with a warning")
    func outsideSummaries() throws {
        let result = try MS.read(MS.document(tasks: [MS.task(1, "Loose"), MS.task(2, "Also loose")]))
        #expect(result.plan.stage(of: "t-1") == .clear && result.plan.stage(of: "t-2") == .clear)
        let warning = try #require(result.warnings.first { $0.code == .mspdiUnstaged })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("2 tasks not under a summary task named Clear, Hold or Build went to stage clear: t-1, t-2"))
    }

    @Test("deeper summaries are flattened and their names listed; the level-1 stage still applies")
    func nestedSummariesFlattened() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(0, "Project", level: 0, summary: true),
            MS.task(1, "Hold", summary: true),
            MS.task(2, "Workstream A", level: 2, summary: true),
            MS.task(3, "Door entry", level: 3),
            MS.task(4, "Sub-workstream", level: 3, summary: true),
            MS.task(5, "CCTV", level: 4),
            MS.task(6, "Review", level: 2),
        ]))
        let plan = result.plan
        #expect(plan.allTasks.map(\.id) == ["t-3", "t-5", "t-6"])
        #expect(["t-3", "t-5", "t-6"].allSatisfy { plan.stage(of: TaskID($0)) == .hold })
        #expect(result.unmapped.contains { $0.message.contains("summary task 'Workstream A' (UID 2) is not kept") })
        #expect(result.unmapped.contains { $0.message.contains("summary task 'Sub-workstream' (UID 4) is not kept") })
        #expect(!result.unmapped.contains { $0.message.contains("'Project'") })
    }

    @Test("a task followed by deeper ones is a summary even without the Summary flag")
    func summaryByOutline() throws {
        let result = try MS.read(MS.document(tasks: [MS.task(1, "Build"), MS.task(2, "Hub", level: 2)]))
        #expect(result.plan.allTasks.map(\.id) == ["t-2"])
        #expect(result.plan.stage(of: "t-2") == .build)
    }

    @Test("links to summary tasks, unknown tasks and cycles are dropped and listed; the plan stays valid")
    func badLinks() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Clear", summary: true),
            MS.task(2, "A", level: 2, links: [MS.link(3)]),
            MS.task(3, "B", level: 2, links: [MS.link(2), MS.link(1), MS.link(99)]),
            MS.task(4, "C", level: 2, links: [MS.link(4)]),
        ]))
        let plan = result.plan
        let dependencies = plan.allTasks.flatMap(\.dependencies)
        #expect(dependencies.count == 1)
        #expect(result.unmapped.contains { $0.message.contains("summary task 'Clear' (UID 1) to task 'B' (UID 3) is not kept") })
        #expect(result.unmapped.contains { $0.message.contains("from UID 99 to task 'B' (UID 3) is not kept") })
        #expect(result.unmapped.contains { $0.message.contains("to itself") })
        #expect(result.unmapped.contains { $0.message.contains("closes the cycle") })
        #expect(!PlanValidator().validate(plan).containsErrors)
    }

    @Test("a finish at the start of a later day ends the day before; a finish before the start is fixed")
    func finishDays() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Overnight", start: "2003-01-07T08:00:00", finish: "2003-01-14T08:00:00"),
            MS.task(2, "Midnight", start: "2003-01-07T08:00:00", finish: "2003-01-09T00:00:00"),
            MS.task(3, "Backwards", start: "2003-01-09T08:00:00", finish: "2003-01-07T17:00:00"),
            MS.task(4, "No dates", start: nil, finish: nil),
        ]))
        let plan = result.plan
        #expect(try plan.importedTask("t-1").due == .on("2003-01-13"))
        #expect(try plan.importedTask("t-2").due == .on("2003-01-08"))
        let backwards = try plan.importedTask("t-3")
        #expect(backwards.start == .on("2003-01-09") && backwards.due == .on("2003-01-09"))
        #expect(result.unmapped.contains { $0.message.contains("'Backwards' (UID 3) finishes (2003-01-07) before it starts") })
        let undated = try plan.importedTask("t-4")
        #expect(undated.start == nil && undated.due == nil)
    }

    @Test("name, notes and priority map to title, description and priority")
    func textAndPriority() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Urgent &amp; visible", extra: "<Priority>800</Priority><Notes>Line one\nLine two\n</Notes>"),
            MS.task(2, "Low", extra: "<Priority>100</Priority>"),
            MS.task(3, "Medium", extra: "<Priority>600</Priority>"),
            MS.task(4, "", extra: ""),
        ]))
        let plan = result.plan
        let urgent = try plan.importedTask("t-1")
        #expect(urgent.title == "Urgent & visible" && urgent.priority == .high && urgent.description == "Line one\nLine two")
        #expect(try plan.importedTask("t-2").priority == .low)
        #expect(try plan.importedTask("t-3").priority == .medium)
        #expect(try plan.importedTask("t-4").title == "Task 4")
        #expect(result.unmapped.contains { $0.message.contains("task UID 4 has no name") })
    }

    @Test("the plan is new, valid and records the import")
    func planHeader() throws {
        let result = try MS.read(MS.document(
            project: "<Title>Operation Wren</Title><Manager>DI Patel</Manager><MinutesPerDay>480</MinutesPerDay>",
            tasks: [MS.task(1, "T")]))
        let plan = result.plan
        #expect(plan.id == "op-operation-wren")
        #expect(plan.title == "Operation Wren")
        #expect(plan.revision == 1)
        #expect(plan.classification == .official)
        #expect(plan.governance.leadResponsibleOfficer == "DI Patel")
        #expect(plan.history.count == 1)
        let event = try #require(plan.history.first)
        #expect(event.kind == .imported && event.agency == "imp" && event.subject == "op-operation-wren" && event.at == MS.now)
        #expect(event.text.hasPrefix("imported from test.xml (Microsoft Project XML): 1 task, 1 agency, 0 links"))
        #expect(!PlanValidator().validate(plan).containsErrors)
    }

    @Test("the marking comes from --classification, and a file marked OFFICIAL-SENSITIVE is never marked lower")
    func classification() throws {
        let sensitive = try MS.read(MS.document(tasks: [MS.task(1, "T")]), classification: .officialSensitive)
        #expect(sensitive.plan.classification == .officialSensitive)
        #expect(sensitive.plan.agencies[0].clearance == .officialSensitive)
        let marked = try MS.read(MS.document(
            project: "<Title>T</Title><Subject>OFFICIAL-SENSITIVE – information sharing agreement X-1</Subject>",
            tasks: [MS.task(1, "T")]))
        #expect(marked.plan.classification == .officialSensitive)
        #expect(marked.warnings.contains { $0.message.contains("the plan keeps that marking") })
    }
}
