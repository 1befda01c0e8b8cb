import Foundation
import PlanCore
import PlanReports
import Testing

/// What `chb schedule` and `chb log` print, rendered by PlanReports from small plans built here.
@Suite("Schedule and history listings")
struct ListingTests {
    /// a (days 0–2) → b (2 days) → m (milestone); c (5 days from day 0) finishing with b; x has
    /// no dates and its stage no planned start; h, in Hold, is in progress on days 3–4.
    static func smallPlan() -> Plan {
        let d = ReportFixture.day
        let clear = Stage(kind: .clear, status: .active, started: d(0), tasks: [
            PlanTask(id: "a", lead: "pol", start: d(0), due: d(2), title: "A"),
            PlanTask(id: "b", lead: "pol", durationDays: 2, title: "B", dependencies: [Dependency(on: "a")]),
            PlanTask(id: "m", lead: "pol", durationDays: 0, title: "M", dependencies: [Dependency(on: "b")]),
            PlanTask(id: "c", lead: "pol", start: d(0), durationDays: 5, title: "C", dependencies: [Dependency(on: "b", type: .finishToFinish)]),
            PlanTask(id: "x", lead: "pol", durationDays: 4, title: "X"),
        ])
        let hold = Stage(kind: .hold, tasks: [PlanTask(id: "h", lead: "cou", status: .inProgress, start: d(3), due: d(4), title: "H")])
        return ReportFixture.plan(clear: clear, hold: hold)
    }

    @Test("The schedule as text: an aligned table, when the plan runs, the critical path, the unscheduled tasks")
    func scheduleText() throws {
        let report = try ScheduleReport(plan: Self.smallPlan())
        #expect(report.rendered(as: .text) == """
            Task  Stage  Status      Early start  Early finish  Late start  Late finish  Slack  Critical
            a     clear  planned     2026-01-05   2026-01-07    2026-01-05  2026-01-07       0  *
            b     clear  planned     2026-01-08   2026-01-09    2026-01-08  2026-01-09       0  *
            m     clear  planned     2026-01-10   2026-01-10    2026-01-10  2026-01-10       0  *
            c     clear  planned     2026-01-05   2026-01-09    2026-01-06  2026-01-10       1
            h     hold   inProgress  2026-01-08   2026-01-09    2026-01-09  2026-01-10       1

            plan runs 2026-01-05 to 2026-01-10
            critical path: a → b → m
            unscheduled:
              x: no start or due date, no predecessor and no planned start for stage clear

            """)
        #expect(report.unscheduled == [ScheduleReport.UnscheduledTask(id: "x", reason: "no start or due date, no predecessor and no planned start for stage clear")])
    }

    @Test("The schedule as JSON: one line in the promised shape, unscheduled tasks left to the caller")
    func scheduleJSON() throws {
        let report = try ScheduleReport(plan: Self.smallPlan())
        #expect(report.rendered(as: .json) == """
            {"tasks":[\
            {"id":"a","earlyStart":"2026-01-05","earlyFinish":"2026-01-07","lateStart":"2026-01-05","lateFinish":"2026-01-07","slackDays":0,"critical":true},\
            {"id":"b","earlyStart":"2026-01-08","earlyFinish":"2026-01-09","lateStart":"2026-01-08","lateFinish":"2026-01-09","slackDays":0,"critical":true},\
            {"id":"m","earlyStart":"2026-01-10","earlyFinish":"2026-01-10","lateStart":"2026-01-10","lateFinish":"2026-01-10","slackDays":0,"critical":true},\
            {"id":"c","earlyStart":"2026-01-05","earlyFinish":"2026-01-09","lateStart":"2026-01-06","lateFinish":"2026-01-10","slackDays":1,"critical":false},\
            {"id":"h","earlyStart":"2026-01-08","earlyFinish":"2026-01-09","lateStart":"2026-01-09","lateFinish":"2026-01-10","slackDays":1,"critical":false}],\
            "criticalPath":["a","b","m"]}

            """)
    }

    @Test("A forecast says its date; an empty plan has no span and no critical path; a cycle is refused")
    func scheduleEdges() throws {
        let forecast = try ScheduleReport(plan: Self.smallPlan(), asOf: ReportFixture.day(20))
        #expect(forecast.rendered(as: .text).contains("\nplan runs 2026-01-08 to 2026-01-30 (forecast as of 2026-01-25)\n"))
        let empty = try ScheduleReport(plan: ReportFixture.plan())
        #expect(empty.rendered(as: .text) == """
            Task  Stage  Status  Early start  Early finish  Late start  Late finish  Slack  Critical

            critical path: none

            """)
        #expect(empty.rendered(as: .json) == "{\"tasks\":[],\"criticalPath\":[]}\n")
        var cyclic = Self.smallPlan()
        cyclic.stages[0].tasks[0].dependencies = [Dependency(on: "m")]
        #expect(throws: ScheduleError.self) { try ScheduleReport(plan: cyclic) }
    }

    static func historyPlan() -> Plan {
        let d = ReportFixture.day
        return ReportFixture.plan(history: [
            HistoryEvent(at: Instant(date: d(0), hour: 9, minute: 0, second: 0)!, agency: "pol", kind: .created, subject: "op-test",
                text: "plan created"),
            HistoryEvent(at: Instant(date: d(1), hour: 10, minute: 30, second: 0)!, agency: "cou", kind: .taskUpdated, subject: "t-a",
                actor: "Housing officer", text: "Line one.\nLine two,\r\n\tand three."),
            HistoryEvent(at: Instant(date: d(2), hour: 8, minute: 0, second: 0)!, agency: "pol", kind: .decision, subject: "op-test",
                text: "Go \"now\"."),
        ])
    }

    @Test("The log as text: aligned events, line breaks in a text flattened, the actor in brackets, a count")
    func logText() {
        let plan = Self.historyPlan()
        #expect(HistoryLog(plan: plan).rendered(as: .text) == """
            2026-01-05T09:00:00Z  pol  created      op-test  plan created
            2026-01-06T10:30:00Z  cou  taskUpdated  t-a      Line one. Line two,  and three. (Housing officer)
            2026-01-07T08:00:00Z  pol  decision     op-test  Go "now".
            3 of 3 events; revision 3

            """)
        #expect(HistoryLog(plan: plan, subject: "op-test", since: ReportFixture.day(1)).rendered(as: .text) == """
            2026-01-07T08:00:00Z  pol  decision  op-test  Go "now".
            1 of 3 events; revision 3

            """)
        #expect(HistoryLog(plan: plan, subject: "nothing").rendered(as: .text) == "0 of 3 events; revision 3\n")
        #expect(HistoryLog(plan: ReportFixture.plan()).rendered(as: .text).hasSuffix("\n1 of 1 event; revision 3\n"))
    }

    @Test("The log as JSON: one line, actor only when there is one, text as written")
    func logJSON() throws {
        let json = HistoryLog(plan: Self.historyPlan(), since: ReportFixture.day(1)).rendered(as: .json)
        #expect(json == """
            {"plan":"op-test","revision":3,"events":[\
            {"at":"2026-01-06T10:30:00Z","agency":"cou","kind":"taskUpdated","subject":"t-a","actor":"Housing officer","text":"Line one.\\nLine two,\\r\\n\\tand three."},\
            {"at":"2026-01-07T08:00:00Z","agency":"pol","kind":"decision","subject":"op-test","text":"Go \\"now\\"."}]}

            """)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.first?["text"] as? String == "Line one.\nLine two,\r\n\tand three.")
    }
}
