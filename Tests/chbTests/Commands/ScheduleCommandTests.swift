import Foundation
import TestSupport
import Testing

@Suite("chb schedule")
struct ScheduleCommandTests {
    static let plans = ["heron-hold.xml", "kestrel-clear.xml", "osprey-build.xml"]

    /// A plan small enough to check by hand: a (days 1–3) → b (2 days) → m (milestone), and
    /// c (5 days from day 1) finishing with b; x has no dates at all.
    static let small = """
        <?xml version="1.0" encoding="UTF-8"?>
        <plan xmlns="urn:x-chb:plan:1" id="op-s" schemaVersion="1.0" revision="1" classification="OFFICIAL">
          <title>Small</title>
          <area><name>Smallton</name></area>
          <governance><leadAgency ref="pol"/><leadResponsibleOfficer>Inspector</leadResponsibleOfficer></governance>
          <agencies><agency id="pol" kind="police"><name>Police</name></agency></agencies>
          <phases>
            <phase kind="clear" status="active" started="2026-01-01">
              <exitCriteria/>
              <tasks>
                <task id="a" lead="pol" status="planned" start="2026-01-01" due="2026-01-03"><title>A</title></task>
                <task id="b" lead="pol" status="planned" durationDays="2"><title>B</title><dependsOn ref="a"/></task>
                <task id="m" lead="pol" status="planned" durationDays="0"><title>M</title><dependsOn ref="b"/></task>
                <task id="c" lead="pol" status="planned" start="2026-01-01" durationDays="5"><title>C</title><dependsOn ref="b" type="finishToFinish"/></task>
                <task id="x" lead="pol" status="planned" durationDays="4"><title>X</title></task>
              </tasks>
            </phase>
            <phase kind="hold" status="notStarted"><exitCriteria/><tasks/></phase>
            <phase kind="build" status="notStarted"><exitCriteria/><tasks/></phase>
          </phases>
          <history/>
        </plan>

        """

    @Test("JSON has exactly the promised shape, keys in order, dates as YYYY-MM-DD")
    func json() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let result = try ChbProcess.run("schedule", plan, "--format", "json")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            {"tasks":[\
            {"id":"a","earlyStart":"2026-01-01","earlyFinish":"2026-01-03","lateStart":"2026-01-01","lateFinish":"2026-01-03","slackDays":0,"critical":true},\
            {"id":"b","earlyStart":"2026-01-04","earlyFinish":"2026-01-05","lateStart":"2026-01-04","lateFinish":"2026-01-05","slackDays":0,"critical":true},\
            {"id":"m","earlyStart":"2026-01-06","earlyFinish":"2026-01-06","lateStart":"2026-01-06","lateFinish":"2026-01-06","slackDays":0,"critical":true},\
            {"id":"c","earlyStart":"2026-01-01","earlyFinish":"2026-01-05","lateStart":"2026-01-02","lateFinish":"2026-01-06","slackDays":1,"critical":false}],\
            "criticalPath":["a","b","m"]}

            """)
        #expect(result.stderr == "\(plan): warning: unscheduled x: no start or due date, no predecessor and no planned start for stage clear\n")
    }

    @Test("Text is an aligned table with the critical path and the unscheduled tasks")
    func text() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let result = try ChbProcess.run("schedule", plan)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Task  Stage  Status   Early start  Early finish  Late start  Late finish  Slack  Critical
            a     clear  planned  2026-01-01   2026-01-03    2026-01-01  2026-01-03       0  *
            b     clear  planned  2026-01-04   2026-01-05    2026-01-04  2026-01-05       0  *
            m     clear  planned  2026-01-06   2026-01-06    2026-01-06  2026-01-06       0  *
            c     clear  planned  2026-01-01   2026-01-05    2026-01-02  2026-01-06       1

            plan runs 2026-01-01 to 2026-01-06
            critical path: a → b → m
            unscheduled:
              x: no start or due date, no predecessor and no planned start for stage clear

            """)
    }

    @Test("--as-of forecasts from a date")
    func asOf() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let result = try ChbProcess.run("schedule", plan, "--as-of", "2026-01-10", "--format", "json")
        #expect(result.stdout.hasPrefix(#"{"tasks":[{"id":"a","earlyStart":"2026-01-10","earlyFinish":"2026-01-12""#))
    }

    @Test("Every example plan schedules", arguments: plans)
    func examples(_ name: String) throws {
        let plan = ChbProcess.repositoryRoot.appendingPathComponent("plans/\(name)").path
        let result = try ChbProcess.run("schedule", plan, "--format", "json")
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tasks", "criticalPath"])
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(!tasks.isEmpty)
        #expect(tasks.allSatisfy { Set($0.keys) == ["id", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "slackDays", "critical"] })
        #expect(!(object["criticalPath"] as? [String] ?? []).isEmpty)
    }

    @Test("A plan with a dependency cycle is refused, naming the cycle")
    func cycle() throws {
        let scratch = try Scratch()
        let cyclic = Self.small.replacingOccurrences(of: #"<title>A</title>"#, with: #"<title>A</title><dependsOn ref="m"/>"#)
        let plan = try scratch.write("cycle.xml", cyclic)
        let result = try ChbProcess.run("schedule", plan)
        #expect(result.status == 1)
        #expect(result.stderr.contains("dependencies form a cycle: a → m → b → a"))
    }
}
