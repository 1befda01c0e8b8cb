import Foundation
import PlanCore
import PlanReports
import Testing

/// The RAG rules one by one, as each format shows them: the status word, and each reason with
/// the level it counts at (`Red: t-late overdue by 1 day (critical path)`). Day 30 throughout.
@Suite("RAG rendering rules")
struct RAGRenderingTests {
    let today = ReportFixture.day(30)

    func report(_ plan: Plan) throws -> StatusReport { try StatusReport(plan: plan, asOf: today) }

    /// The report of a plan whose Clear stage is active (days 0–`plannedEnd`) with these tasks.
    func clearReport(_ tasks: [PlanTask], plannedEnd: Int = 60, measures: [Measure] = []) throws -> StatusReport {
        try report(ReportFixture.plan(clear: ReportFixture.active(.clear, plannedEnd: plannedEnd, tasks), measures: measures))
    }

    /// Checks a stage's RAG and levelled reasons in the model and in every format.
    func expect(_ report: StatusReport, _ kind: StageKind, _ rag: RAG, _ reasons: [(RAG, String)],
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let stage = try #require(report.stage(kind), sourceLocation: sourceLocation)
        #expect(stage.rag == rag, sourceLocation: sourceLocation)
        #expect(stage.reasons.map(\.level) == reasons.map(\.0), sourceLocation: sourceLocation)
        #expect(stage.reasons.map(\.text) == reasons.map(\.1), sourceLocation: sourceLocation)
        let text = report.rendered(as: .text), markdown = report.rendered(as: .markdown), html = report.rendered(as: .html)
        let stateWord = ["notStarted": "Not started", "active": "Active", "complete": "Complete"][stage.state.rawValue]!
        let state = rag == .complete || rag == .notStarted ? "" : "  \(stateWord)"
        #expect(text.contains("\n\(kind.title.uppercased()) STAGE\(state)  \(rag.title.uppercased())\n"), sourceLocation: sourceLocation)
        #expect(markdown.contains("## \(kind.title) stage: **\(rag.title)**"), sourceLocation: sourceLocation)
        #expect(html.contains("<h2 id=\"stage-\(kind.rawValue)\">\(kind.title) stage <span class=\"rag rag-\(rag.rawValue)\">\(rag.title)</span></h2>"),
                sourceLocation: sourceLocation)
        let width = reasons.map(\.0.title.count).max() ?? 0
        for (level, reason) in reasons {
            let pad = String(repeating: " ", count: width - level.title.count)
            #expect(text.contains("    \(level.title)\(pad)  \(reason)"), "text: \(reason)", sourceLocation: sourceLocation)
            // Markdown and HTML write dates as 3 Feb 2026 and put the id after the words.
            let medium = Self.mediumDates(reason)
            #expect(markdown.contains("- **\(level.title)**: \(MarkdownText.escaped(medium))"), "markdown: \(medium)", sourceLocation: sourceLocation)
            #expect(html.contains("<li><span class=\"rag rag-\(level.rawValue)\">\(level.title)</span> <span>\(medium.htmlEscaped)"),
                    "html: \(medium)", sourceLocation: sourceLocation)
        }
        let json = try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as! [String: Any]
        let stages = json["stages"] as! [[String: Any]]
        let entry = try #require(stages.first { $0["kind"] as? String == kind.rawValue }, sourceLocation: sourceLocation)
        #expect(entry["rag"] as? String == rag.rawValue, sourceLocation: sourceLocation)
        #expect(entry["reasons"] as? [String] == reasons.map(\.1), sourceLocation: sourceLocation)
        let details = try #require(entry["reasonDetails"] as? [[String: Any]], sourceLocation: sourceLocation)
        #expect(details.map { $0["level"] as? String } == reasons.map(\.0.rawValue), sourceLocation: sourceLocation)
        let csv = try StrictCSV.parse(report.rendered(as: .csv))
        for row in csv.dropFirst() where row[0] == kind.rawValue {
            #expect(row[1] == rag.rawValue, "csv stageRag of \(row[2])", sourceLocation: sourceLocation)
        }
    }

    @Test("Green: an active stage with nothing overdue or blocked, no reasons")
    func green() throws {
        let r = try clearReport([ReportFixture.task("t-1", .inProgress, start: 0, due: 40), ReportFixture.task("t-2", .done, start: 0, due: 5)])
        try expect(r, .clear, .green, [])
        #expect(r.rendered(as: .html).contains("Green: nothing overdue or blocked"))
    }

    @Test("Amber: an overdue task off the critical path")
    func overdueOffCriticalPath() throws {
        let r = try clearReport([ReportFixture.task("t-late", .inProgress, start: 20, due: 25),
                                 ReportFixture.task("t-long", .inProgress, start: 0, due: 50)])
        try expect(r, .clear, .amber, [(.amber, "Task t-late is 5 days overdue")])
        #expect(r.overdueTasks.map(\.id) == ["t-late"] && r.overdueTasks[0].critical == false)
    }

    @Test("Red: an overdue task on the critical path")
    func overdueOnCriticalPath() throws {
        let r = try clearReport([ReportFixture.task("t-late", .inProgress, start: 0, due: 29)])
        try expect(r, .clear, .red, [(.red, "Task t-late is 1 day overdue (on the critical path)")])
        #expect(r.overdueTasks[0].critical)
        #expect(r.rendered(as: .markdown).contains("| **In progress, overdue** |"))
    }

    @Test("Red: the stage's planned end has passed")
    func plannedEndPassed() throws {
        let r = try clearReport([ReportFixture.task("t-1", .inProgress, start: 0, due: 40)], plannedEnd: 29)
        try expect(r, .clear, .red, [(.red, "planned end of 2026-02-03 has passed")])
    }

    @Test("Red after more than 14 days blocked; 14 days is amber")
    func blockedBoundary() throws {
        let fifteen = try clearReport([ReportFixture.task("t-b", .blocked, start: 0, due: 50, blockedSince: 15),
                                       ReportFixture.task("t-long", start: 0, due: 55)])
        try expect(fifteen, .clear, .red, [(.red, "Task t-b blocked for 15 days")])
        let fourteen = try clearReport([ReportFixture.task("t-b", .blocked, start: 0, due: 50, blockedSince: 16),
                                        ReportFixture.task("t-long", start: 0, due: 55)])
        try expect(fourteen, .clear, .amber, [(.amber, "Task t-b blocked for 14 days")])
        #expect(fourteen.blockedTasks.map(\.daysBlocked) == [14])
        #expect(fourteen.blockedTasks[0].blockedReason == "waiting for the contractor")
    }

    @Test("Amber: a measure of the stage worse than its baseline, in either direction")
    func measureWorseThanBaseline() throws {
        let tasks = [ReportFixture.task("t-1", .inProgress, start: 0, due: 40)]
        let down = try clearReport(tasks, measures: [ReportFixture.measure("m-x", .decrease, baseline: 38, latest: 41)])
        try expect(down, .clear, .amber, [(.amber, "Measure m-x worse than its baseline (41 against 38, lower is better)")])
        let up = try clearReport(tasks, measures: [ReportFixture.measure("m-x", .increase, baseline: 38, latest: 36)])
        try expect(up, .clear, .amber, [(.amber, "Measure m-x worse than its baseline (36 against 38, higher is better)")])
        let other = try clearReport(tasks, measures: [ReportFixture.measure("m-x", .increase, baseline: 38, latest: 36, stage: .hold)])
        try expect(other, .clear, .green, [])
    }

    @Test("Not started: amber once the planned start has passed, otherwise Not started")
    func notStarted() throws {
        let due = try report(ReportFixture.plan(hold: Stage(kind: .hold, plannedStart: ReportFixture.day(10))))
        try expect(due, .hold, .amber, [(.amber, "planned start of 2026-01-15 has passed")])
        let notYet = try report(ReportFixture.plan(hold: Stage(kind: .hold, plannedStart: ReportFixture.day(30))))
        try expect(notYet, .hold, .notStarted, [])
        #expect(notYet.rendered(as: .html).contains("<span class=\"rag rag-notStarted\">Not started</span>"))
    }

    @Test("Complete: a completed stage shows Complete whatever its dates")
    func complete() throws {
        let stage = Stage(kind: .clear, status: .complete, plannedStart: ReportFixture.day(0), plannedEnd: ReportFixture.day(5),
            started: ReportFixture.day(0), completed: ReportFixture.day(9), tasks: [ReportFixture.task("t-1", .done, start: 0, due: 4)])
        let r = try report(ReportFixture.plan(clear: stage))
        try expect(r, .clear, .complete, [])
        #expect(r.stage(.clear)?.endSlipDays == 4)
        #expect(r.rendered(as: .text).contains("completed 2026-01-14 (4 days late)"))
    }

    @Test("Red reasons come before amber ones and each keeps its own level")
    func mixedLevels() throws {
        let r = try clearReport([
            ReportFixture.task("t-b", .blocked, start: 0, due: 50, blockedSince: 5),
            ReportFixture.task("t-late", .inProgress, start: 20, due: 25),
            ReportFixture.task("t-long", .inProgress, start: 0, due: 55),
        ], plannedEnd: 29)
        try expect(r, .clear, .red, [
            (.red, "planned end of 2026-02-03 has passed"), (.red, "Task t-b blocked for 25 days"), (.amber, "Task t-late is 5 days overdue"),
        ])
        #expect(r.stage(.clear)?.reasons.map(\.labelled) == [
            "Red: planned end of 2026-02-03 has passed", "Red: Task t-b blocked for 25 days", "Amber: Task t-late is 5 days overdue",
        ])
    }

    @Test("The plan's status is its worst stage's, in every format")
    func overallIsWorst() throws {
        let plan = ReportFixture.plan(
            clear: ReportFixture.active(.clear, [ReportFixture.task("t-1", .inProgress, start: 0, due: 40)]),
            hold: Stage(kind: .hold, plannedStart: ReportFixture.day(10)))
        let r = try report(plan)
        #expect(r.overall == .amber)
        #expect(r.rendered(as: .text).contains("OVERALL STATUS\n  AMBER   Clear Green · Hold Amber · Build Not started"))
        #expect(r.rendered(as: .markdown).contains("## Overall status: **Amber**"))
        #expect(r.rendered(as: .html).contains("<span class=\"rag rag-amber rag-large\">Amber</span>"))
        #expect(r.rendered(as: .json).contains("\"overall\": \"amber\""))
    }

    @Test("Red reasons are exactly the red rules on every example plan at weekly dates from 2025 to 2028")
    func levelsMatchTheRules() throws {
        for name in TestPlans.names {
            let plan = try TestPlans.load(name)
            var date = CalendarDate(year: 2025, month: 1, day: 6)!
            while date < CalendarDate(year: 2028, month: 1, day: 1)! {
                let report = try StatusReport(plan: plan, asOf: date)
                for stage in report.stages {
                    let red = stage.reasons.filter { $0.level == .red }
                    #expect(red.isEmpty == (stage.rag != .red), "\(name) \(date) \(stage.kind)")
                    for reason in stage.reasons {
                        #expect((reason.level == .red) == Self.isRedByRule(reason.text), "\(name) \(date): \(reason.labelled)")
                    }
                }
                date = date.adding(days: 7)
            }
        }
    }

    /// Whether a reason's words say it is one of the red rules.
    static func isRedByRule(_ text: String) -> Bool {
        if text.hasSuffix("(on the critical path)") || (text.hasPrefix("planned end ") && text.hasSuffix(" has passed")) { return true }
        let words = text.split(separator: " ")
        if words.count >= 4, words[words.count - 4] == "blocked", words[words.count - 3] == "for", let days = Int(words[words.count - 2]) {
            return days > StageStatus.blockedDaysBeforeRed
        }
        return false
    }

    /// The text with each `YYYY-MM-DD` written as `3 Feb 2026`.
    static func mediumDates(_ text: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var out = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: /(\d{4})-(\d{2})-(\d{2})/) {
            let match = rest[range].split(separator: "-").map { Int($0)! }
            out += rest[..<range.lowerBound] + "\(match[2]) \(months[match[1] - 1]) \(match[0])"
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

/// Markdown escaping as the renderer does it, for building expected strings.
enum MarkdownText {
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]|".contains(c) { out += "\\" }
            out.append(c)
        }
        return out
    }
}

extension String {
    /// The string with HTML's special characters escaped.
    var htmlEscaped: String {
        var out = ""
        for c in self {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
