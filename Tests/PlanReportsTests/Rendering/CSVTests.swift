import Foundation
import PlanCore
import PlanReports
import Testing

/// The CSV format read back by a strict RFC 4180 reader, and by Python's `csv` module.
@Suite("CSV")
struct CSVTests {
    static let header = [
        "stage", "stageRag", "id", "title", "lead", "supports", "status", "priority", "start", "due", "milestone",
        "progress", "completedOn", "overdue", "daysOverdue", "blockedSince", "daysBlocked", "blockedReason",
        "critical", "slackDays", "classification", "datesScheduled",
    ]

    @Test("Each example plan reads back as a header row and one row per task, fields matching the report", arguments: TestPlans.names)
    func readsBack(_ name: String) throws {
        let report = try TestPlans.report(name)
        let csv = report.rendered(as: .csv)
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "no bare CR outside quoted fields")
        let records = try StrictCSV.parse(csv)
        #expect(records.first == Self.header)
        #expect(records.count == report.tasks.count + 1)
        for (record, task) in zip(records.dropFirst(), report.tasks) {
            #expect(record.count == Self.header.count)
            let row = Dictionary(uniqueKeysWithValues: zip(Self.header, record))
            #expect(row["id"] == task.id.rawValue && row["title"] == task.title && row["stage"] == task.stage.rawValue)
            #expect(row["stageRag"] == report.stage(task.stage)?.rag.rawValue)
            #expect(row["supports"] == task.supports.map(\.rawValue).joined(separator: ";"))
            #expect(row["overdue"] == String(task.isOverdue) && row["critical"] == String(task.critical))
            #expect(row["daysBlocked"] == (task.daysBlocked.map(String.init) ?? ""))
            #expect(row["blockedReason"] == (task.blockedReason ?? ""))
        }
    }

    @Test("Commas, quotes, CR and LF in fields are quoted with quotes doubled, and survive the round trip")
    func awkwardFields() throws {
        let title = "Say \"hello\", then\nwave\r\nand go"
        var blocked = ReportFixture.task("t-odd", .blocked, start: 0, due: 50, title: title)
        blocked.blockedReason = "Contractor said: \"not before March\", sadly"
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [blocked, ReportFixture.task("t-plain", start: 0, due: 55)]))
        let csv = try StatusReport(plan: plan, asOf: ReportFixture.day(30)).rendered(as: .csv)
        #expect(csv.contains(",\"Say \"\"hello\"\", then\nwave\r\nand go\","))
        #expect(csv.contains(",\"Contractor said: \"\"not before March\"\", sadly\","))
        let records = try StrictCSV.parse(csv)
        #expect(records[1][3] == title)
        #expect(records[1][17] == "Contractor said: \"not before March\", sadly")
        #expect(records[2][3] == "Task t-plain")
    }

    @Test("Text a spreadsheet would run as a formula gets a leading apostrophe; numbers and other text do not")
    func formulaInjection() throws {
        let hostile = ["=HYPERLINK(\"http://example.invalid\",\"Click\")", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(1,2)", "\tTab", "\r\nLine"]
        var tasks = hostile.enumerated().map { ReportFixture.task(TaskID("t-\($0.offset)"), .blocked, start: 0, due: 50, title: $0.element) }
        tasks[0].blockedReason = "=1+1"
        tasks.append(ReportFixture.task("t-late", start: 0, due: 10, title: "Safe title - with a dash = and at @"))
        tasks.append(ReportFixture.task("t-number", start: 0, due: 10, title: "-12.5"))
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, tasks))
        let report = try StatusReport(plan: plan, asOf: ReportFixture.day(30))
        let records = try StrictCSV.parse(report.rendered(as: .csv))
        let title = try #require(Self.header.firstIndex(of: "title"))
        #expect(records.dropFirst().prefix(hostile.count).map { $0[title] } == hostile.map { "'" + $0 })
        #expect(records[1][Self.header.firstIndex(of: "blockedReason")!] == "'=1+1")
        #expect(records.dropLast().last?[title] == "Safe title - with a dash = and at @")
        #expect(records.last?[title] == "-12.5", "a number stays a number, however it starts")
    }

    @Test("The strict reader refuses what RFC 4180 does not allow")
    func strictReader() throws {
        for bad in ["a,b\n", "a,b", "a\"b,c\r\n", "\"a\"b,c\r\n", "\"open,c\r\n", "a\rb\r\n", "a,\r\nb,"] {
            #expect(throws: StrictCSV.Failure.self, "\(bad.debugDescription)") { try StrictCSV.parse(bad) }
        }
        #expect(try StrictCSV.parse("a,\"b,\"\"c\"\"\r\nd\",\r\n") == [["a", "b,\"c\"\r\nd", ""]])
    }

    @Test("Python's csv module (strict) reads the same records", .enabled(if: Tools.find("python3") != nil, "python3 is not installed"),
          arguments: TestPlans.names)
    func python(_ name: String) throws {
        let csv = try TestPlans.report(name).rendered(as: .csv)
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
