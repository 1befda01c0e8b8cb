import Foundation
import PlanCore
import PlanReports
import Testing

/// "Since the last board" as a CSV table (`chb status --format csv --table changes`), read back
/// by the strict RFC 4180 reader: a row per change, none capped, each with its marking.
@Suite("CSV of the changes since the last board")
struct ChangesCSVTests {
    typealias F = ReportFixture

    static let header = ["date", "change", "stage", "id", "text", "detail", "field", "from", "to", "since", "basis", "asOf", "classification"]

    /// Every value of the `change` column.
    static let changeKinds = [
        "stageRag", "started", "done", "newlyOverdue", "redated", "progress", "taskNote", "merged", "newlyBlocked", "unblocked", "criterionMet", "measureObserved", "decision", "override", "note",
    ]

    /// The hand-built history of ``SinceLastBoardTests`` with a gate override on day 49.
    static func plan() -> Plan {
        var plan = SinceLastBoardTests.plan()
        plan.history.append(SinceLastBoardTests.event(49, .override, "t-e", "Sessions started in the church hall before the venue check.", actor: "Supt Reed"))
        return plan
    }

    static func records(_ report: StatusReport) throws -> [[String]] {
        try StrictCSV.parse(report.csv(.changes))
    }

    /// The rows (without the header) as dictionaries by column.
    static func rows(_ report: StatusReport) throws -> [[String: String]] {
        try records(report).dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("A hand-built history gives exactly these rows: stages, then each list in order, with dates, ids, words and the window")
    func handBuiltHistory() throws {
        let report = try StatusReport(plan: Self.plan(), asOf: F.day(50), since: F.day(30))
        let window = ["2026-02-04", "given", "2026-02-24", "OFFICIAL-SENSITIVE"]
        let expected: [[String]] = [
            Self.header,
            ["", "stageRag", "clear", "", "Clear", "Red → Amber (better)", "", "", ""] + window,
            ["", "stageRag", "hold", "", "Hold", "Not started → Not started (no change)", "", "", ""] + window,
            ["", "stageRag", "build", "", "Build", "Not started → Not started (no change)", "", "", ""] + window,
            ["2026-02-19", "done", "clear", "t-b", "Execute the warrants", "Test Police", "", "", ""] + window,
            ["2026-02-14", "newlyOverdue", "clear", "t-d", "Secure the void flats", "Test Homes", "", "", ""] + window,
            ["2026-02-16", "newlyBlocked", "clear", "t-e", "Run the youth sessions", "Test Police: no venue", "status", "inProgress", "blocked"] + window,
            ["2026-02-09", "unblocked", "clear", "t-c", "Fit the CCTV cameras", "Test Council, now in progress", "status", "blocked", "inProgress"] + window,
            ["2026-02-18", "criterionMet", "clear", "c-1", "No deal line for 28 days", "", "", "", ""] + window,
            ["2026-02-21", "measureObserved", "clear", "m-feel", "Measure m-feel", "35 count, worse than its baseline of 40", "", "", ""] + window,
            ["2026-02-22", "decision", "", "op-test", "Board asked for a venue by day 60.", "Chair", "", "", ""] + window,
            ["2026-02-23", "override", "", "t-e", "Sessions started in the church hall before the venue check.", "override by Supt Reed", "", "", ""] + window,
            ["", "note", "", "", "1 later event (override 't-e' at 2026-02-23T10:00:00Z) records no changes, so what it changed cannot be rebuilt and shows as it is now.", "", "", "", ""] + window,
        ]
        let records = try Self.records(report)
        #expect(records.count == expected.count)
        for (got, want) in zip(records, expected) { #expect(got == want) }
    }

    @Test("A decision is a decision whoever took it, even one whose actor reads like an override")
    func decisionByItsEvent() throws {
        var plan = Self.plan()
        plan.history.append(SinceLastBoardTests.event(45, .decision, "op-test", "Carry on.", actor: "override by Chair"))
        let rows = try Self.rows(try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30)))
        let carryOn = try #require(rows.first { $0["text"] == "Carry on." })
        #expect(carryOn["change"] == "decision")
        #expect(rows.filter { $0["change"] == "override" }.map { $0["id"] } == ["t-e"])
    }

    @Test("Each caveat is a note row after the changes, so nothing the section says is lost")
    func notes() throws {
        var plan = Self.plan()
        plan.history.append(SinceLastBoardTests.event(40, .taskUpdated, "t-d", "due date moved"))
        let report = try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30))
        let caveats = try #require(report.changes?.caveats)
        #expect(!caveats.isEmpty)
        let rows = try Self.rows(report)
        let notes = rows.filter { $0["change"] == "note" }
        #expect(notes.map { $0["text"] } == caveats)
        #expect(notes.allSatisfy { $0["date"] == "" && $0["id"] == "" && $0["classification"] == "OFFICIAL-SENSITIVE" })
        #expect(rows.suffix(notes.count).allSatisfy { $0["change"] == "note" }, "notes come last")
    }

    @Test("Rows about a task or a measure carry its own marking, as the task table does; the rest the plan's")
    func marking() throws {
        var plan = Self.plan()
        plan.stages[0].tasks[1].classification = .official          // t-b, done in the window
        plan.measures[0].classification = .official                  // m-feel, observed in the window
        let report = try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30))
        let marking = Dictionary(try Self.rows(report).map { ($0["change"]! + " " + $0["id"]!, $0["classification"]!) }) { a, _ in a }
        #expect(marking["done t-b"] == "OFFICIAL")
        #expect(marking["measureObserved m-feel"] == "OFFICIAL")
        #expect(marking["newlyOverdue t-d"] == "OFFICIAL-SENSITIVE")
        #expect(marking["decision op-test"] == "OFFICIAL-SENSITIVE" && marking["stageRag "] == "OFFICIAL-SENSITIVE")
        let tasksTable = try StrictCSV.parse(report.csv(.tasks))
        let column = try #require(tasksTable.first?.firstIndex(of: "classification"))
        #expect(tasksTable.first { $0[2] == "t-b" }?[column] == "OFFICIAL", "the same marking as t-b's row in the task table")
    }

    @Test("--stage and --agency limit the rows as they limit the section")
    func scoped() throws {
        let council = try StatusReport(plan: Self.plan(), asOf: F.day(50), agency: "cou", since: F.day(30))
        let rows = try Self.rows(council)
        #expect(rows.filter { ["done", "newlyOverdue", "newlyBlocked", "unblocked"].contains($0["change"]) }.map { $0["id"] } == ["t-c"])
        let hold = try StatusReport(plan: Self.plan(), asOf: F.day(50), stage: .hold, since: F.day(30))
        #expect(try Self.rows(hold).filter { $0["change"] == "stageRag" }.map { $0["stage"] } == ["hold"])
        #expect(try Self.rows(hold).allSatisfy { $0["stage"] != "clear" })
    }

    @Test("Commas, quotes, CR and LF in titles, decisions and who decided are quoted with quotes doubled, and read back")
    func awkwardFields() throws {
        var plan = Self.plan()
        plan.stages[0].tasks[1].title = "Execute the \"Ropewalk\" warrants, all six"
        let decision = "Board: \"no venue, no sessions\"\nRevisit on\r\nday 60"
        plan.history.append(SinceLastBoardTests.event(49, .decision, "op-test", decision, actor: "Chair, Testham Board"))
        let report = try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30))
        let csv = report.csv(.changes)
        #expect(csv.contains(",t-b,\"Execute the \"\"Ropewalk\"\" warrants, all six\",Test Police,"))
        #expect(csv.contains(",op-test,\"Board: \"\"no venue, no sessions\"\"\nRevisit on\r\nday 60\",\"Chair, Testham Board\","))
        #expect(csv.hasSuffix("\r\n"))
        let rows = try Self.rows(report)
        #expect(rows.first { $0["id"] == "t-b" }?["text"] == "Execute the \"Ropewalk\" warrants, all six")
        let row = try #require(rows.first { $0["detail"] == "Chair, Testham Board" })
        #expect(row["text"] == decision && row["change"] == "decision")
    }

    @Test("Every change is a row, past the 5 that text, Markdown and HTML show of each list")
    func uncapped() throws {
        var tasks: [PlanTask] = []
        for n in 1...8 {
            var task = F.task(TaskID("t-\(n)"), .done, start: 0, due: 60, title: "Leaflet drop \(n)")
            task.completedOn = F.day(30 + n)
            tasks.append(task)
        }
        var feel = F.measure("m-feel", .increase, baseline: 40, latest: nil)
        for n in 1...7 { feel.observations.append(Observation(date: F.day(40 + n), value: DecimalValue(40 + n))) }
        let plan = F.plan(clear: F.active(.clear, plannedEnd: 90, tasks), measures: [feel])
        let report = try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30))
        #expect(report.rendered(as: .text).contains("and 3 more"), "the text report caps the list at 5")
        let rows = try Self.rows(report)
        #expect(rows.filter { $0["change"] == "done" }.map { $0["id"] } == (1...8).map { "t-\($0)" })
        #expect(rows.filter { $0["change"] == "measureObserved" }.map { $0["date"] } == (1...7).map { F.day(40 + $0).description })
    }

    @Test("Each example plan, whole and scoped: a row for every stage, item and caveat, all ten fields, none lost",
          arguments: TestPlans.names)
    func complete(_ name: String) throws {
        let plan = try TestPlans.load(name)
        let lead = plan.stages.flatMap(\.tasks).last?.lead
        for (stage, agency) in [(nil, nil), (StageKind.hold, nil), (nil, lead)] as [(StageKind?, AgencyID?)] {
            let report = try StatusReport(plan: plan, asOf: TestPlans.asOf, stage: stage, agency: agency, since: TestPlans.asOf.adding(days: -120))
            let c = try #require(report.changes)
            let records = try Self.records(report)
            #expect(records.first == Self.header)
            #expect(records.allSatisfy { $0.count == Self.header.count })
            #expect(records.dropFirst().allSatisfy { Self.changeKinds.contains($0[1]) }, "every change is a documented kind")
            let items = c.lists.flatMap(\.items)
            #expect(records.count == 1 + c.stages.count + items.count + c.caveats.count, "\(name) \(String(describing: stage)) \(String(describing: agency))")
            #expect(records.dropFirst(1 + c.stages.count).prefix(items.count).map { $0[3] } == items.map(\.id))
        }
    }

    @Test("The task table is today's CSV, byte for byte", arguments: TestPlans.names)
    func tasksUnchanged(_ name: String) throws {
        let report = try TestPlans.report(name)
        #expect(report.csv(.tasks) == report.rendered(as: .csv))
        #expect(report.csv(.tasks) == String(decoding: try Golden.bytes("\(name).csv"), as: UTF8.self))
    }

    @Test("A report assembled without the section gives the header row only")
    func noSection() throws {
        var report = try StatusReport(plan: Self.plan(), asOf: F.day(50), since: F.day(30))
        report.changes = nil
        #expect(report.csv(.changes) == Self.header.joined(separator: ",") + "\r\n")
    }

    @Test("Python's csv module (strict) reads the same records", .enabled(if: Tools.find("python3") != nil, "python3 is not installed"))
    func python() throws {
        var plan = Self.plan()
        plan.history.append(SinceLastBoardTests.event(49, .decision, "op-test", "Say \"yes\",\nthen go", actor: "Chair, Board"))
        let csv = try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30)).csv(.changes)
        let script = """
            import csv, io, json, sys
            data = sys.stdin.buffer.read().decode('utf-8')
            rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
            json.dump(rows, sys.stdout)
            """
        let run = try Tools.run(Tools.find("python3")!, ["-c", script], stdin: Data(csv.utf8))
        #expect(run.status == 0, "\(String(decoding: run.stderr, as: UTF8.self))")
        let rows = try JSONSerialization.jsonObject(with: run.stdout) as? [[String]]
        #expect(rows == (try StrictCSV.parse(csv)))
    }
}
