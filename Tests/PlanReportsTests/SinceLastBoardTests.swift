import Foundation
import PlanCore
import PlanReports
import Testing

/// "Since the last board" against histories built by hand, so each expectation can be read
/// off the plan: what happened, on which day, and what the status was before.
@Suite("Since the last board")
struct SinceLastBoardTests {
    typealias F = ReportFixture

    static func event(
        _ day: Int, _ kind: HistoryEvent.Kind, _ subject: String, _ text: String, actor: String? = nil, _ changes: [HistoryChange] = []
    ) -> HistoryEvent {
        HistoryEvent(at: Instant(date: F.day(day), hour: 10, minute: 0, second: 0)!, agency: "pol", kind: kind, subject: subject,
                     actor: actor, text: text, changes: changes)
    }

    /// A change as chb records it, dates as day offsets.
    static func change(_ field: String, _ from: String?, _ to: String?) -> HistoryChange { HistoryChange(field: field, from: from, to: to) }
    static func date(_ day: Int) -> String { F.day(day).description }
    static func blocked(_ day: Int, _ reason: String) -> [HistoryChange] {
        [change("status", "inProgress", "blocked"), change("blockedSince", nil, date(day)), change("blockedReason", nil, reason)]
    }
    static func done(_ day: Int) -> [HistoryChange] {
        [change("status", "inProgress", "done"), change("progress", nil, "100"), change("completedOn", nil, date(day))]
    }

    /// Clear active since day 0. On day 30 (the last board): t-a done on day 10, t-b in progress,
    /// t-c blocked since day 5, t-d due day 40. By day 50: t-b done on day 45, t-c unblocked on
    /// day 35, t-d overdue, t-e blocked since day 42, a criterion met on day 44, a decision on day 48.
    static func plan() -> Plan {
        var a = F.task("t-a", .done, start: 0, due: 20, title: "Serve the closure notices")
        a.completedOn = F.day(10)
        var b = F.task("t-b", .done, start: 0, due: 60, title: "Execute the warrants")
        b.completedOn = F.day(45)
        let c = F.task("t-c", .inProgress, start: 0, due: 70, lead: "cou", title: "Fit the CCTV cameras")
        let d = F.task("t-d", .inProgress, start: 0, due: 40, lead: "hou", title: "Secure the void flats")
        var e = F.task("t-e", .blocked, start: 0, due: 80, title: "Run the youth sessions")
        e.blockedSince = F.day(42)
        e.blockedReason = "no venue"
        var clear = F.active(.clear, plannedEnd: 90, [a, b, c, d, e])
        clear.nextReview = F.day(58)
        clear.exitCriteria = [ExitCriterion(id: "c-1", met: true, metOn: F.day(44), statement: "No deal line for 28 days")]
        var feel = F.measure("m-feel", .increase, baseline: 40, latest: nil, stage: .clear)
        feel.observations.append(Observation(date: F.day(46), value: DecimalValue(35)))
        return F.plan(clear: clear, measures: [feel], history: [
            event(0, .stageStarted, "clear", "Clear started.", [change("status", "notStarted", "active"), change("started", nil, date(0))]),
            event(5, .taskStatusChanged, "t-c", "inProgress → blocked: no power to the column", blocked(5, "no power to the column")),
            event(10, .taskStatusChanged, "t-a", "inProgress → done: notices served", done(10)),
            event(35, .taskStatusChanged, "t-c", "blocked → inProgress: power connected", [
                change("status", "blocked", "inProgress"), change("blockedSince", date(5), nil), change("blockedReason", "no power to the column", nil),
            ]),
            event(42, .taskStatusChanged, "t-e", "inProgress → blocked: no venue", blocked(42, "no venue")),
            event(44, .criterionMet, "c-1", "met", [change("met", "false", "true"), change("metOn", nil, date(44))]),
            event(45, .taskStatusChanged, "t-b", "inProgress → done: warrants executed", done(45)),
            event(47, .observationRecorded, "m-feel", "35% feel safe", [change("observation", nil, "\(date(46)) 35")]),
            event(48, .decision, "op-test", "Board asked for a venue by day 60.", actor: "Chair"),
        ])
    }

    static func changes(since: Int? = 30, asOf: Int = 50) throws -> StatusReport.Changes {
        let report = try StatusReport(plan: plan(), asOf: F.day(asOf), since: since.map(F.day))
        return try #require(report.changes)
    }

    @Test("Each list holds exactly what happened after the last board, in words with ids kept")
    func lists() throws {
        let c = try Self.changes()
        #expect(c.done.map(\.id) == ["t-b"] && c.done.first?.text == "Execute the warrants" && c.done.first?.date == F.day(45))
        #expect(c.newlyOverdue.map(\.id) == ["t-d"] && c.newlyOverdue.first?.detail == "Test Homes")
        #expect(c.newlyBlocked.map(\.id) == ["t-e"] && c.newlyBlocked.first?.detail == "Test Police: no venue")
        #expect(c.unblocked.map(\.id) == ["t-c"] && c.unblocked.first?.date == F.day(35))
        #expect(c.criteriaMet.map(\.id) == ["c-1"])
        #expect(c.observations.map(\.id) == ["m-feel"] && c.observations.first?.date == F.day(47))
        #expect(c.decisions.map(\.text) == ["Board asked for a venue by day 60."])
        #expect(c.caveats.isEmpty, "\(c.caveats)")
    }

    @Test("The earlier RAG is the plan's as it stood: t-c blocked 25 days made Clear red; now a measure and t-e make it amber")
    func directionOfTravel() throws {
        let c = try Self.changes()
        let clear = try #require(c.stages.first { $0.kind == .clear })
        #expect(clear.before == .red)
        #expect(clear.now == .amber)
        #expect(clear.direction == .better)
    }

    @Test("Nothing before the window counts: with the last board on day 46 only later events are listed")
    func boundary() throws {
        let c = try Self.changes(since: 46)
        #expect(c.done.isEmpty && c.criteriaMet.isEmpty && c.unblocked.isEmpty)
        #expect(c.observations.map(\.id) == ["m-feel"] && c.decisions.count == 1)
    }

    @Test("By default the last board is the last review of the cycle: next review day 58, every 28 days, so day 30")
    func defaultSince() throws {
        let c = try Self.changes(since: nil)
        #expect(c.since == F.day(30))
        let lastBoard = StatusReport.lastBoard(of: Self.plan(), before: F.day(58))
        #expect(lastBoard.date == F.day(30))
        let afterReview = StatusReport.lastBoard(of: Self.plan(), before: F.day(59))
        #expect(afterReview.date == F.day(58))
        var noCycle = Self.plan()
        noCycle.governance.reviewCadenceDays = nil
        #expect(StatusReport.lastBoard(of: noCycle, before: F.day(50)).date == F.day(22))
    }

    @Test("What the history does not record is said: an event with no changes is named; a status inferred from dates is counted")
    func caveats() throws {
        var plan = Self.plan()
        plan.history.insert(Self.event(40, .taskUpdated, "t-d", "due date moved"), at: 4)
        plan.stages[0].tasks.append(F.task("t-f", .done, start: 0, due: 45, title: "Leaflet drop"))
        plan.stages[0].tasks[5].completedOn = F.day(41)
        let c = try #require(try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30)).changes)
        #expect(c.caveats == [
            "1 later event (taskUpdated 't-d' at \(Self.date(40))T10:00:00Z) records no changes, so what it changed cannot be rebuilt and shows as it is now.",
            "The earlier status of 1 task was inferred from dates, not rebuilt from history.",
        ])
        #expect(!c.isQuiet)
    }

    @Test("A history with no changes at all never says nothing happened: it names what it could not use")
    func neverQuietWithoutChanges() throws {
        var plan = Self.plan()
        for e in plan.history.indices { plan.history[e].changes = [] }
        let c = try #require(try StatusReport(plan: plan, asOf: F.day(50), since: F.day(46)).changes)
        #expect(!c.isQuiet)
        #expect(c.caveats == ["1 later event (observationRecorded 'm-feel' at \(Self.date(47))T10:00:00Z) records no changes, so what it changed cannot be rebuilt and shows as it is now."])
    }

    @Test("Re-dated tasks, progress, notes and a corrected figure come from the changes chb records, the figure as it stands now")
    func recordedChanges() throws {
        var plan = Self.plan()
        func at(_ day: Int) -> ChangeContext { ChangeContext(agency: "pol", at: Instant(date: F.day(day), hour: 11, minute: 0, second: 0)!) }
        try plan.editTask("t-d", by: at(46)) { $0.due = F.day(55) }
        try plan.editTask("t-c", by: at(46)) { $0.progress = 30 }
        try plan.editTask("t-c", by: at(47)) { $0.progress = 60 }
        try plan.addNote("Cameras on site", to: "t-c", by: at(47))
        try plan.correctObservation(of: "m-feel", on: F.day(46), to: DecimalValue(45), reason: "typo", by: at(49))
        let c = try #require(try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30)).changes)
        #expect(c.redated.map(\.id) == ["t-d"])
        #expect(c.redated.first?.change == HistoryChange(field: "due", from: Self.date(40), to: Self.date(55)))
        #expect(c.progress.map(\.change) == [HistoryChange(field: "progress", to: "60")])
        #expect(c.notes.map(\.detail) == ["Test Police: Cameras on site"])
        #expect(c.observations.map(\.detail) == ["45 count, better than its baseline of 40 (corrected from 35)"])
        #expect(c.caveats.isEmpty, "\(c.caveats)")

        try plan.correctObservation(of: "m-feel", on: F.day(46), to: nil, reason: "withdrawn", by: at(50))
        let withdrawn = try #require(try StatusReport(plan: plan, asOf: F.day(50), since: F.day(30)).changes)
        #expect(withdrawn.observations.isEmpty)
    }

    @Test("A since date not before the report date is refused")
    func refused() {
        #expect(throws: StatusReportError.self) { try StatusReport(plan: Self.plan(), asOf: F.day(50), since: F.day(50)) }
    }

    @Test("Every format shows the section near the top, before the stages")
    func everyFormat() throws {
        let report = try StatusReport(plan: Self.plan(), asOf: F.day(50), since: F.day(30))
        let stageTable: [ReportFormat: String] = [.text: "\nSTAGES\n", .markdown: "| Stage | State |", .html: "Stages at a glance", .json: "\"stages\": ["]
        for (format, text) in report.allRenderings where format != .csv {
            let marker = format == .json ? "\"sinceLastBoard\"" : "Execute the warrants"
            let at = try #require(text.range(of: marker), "\(format)")
            let stages = try #require(text.range(of: stageTable[format] ?? ""), "\(format)")
            #expect(at.lowerBound < stages.lowerBound, "\(format)")
        }
    }
}
