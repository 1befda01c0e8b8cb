import Foundation
import PlanCore
import PlanReports
import Testing

/// What goes into a report: counts, lists, filters, trends, risks and history.
@Suite("Report contents")
struct StatusReportTests {
    let today = ReportFixture.day(30)

    @Test("Percentage complete is done ÷ not cancelled, rounded down, and nil when nothing counts")
    func percentComplete() {
        typealias Counts = StatusReport.TaskCounts
        #expect(Counts(planned: 1, done: 2, cancelled: 5).percentComplete == 66)
        #expect(Counts(inProgress: 1, done: 199).percentComplete == 99)
        #expect(Counts(done: 3, cancelled: 1).percentComplete == 100)
        #expect(Counts(cancelled: 2).percentComplete == nil)
        #expect(Counts().percentComplete == nil)
        #expect(Counts([.planned, .done, .done, .blocked]) == Counts(planned: 1, blocked: 1, done: 2))
    }

    @Test("Task counts, criteria met and dates per stage")
    func stageSection() throws {
        var stage = ReportFixture.active(.clear, [
            ReportFixture.task("t-a", .done, start: 0, due: 5), ReportFixture.task("t-b", .inProgress, start: 0, due: 50),
            ReportFixture.task("t-c", .cancelled, start: 0, due: 5), ReportFixture.task("t-d", start: 40, due: 45),
        ])
        stage.plannedStart = ReportFixture.day(-3)
        stage.nextReview = ReportFixture.day(33)
        stage.objectives = ["Close the line."]
        stage.exitCriteria = [ExitCriterion(id: "c-1", met: true, metOn: ReportFixture.day(4), statement: "Line closed."),
                              ExitCriterion(id: "c-2", statement: "Children safe.")]
        let report = try StatusReport(plan: ReportFixture.plan(clear: stage), asOf: today)
        let s = try #require(report.stage(.clear))
        #expect(s.counts == StatusReport.TaskCounts(planned: 1, inProgress: 1, done: 1, cancelled: 1))
        #expect(s.counts.percentComplete == 33)
        #expect(s.criteriaMet == 1 && s.criteria.count == 2)
        #expect(s.startSlipDays == 3)
        #expect(s.forecastEnd == ReportFixture.day(50))
        #expect(s.endSlipDays == -10)
        let text = report.rendered(as: .text)
        #expect(text.contains("  Tasks:        4 tasks: 1 planned, 1 in progress, 0 blocked, 1 done, 1 cancelled"))
        #expect(text.contains("  Complete:     33% (done ÷ not cancelled)"))
        #expect(text.contains("  Exit criteria: 1 of 2 met\n    [x] Line closed. (met 2026-01-09)\n    [ ] Children safe."))
        #expect(text.contains("  Next review:  2026-02-07 (in 3 days)"))
        #expect(text.contains("started 2026-01-05 (3 days late); open work forecast to finish 2026-02-24 (10 days early)"))
        #expect(report.rendered(as: .markdown).contains("- [x] Line closed. (met 9 Jan 2026)"))
    }

    @Test("Due soon: open, not overdue, last day from today to 14 days ahead; soonest first")
    func dueSoon() throws {
        let report = try StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, plannedEnd: 90, [
            ReportFixture.task("t-15", start: 0, due: 45), ReportFixture.task("t-14", start: 0, due: 44),
            ReportFixture.task("t-today", .inProgress, start: 0, due: 30), ReportFixture.task("t-late", start: 0, due: 29),
            ReportFixture.task("t-done", .done, start: 0, due: 35), ReportFixture.task("t-blocked", .blocked, start: 0, due: 31),
            ReportFixture.task("t-milestone", start: 40, duration: 0),
        ])), asOf: today)
        #expect(report.dueSoonTasks.map(\.id) == ["t-today", "t-blocked", "t-milestone", "t-14"])
        #expect(report.dueSoonUntil == ReportFixture.day(44))
        #expect(report.overdueTasks.map(\.id) == ["t-late"])
        #expect(report.task("t-milestone")?.isMilestone == true)
    }

    @Test("Overdue tasks are listed most overdue first, blocked tasks longest blocked first")
    func ordering() throws {
        let report = try StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, plannedEnd: 90, [
            ReportFixture.task("t-1", .inProgress, start: 0, due: 25), ReportFixture.task("t-2", start: 0, due: 10),
            ReportFixture.task("t-3", .blocked, start: 0, due: 28, blockedSince: 20), ReportFixture.task("t-4", .blocked, start: 0, due: 80, blockedSince: 2),
            ReportFixture.task("t-long", start: 0, due: 90),
        ])), asOf: today)
        #expect(report.overdueTasks.map(\.id) == ["t-2", "t-1", "t-3"])
        #expect(report.overdueTasks.map(\.daysOverdue) == [20, 5, 2])
        #expect(report.blockedTasks.map(\.id) == ["t-4", "t-3"])
        #expect(report.blockedTasks.map(\.daysBlocked) == [28, 10])
    }

    @Test("The critical path is the zero-slack chain of the remaining work, forecast from the date: a done task is behind it")
    func criticalPath() throws {
        let report = try StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, plannedEnd: 90, [
            ReportFixture.task("t-a", .done, start: 0, due: 9), ReportFixture.task("t-b", start: 10, due: 60, dependsOn: [Dependency(on: "t-a")]),
            ReportFixture.task("t-side", start: 10, due: 20),
        ])), asOf: today)
        #expect(report.criticalPath.map(\.id) == ["t-b"])
        #expect(report.openCriticalTasks.map(\.id) == ["t-b"])
        #expect(report.task("t-side")?.slackDays == 40)
    }

    @Test("A task dated only by its dependencies takes its scheduled dates in every format, marked as scheduled, and can be overdue")
    func scheduledDates() throws {
        let report = try StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, plannedEnd: 90, [
            ReportFixture.task("t-first", .done, start: 0, due: 9),
            ReportFixture.task("t-after", duration: 5, dependsOn: [Dependency(on: "t-first")], title: "Follow on"),
            ReportFixture.task("t-own", start: 0, due: 60),
        ])), asOf: today)
        let after = try #require(report.task("t-after"))
        #expect(after.firstDay == ReportFixture.day(10) && after.lastDay == ReportFixture.day(14) && after.datesScheduled)
        #expect(after.daysOverdue == 16 && report.overdueTasks.map(\.id) == ["t-after"])
        #expect(report.task("t-own")?.datesScheduled == false)
        let text = report.rendered(as: .text), markdown = report.rendered(as: .markdown), html = report.rendered(as: .html)
        let last = ReportFixture.day(14)
        #expect(text.contains("\(last) (scheduled)"))
        #expect(markdown.contains("(scheduled)"))
        #expect(html.contains("(scheduled)") && !html.contains("not dated"))
        #expect(report.rendered(as: .json).contains("\"datesScheduled\": true"))
    }

    @Test("A dependency cycle leaves no critical path and says why")
    func cycle() throws {
        let report = try StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-a", start: 0, due: 9, dependsOn: [Dependency(on: "t-b")]),
            ReportFixture.task("t-b", start: 0, due: 9, dependsOn: [Dependency(on: "t-a")]),
        ])), asOf: today)
        #expect(report.criticalPath.isEmpty)
        #expect(report.scheduleProblem?.hasPrefix("the plan cannot be scheduled: dependencies form a cycle") == true)
        #expect(report.rendered(as: .text).contains("  Not available: the plan cannot be scheduled: dependencies form a cycle"))
    }

    @Test("Per agency: tasks led and supported, and open, overdue and blocked among those it leads")
    func agencies() throws {
        let report = try StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, plannedEnd: 90, [
            ReportFixture.task("t-1", .inProgress, start: 0, due: 20, lead: "cou", supports: ["pol"]),
            ReportFixture.task("t-2", .blocked, start: 0, due: 50, lead: "cou"),
            ReportFixture.task("t-3", .done, start: 0, due: 5, lead: "pol", supports: ["cou"]),
        ])), asOf: today)
        #expect(report.agencies.map(\.id) == ["pol", "cou"])
        let council = try #require(report.agencies.first { $0.id == "cou" })
        #expect((council.leads, council.supports, council.open, council.overdue, council.blocked) == (2, 1, 2, 1, 1))
        let police = try #require(report.agencies.first { $0.id == "pol" })
        #expect((police.leads, police.supports, police.open, police.overdue, police.blocked) == (1, 1, 0, 0, 0))
    }

    @Test("--agency keeps only the tasks the agency leads or supports, says so, and keeps whole-stage RAG")
    func agencyScope() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-mine", .inProgress, start: 0, due: 40, lead: "hou"),
            ReportFixture.task("t-helping", .inProgress, start: 0, due: 40, lead: "pol", supports: ["hou"]),
            ReportFixture.task("t-other", .blocked, start: 0, due: 40, lead: "cou", blockedSince: 2),
        ]))
        let report = try StatusReport(plan: plan, asOf: today, agency: "hou")
        #expect(report.tasks.map(\.id) == ["t-mine", "t-helping"])
        #expect(report.blockedTasks.isEmpty)
        #expect(report.stage(.clear)?.rag == .red)
        #expect(report.stage(.clear)?.reasons.map(\.text) == ["Task t-other blocked for 28 days"])
        #expect(report.stage(.clear)?.reasons.map(\.subject) == ["t-other"])
        #expect(report.agencies.map(\.id) == ["hou"])
        #expect(report.scope.summary == "tasks that Test Homes (hou) leads or supports")
        for (format, output) in report.allRenderings where format != .csv {
            #expect(output.contains("tasks that Test Homes (hou) leads or supports"), "\(format)")
        }
        #expect(report.rendered(as: .text).contains("  Tasks:        2 tasks in scope: 0 planned, 2 in progress"))
    }

    @Test("An agency the plan does not have is refused with its code")
    func unknownAgency() {
        let error = #expect(throws: StatusReportError.self) {
            try StatusReport(plan: ReportFixture.plan(), asOf: today, agency: "mi5")
        }
        #expect(error?.code == .unknownAgency)
        #expect(error?.message == "agency 'mi5' is not an agency of this plan")
    }

    @Test("--stage keeps one stage's section, tasks, measures (and plan-wide ones) and history")
    func stageScope() throws {
        let at = { (day: Int) in Instant(date: ReportFixture.day(day), hour: 9, minute: 0, second: 0)! }
        let plan = ReportFixture.plan(
            clear: ReportFixture.active(.clear, [ReportFixture.task("t-c", .inProgress, start: 0, due: 40)]),
            hold: Stage(kind: .hold, plannedStart: ReportFixture.day(50), tasks: [ReportFixture.task("t-h", start: 50, due: 60)]),
            measures: [ReportFixture.measure("m-c", .decrease, baseline: 5, latest: 4, stage: .clear),
                       ReportFixture.measure("m-h", .decrease, baseline: 5, latest: 4, stage: .hold),
                       ReportFixture.measure("m-all", .decrease, baseline: 5, latest: 4, stage: nil)],
            history: [HistoryEvent(at: at(0), agency: "pol", kind: .created, subject: "op-test", text: "plan created"),
                      HistoryEvent(at: at(1), agency: "pol", kind: .taskAdded, subject: "t-h", text: "hold task"),
                      HistoryEvent(at: at(2), agency: "pol", kind: .taskAdded, subject: "t-c", text: "clear task"),
                      HistoryEvent(at: at(3), agency: "pol", kind: .stageStarted, subject: "clear", text: "Clear started")])
        let report = try StatusReport(plan: plan, asOf: today, stage: .clear)
        #expect(report.stages.map(\.kind) == [.clear])
        #expect(report.tasks.map(\.id) == ["t-c"])
        #expect(report.measures.map(\.id) == ["m-c", "m-all"])
        #expect(report.history.map(\.subject) == ["clear", "t-c", "op-test"])
        #expect(report.overall == .green)
        #expect(report.rendered(as: .text).contains("Scope                Clear stage only"))
    }

    @Test("Trend is judged against the baseline, last move against the previous reading, both by direction")
    func trends() {
        func line(_ direction: Measure.Direction, _ values: [Int], baseline: Int = 10, target: Int = 20) -> StatusReport.MeasureLine {
            StatusReport.MeasureLine(id: "m", name: "M", unit: "u", direction: direction, baseline: DecimalValue(baseline),
                target: DecimalValue(target), observations: values.enumerated().reversed().map {
                    Observation(date: ReportFixture.day($0.offset), value: DecimalValue($0.element))
                })
        }
        let up = line(.increase, [10, 15, 12])
        #expect(up.latest?.value == DecimalValue(12) && up.previous?.value == DecimalValue(15))
        #expect(up.trend == .better && up.lastMove == .worse && up.percentToTarget == 20)
        let down = line(.decrease, [10, 15, 12], target: 0)
        #expect(down.trend == .worse && down.lastMove == .better && down.percentToTarget == -20)
        #expect(line(.increase, [10]).trend == .unchanged && line(.increase, [10]).lastMove == .noData)
        #expect(line(.increase, []).trend == .noData && line(.increase, []).percentToTarget == nil)
        #expect(line(.increase, [12], baseline: 20, target: 20).percentToTarget == nil)
        #expect(StatusReport.Trend.allCases.map(\.title) == ["Better", "Worse", "No change", "No data"])
    }

    @Test("Risks: open first, then mitigated, then closed; highest score first; ties in document order")
    func risks() throws {
        let risks = [
            Risk(id: "r-closed", likelihood: 5, impact: 5, status: .closed, owner: "pol", description: "c"),
            Risk(id: "r-low", likelihood: 1, impact: 2, owner: "pol", description: "l"),
            Risk(id: "r-mitigated", likelihood: 4, impact: 4, status: .mitigated, owner: "cou", description: "m"),
            Risk(id: "r-high", likelihood: 4, impact: 5, owner: "cou", description: "h"),
            Risk(id: "r-tie", likelihood: 2, impact: 1, owner: "pol", description: "t"),
        ]
        let report = try StatusReport(plan: ReportFixture.plan(risks: risks), asOf: today)
        #expect(report.risks.map(\.id) == ["r-high", "r-low", "r-tie", "r-mitigated", "r-closed"])
        #expect(report.risks.map(\.score) == [20, 2, 2, 16, 25])
        #expect(report.rendered(as: .text).contains("     20  4×5  Open       Test Council  h     r-high\n"))
    }

    @Test("History: the last ten events, newest first, with how many there are")
    func history() throws {
        let events = (0..<14).map { i in
            HistoryEvent(at: Instant(date: ReportFixture.day(i), hour: 9, minute: 0, second: 0)!, agency: "pol", kind: .edited,
                subject: "op-test", text: "edit \(i)")
        }
        let report = try StatusReport(plan: ReportFixture.plan(history: events), asOf: today)
        #expect(report.history.map(\.text) == (4..<14).reversed().map { "edit \($0)" })
        #expect(report.historyTotal == 14)
        #expect(report.rendered(as: .markdown).contains("## Recent history (last 10 of 14, newest first)"))
    }

    @Test("The marking and sharing agreement are at the top and bottom of every format that has them")
    func marking() throws {
        let report = try StatusReport(plan: ReportFixture.plan(), asOf: today)
        let marking = "OFFICIAL-SENSITIVE · Information sharing agreement TEST-ISA-1"
        let text = report.rendered(as: .text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.first == Substring(marking) && text[text.count - 2] == Substring(marking))
        let markdown = report.rendered(as: .markdown).split(separator: "\n")
        #expect(markdown.first == "**OFFICIAL-SENSITIVE** · Information sharing agreement TEST-ISA-1")
        #expect(markdown.last == "**OFFICIAL-SENSITIVE** · Information sharing agreement TEST-ISA-1")
        let html = report.rendered(as: .html)
        #expect(html.components(separatedBy: "<strong>OFFICIAL-SENSITIVE</strong> · Information sharing agreement TEST-ISA-1").count == 3)
        #expect(report.rendered(as: .json).contains("\"informationSharingAgreement\": \"TEST-ISA-1\""))
        let none = try StatusReport(plan: ReportFixture.plan(sharingAgreement: nil), asOf: today)
        #expect(none.header.marking == "OFFICIAL-SENSITIVE · No information sharing agreement recorded")
        #expect(none.rendered(as: .text).hasPrefix("OFFICIAL-SENSITIVE · No information sharing agreement recorded\n"))
    }

    @Test("A partner view says whose view it is and from which revision")
    func partnerView() throws {
        var plan = ReportFixture.plan()
        plan.view = .partner(for: "hou", sourceRevision: 2)
        let report = try StatusReport(plan: plan, asOf: today)
        #expect(report.header.partnerView == StatusReport.PartnerView(agency: "hou", sourceRevision: 2))
        #expect(report.rendered(as: .text).contains("View                 partner view for hou, cut from revision 2"))
    }

    @Test("Text colour: ANSI only when asked, and the same text underneath")
    func colour() throws {
        let report = try TestPlans.report("heron-hold")
        let plain = report.rendered(as: .text), coloured = report.rendered(as: .text, colour: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31mRed\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mAmber\u{1B}[0m"))
        #expect(Self.stripANSI(coloured) == plain)
        for format in [ReportFormat.markdown, .html, .csv, .json] {
            #expect(report.rendered(as: format, colour: true) == report.rendered(as: format), "\(format) ignores colour")
        }
    }

    static func stripANSI(_ text: String) -> String {
        var out = "", escape = false
        for scalar in text.unicodeScalars {
            if escape { if scalar == "m" { escape = false }; continue }
            if scalar == "\u{1B}" { escape = true; continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    @Test("Key points: what makes each stage red or amber, the most overdue and longest blocked task with lead and owner, worse measures; then notes")
    func keyPoints() throws {
        func points(_ report: StatusReport) throws -> [[String: String]] {
            let json = try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as! [String: Any]
            return (json["keyPoints"] as! [[String: Any]]).map { point in
                ["level": point["level"] as? String ?? "none", "text": point["text"] as! String]
            }
        }
        let heron = try points(TestPlans.report("heron-hold"))
        #expect(heron.map { $0["level"]! } == ["red", "amber", "amber", "red", "amber", "none", "none", "none", "none"])
        #expect(heron[0]["text"] == "Hold is Red: 1 task blocked for more than 14 days; also Amber: 6 tasks overdue; 1 task blocked; 1 measure worse than its baseline.")
        #expect(heron[2]["text"] == "Most overdue of 6: Replace door entry systems and audit fobs at Pilot House and Anchor House, 31 days past its due date of 2026-10-30 (lead Saltings Housing Trust, owner Asset Manager).")
        #expect(heron[5]["text"] == "Hold's open work is forecast to finish 2027-02-05, 7 days after its planned end of 2027-01-29, driven by Exploitation awareness sessions for Years 7 to 9 at Saltings Academy.")
        #expect(heron[8]["text"] == "Next review of Hold: 2026-12-03 (in 3 days).")
        let quiet = try points(StatusReport(plan: ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-1", .inProgress, start: 0, due: 40),
        ])), asOf: today))
        #expect(quiet.map { $0["text"]! } == ["Nothing that counts is overdue or blocked, and no stage has a reason to be Amber or Red."])
        var late = ReportFixture.active(.clear, [ReportFixture.task("t-1", .inProgress, start: 0, due: 40)])
        late.nextReview = ReportFixture.day(28)
        let passed = try points(StatusReport(plan: ReportFixture.plan(clear: late), asOf: today))
        // A passed review date is not a RAG rule, so it is a note, not Amber.
        #expect(passed.last == ["level": "none", "text": "Next review of Clear: 2026-02-02 (2 days ago), and the date has passed."])
        let markdown = try TestPlans.report("heron-hold").rendered(as: .markdown)
        #expect(markdown.contains("- **Red**: Hold is Red: 1 task blocked for more than 14 days; also Amber: 6 tasks overdue; 1 task blocked; 1 measure worse than its baseline."))
        #expect(markdown.contains("- **Note**: Next review of Hold: 3 Dec 2026 (in 3 days)."))
    }

    @Test("Line breaks inside a value do not break the text report's columns")
    func textColumns() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-1", .inProgress, start: 0, due: 20, title: "Two\nlines\twith a tab"),
            ReportFixture.task("t-long", start: 0, due: 50),
        ]))
        let text = try StatusReport(plan: plan, asOf: today).rendered(as: .text)
        #expect(text.contains("  Two lines with a tab  Clear  2026-01-25  10 days  In progress  no        Test Police          t-1\n"))
    }

    @Test("Markdown escapes what would change the meaning and nothing else")
    func markdownEscaping() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-1", .inProgress, start: 0, due: 20, title: "Fix *all* the [links] | pipes_and <b>tags</b> and 3 < 4"),
            ReportFixture.task("t-long", start: 0, due: 50),
        ]))
        let markdown = try StatusReport(plan: plan, asOf: today).rendered(as: .markdown)
        #expect(markdown.contains("Fix \\*all\\* the \\[links\\] \\| pipes\\_and \\<b>tags\\</b> and 3 < 4"))
    }
}
