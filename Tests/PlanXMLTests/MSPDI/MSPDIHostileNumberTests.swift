import Foundation
import PlanCore
@testable import PlanXML
import Testing
import TestSupport

/// Regression tests for the numbers that made MSPDI import trap (issue 13): each class of
/// hostile value in `Fixtures/mspdi/` becomes an unmapped item with its element's line, the
/// import gives a plan that validates and reads back, and every date in it is in the years
/// 0001–9999.
@Suite("MSPDI import: hostile numbers and dates")
struct MSPDIHostileNumberTests {
    typealias MS = MSPDITest
    typealias Item = MSPDIUnmappedItem

    /// Imports a fixture from `Tests/PlanXMLTests/Fixtures/mspdi`.
    func fixture(_ name: String) throws -> MSPDIImport {
        let url = TestFiles.repository.appendingPathComponent("Tests/PlanXMLTests/Fixtures/mspdi/\(name)")
        return try MS.reader().read(TestFiles.bytes(url), file: name)
    }

    /// The import's plan is valid, reads back equal, and holds no date outside the calendar.
    func expectSound(_ result: MSPDIImport, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(PlanValidator().validate(result.plan).filter { $0.severity == .error }.isEmpty, sourceLocation: sourceLocation)
        let again = try PlanReader().read(PlanWriter().write(result.plan))
        #expect(again.plan == result.plan, sourceLocation: sourceLocation)
        for task in result.plan.allTasks {
            let dates = [task.start, task.due, task.completedOn, task.firstDay, task.lastDay].compactMap { $0 }
            #expect(dates.allSatisfy { $0.isInCalendar }, "\(task.id): \(dates)", sourceLocation: sourceLocation)
        }
        for stage in result.plan.stages {
            #expect([stage.plannedStart, stage.plannedEnd].compactMap { $0 }.allSatisfy { $0.isInCalendar }, sourceLocation: sourceLocation)
        }
    }

    /// A valid plan with one agency and three empty stages.
    func emptyPlan() -> Plan {
        Plan(
            id: "op-edge", revision: 1, classification: .official, title: "Edges",
            area: Area(name: "Testham"),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "Superintendent"),
            agencies: [Agency(id: "pol", kind: .police, name: "Test Police")],
            stages: [Stage(kind: .clear), Stage(kind: .hold), Stage(kind: .build)],
            history: [HistoryEvent(at: MS.now, agency: "pol", kind: .created, subject: "op-edge", text: "plan created")])
    }

    @Test("PercentComplete that is huge, negative-huge, NaN, infinite, words or over 100 is listed and clamped")
    func percentComplete() throws {
        let result = try fixture("percent-complete.xml")
        try expectSound(result)
        let plan = result.plan
        #expect(try plan.importedTask("t-1").status == .done)  // 1e300: read as 100
        #expect(try plan.importedTask("t-1").completedOn == .on("2026-01-09"))
        for id: TaskID in ["t-2", "t-3", "t-4", "t-5"] { #expect(try plan.importedTask(id).status == .planned) }
        #expect(try plan.importedTask("t-6").status == .done)
        #expect(try plan.importedTask("t-7").progress == 40)
        let items = result.unmapped.filter {
            if case .percentCompleteOutOfRange = $0.kind { true } else { false }
        }
        #expect(items.map(\.line) == [6, 7, 8, 9, 10, 11])
        #expect(items.first?.kind == .percentCompleteOutOfRange(Item.Row(uid: 1, name: "Huge"), text: "1e300", readAs: 100))
        #expect(items.first?.message == "task 'Huge' (UID 1) has PercentComplete '1e300' at line 6, not a number from 0 to 100; read as 100")
    }

    @Test("A Duration too long for chb or the calendar gives no due date and is listed with its line")
    func duration() throws {
        let result = try fixture("duration.xml")
        try expectSound(result)
        let plan = result.plan
        for id: TaskID in ["t-1", "t-2", "t-3", "t-4", "t-5"] {
            #expect(try plan.importedTask(id).due == nil, "\(id)")
            #expect(try plan.importedTask(id).start == .on("2026-01-05"), "\(id)")
        }
        #expect(try plan.importedTask("t-6").start == .on("9999-12-01"))
        #expect(try plan.importedTask("t-6").due == nil)
        #expect(try plan.importedTask("t-7").due == .on("2026-01-09"))
        let beyond = result.unmapped.compactMap { item -> Int? in
            if case .durationBeyondLimit = item.kind { item.line } else { nil }
        }
        #expect(beyond == [7, 8, 9, 10, 11])
        let afterCalendar = result.unmapped.filter { $0.kind == .finishBeyondCalendar(Item.Row(uid: 6, name: "Century at the end"), text: "PT292800H0M0S") }
        #expect(afterCalendar.map(\.line) == [12])
        #expect(afterCalendar.first?.message.contains("which would end it after 9999-12-31") == true)
        // The 400 nines are cut in the message, not copied in full.
        let hours = try #require(result.unmapped.first { $0.line == 8 })
        #expect(hours.message.count < 200)
    }

    @Test("UIDs at the ends of Int import; lags that are not numbers or beyond the limit are dropped and listed")
    func numbers() throws {
        let result = try fixture("numbers.xml")
        try expectSound(result)
        let plan = result.plan
        let lowest = try plan.importedTask("t-m9223372036854775808")
        #expect(lowest.title == "Lowest UID")
        #expect(plan.agency(lowest.lead)?.name == "Lowest")
        let highest = try plan.importedTask("t-9223372036854775807")
        #expect(highest.dependencies == [Dependency(on: lowest.id)])
        #expect(try plan.importedTask("t-3").dependencies == [
            Dependency(on: lowest.id, type: .startToStart), Dependency(on: highest.id, type: .finishToFinish),
        ])
        #expect(try plan.importedTask("t-4").dependencies == [Dependency(on: "t-3", lagDays: PlanValidator.maximumDays)])
        let lags = result.unmapped.compactMap { item -> Int? in
            if case .lagBeyondLimit = item.kind { item.line } else { nil }
        }
        #expect(lags == [9, 12, 13])
        #expect(result.unmapped.contains { $0.message.contains("has LinkLag '1e300' at line 9, not a lag within chb's limit of ±36600 days") })
    }

    @Test("A lag one day beyond the limit is dropped; one at the limit is kept", arguments: [
        (PlanValidator.maximumDays, PlanValidator.maximumDays), (PlanValidator.maximumDays + 1, 0),
        (-PlanValidator.maximumDays, -PlanValidator.maximumDays), (-PlanValidator.maximumDays - 1, 0),
    ])
    func lagLimit(days: Int, kept: Int) throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "A"),
            MS.task(2, "B", start: "2126-01-12T08:00:00", finish: "2126-01-16T17:00:00", links: [MS.link(1, lag: days * 4800)]),
        ]))
        #expect(try result.plan.importedTask("t-2").dependencies.first?.lagDays == kept)
        #expect(result.unmapped.contains { if case .lagBeyondLimit = $0.kind { true } else { false } } == (kept != days))
    }

    @Test("A plan whose task runs past 9999-12-31 is refused by the MSPDI writer, not written with year 10100")
    func exportPastTheEnd() throws {
        var plan = emptyPlan()
        var task = PlanTask(id: "t-edge", lead: plan.governance.leadAgency, title: "Edge")
        task.start = .on("9999-12-01")
        task.durationDays = PlanValidator.maximumDays
        plan.stages[0].tasks = [task]
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
        #expect(throws: PlanWriteError.self) { try MSPDIWriter().write(plan) }
        do {
            _ = try MSPDIWriter().write(plan)
        } catch {
            #expect(error.message.contains("task 't-edge' starts 9999-12-01 and lasts 36600 days"))
        }
    }

    @Test("A task ending on 9999-12-31 round-trips through MSPDI")
    func exportAtTheEnd() throws {
        var plan = emptyPlan()
        var task = PlanTask(id: "t-edge", lead: plan.governance.leadAgency, title: "Edge")
        task.start = .on("9999-12-01")
        task.due = .latest
        plan.stages[0].tasks = [task]
        let result = try MS.reader().read(MSPDIWriter().write(plan), file: "edge.xml")
        try expectSound(result)
        #expect(result.plan.allTasks.first?.start == .on("9999-12-01"))
        #expect(result.plan.allTasks.first?.due == .latest)
    }

    @Test("An import that would not read back is refused, naming why")
    func refusedWhenItWouldNotReadBack() throws {
        // A name within the MSPDI file's value limit, but the chb plan repeats it (title and
        // history), which a tighter limit on the plan's size refuses on reading back.
        let name = String(repeating: "n", count: 2_000)
        let xml = MS.document(project: "<Title>\(name)</Title>", tasks: [MS.task(1, name)])
        var limits = ReadLimits.standard
        limits.maximumInputBytes = xml.utf8.count + 200
        let reader = MSPDIReader(agency: "imp", agencyName: "Importing Agency", importedAt: MS.now, limits: limits)
        #expect(throws: PlanReadError.self) { try reader.read(Array(xml.utf8), file: "big.xml") }
        do {
            _ = try reader.read(Array(xml.utf8), file: "big.xml")
        } catch {
            #expect(error.diagnostics.first?.message.hasPrefix("the imported plan would not read back") == true, "\(error.diagnostics)")
        }
    }

    @Test("Random plans at the calendar's edges export to MSPDI and import back inside the calendar, or are refused", arguments: 0..<25)
    func randomEdgePlans(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        func next(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        var plan = emptyPlan()
        var tasks: [PlanTask] = []
        for i in 0..<8 {
            var task = PlanTask(id: TaskID("t-\(i)"), lead: plan.governance.leadAgency, title: "Task \(i)")
            let anchor = next(0...1) == 0 ? CalendarDate.latest.adding(days: -next(0...500)) : CalendarDate.earliest.adding(days: next(0...500))
            switch next(0...2) {
            case 0: task.start = anchor; task.durationDays = next(1...PlanValidator.maximumDays)
            case 1: task.due = anchor; task.durationDays = next(1...PlanValidator.maximumDays)
            default: task.start = anchor; task.due = anchor
            }
            if i > 0 { task.dependencies = [Dependency(on: TaskID("t-\(next(0...(i - 1)))"), lagDays: next(-PlanValidator.maximumDays...PlanValidator.maximumDays))] }
            tasks.append(task)
        }
        plan.stages[0].tasks = tasks
        let bytes: [UInt8]
        do {
            bytes = try MSPDIWriter().write(plan)
        } catch {
            #expect(error.message.contains("outside the years 0001 to 9999"))
            return
        }
        try expectSound(try MS.reader().read(bytes, file: "edge.xml"))
    }
}

/// Random MSPDI files built from hostile values: whatever the numbers, the import never traps,
/// and a file it accepts gives a plan that validates, reads back equal and stays in the calendar.
@Suite("MSPDI import: random hostile numbers")
struct MSPDIHostilePropertyTests {
    typealias MS = MSPDITest

    /// Values that broke, or nearly broke, the importer: the ends of Int and Double, NaN,
    /// infinities, the limits' edges, and ordinary ones.
    static let numbers = [
        "0", "1", "-1", "50", "100", "101", "-0", "0.5", "99.5", "1e300", "-1e300", "NaN", "inf", "-inf", "1e15", "1e16",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-65535", "36600", "36601", "x", "",
    ]
    static let durations = [
        "PT8H0M0S", "PT0H0M0S", "P99999999999999999Y", "PT" + String(repeating: "9", count: 400) + "H", "P9223372036854775000D",
        "PT999999999999H", "-P1D", "P36600D", "P36601D", "PT292800H0M0S", "P", "PT", "P1.5D", "PT.H", "nonsense",
    ]
    static let dates = [
        "2026-01-05T08:00:00", "2026-01-09T17:00:00", "0001-01-01T00:00:00", "0001-01-01T08:00:00", "9999-12-31T17:00:00",
        "9999-12-01T08:00:00", "10100-02-13T08:00:00", "0000-12-31T08:00:00", "2026-02-30T08:00:00", "2026-01-05", "2026-01-05T99:99:99",
    ]

    @Test("A random hostile file is accepted soundly or refused, never a trap", arguments: 0..<60)
    func randomFile(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 1_000)
        func pick(_ values: [String]) -> String { values[Int.random(in: 0..<values.count, using: &rng)] }
        func maybe(_ name: String, _ values: [String]) -> String {
            Bool.random(using: &rng) ? "<\(name)>\(pick(values))</\(name)>" : ""
        }
        let uids = (1...8).map { _ in Bool.random(using: &rng) ? String(Int.random(in: 1...8, using: &rng)) : pick(Self.numbers) }
        var tasks: [String] = []
        for (i, uid) in uids.enumerated() {
            var task = "<Task><UID>\(uid)</UID><ID>\(i + 1)</ID><Name>Task \(i)</Name>"
            task += maybe("OutlineLevel", ["0", "1", "2", "3"] + Self.numbers)
            task += maybe("Summary", ["0", "1"]) + maybe("Milestone", ["0", "1"]) + maybe("Active", ["0", "1"])
            task += maybe("Start", Self.dates) + maybe("Finish", Self.dates) + maybe("ActualFinish", Self.dates)
            task += maybe("Duration", Self.durations) + maybe("PercentComplete", Self.numbers) + maybe("Priority", Self.numbers)
            task += maybe("ConstraintType", Self.numbers) + maybe("ConstraintDate", Self.dates)
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                task += "<PredecessorLink>" + maybe("PredecessorUID", uids + Self.numbers) + maybe("Type", ["0", "1", "2", "3"] + Self.numbers)
                    + maybe("LinkLag", Self.numbers + ["4800", "2400", "175680000"]) + maybe("LagFormat", ["7", "8", "19", "40"] + Self.numbers)
                    + "</PredecessorLink>"
            }
            tasks.append(task + "</Task>")
        }
        let resources = (0..<3).map { r in
            "<Resource>" + maybe("UID", Self.numbers + ["1", "2"]) + "<Name>Agency \(r)</Name>" + maybe("Type", ["0", "1", "2"] + Self.numbers) + "</Resource>"
        }
        let assignments = (0..<4).map { _ in
            "<Assignment>" + maybe("TaskUID", uids + Self.numbers) + maybe("ResourceUID", Self.numbers + ["1", "2"]) + "</Assignment>"
        }
        let project = "<Title>Random \(seed)</Title>" + maybe("MinutesPerDay", Self.numbers + ["480", "1440"])
            + maybe("DefaultStartTime", ["08:00:00", "00:00:00", "24:00:00", "99:00:00"])
        let xml = MS.document(project: project, tasks: tasks, resources: resources, assignments: assignments)
        let result: MSPDIImport
        do throws(PlanReadError) {
            result = try MS.reader().read(Array(xml.utf8), file: "test.xml")
        } catch {
            // A refusal must say why, in the file's name.
            #expect(!error.diagnostics.isEmpty)
            return
        }
        #expect(PlanValidator().validate(result.plan).filter { $0.severity == .error }.isEmpty, "\(xml)")
        let again = try PlanReader().read(PlanWriter().write(result.plan))
        #expect(again.plan == result.plan)
        for task in result.plan.allTasks {
            let dates = [task.start, task.due, task.completedOn].compactMap { $0 }
            #expect(dates.allSatisfy { $0.isInCalendar }, "\(task.id): \(dates)")
        }
        for item in result.unmapped { #expect(!item.message.isEmpty) }
        // What chb imported it can export again, or refuse with a message.
        do {
            _ = try MSPDIWriter().write(result.plan)
        } catch {
            #expect(error.message.contains("outside the years 0001 to 9999"))
        }
    }
}
