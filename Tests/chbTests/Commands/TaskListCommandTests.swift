import Foundation
import TestSupport
import Testing

/// `chb task list` and `chb task show`: checking a draft without reading a whole report.
@Suite("chb task list and show")
struct TaskListCommandTests {
    /// a (days 1–3) → b (2 days, dated only by a, supported by cou); x has no dates at all and is
    /// blocked; h in Hold is led by cou.
    static let small = """
        <?xml version="1.0" encoding="UTF-8"?>
        <plan xmlns="urn:x-chb:plan:1" id="op-s" schemaVersion="1.0" revision="4" classification="OFFICIAL">
          <title>Small</title>
          <area><name>Smallton</name></area>
          <governance><leadAgency ref="pol"/><leadResponsibleOfficer>Inspector</leadResponsibleOfficer></governance>
          <agencies><agency id="pol" kind="police"><name>Police</name></agency><agency id="cou" kind="localAuthority"><name>Council</name></agency></agencies>
          <phases>
            <phase kind="clear" status="active" started="2026-01-01">
              <exitCriteria/>
              <tasks>
                <task id="a" lead="pol" status="inProgress" start="2026-01-01" due="2026-01-03" progress="40"><title>Raid, then search</title></task>
                <task id="b" lead="pol" status="planned" durationDays="2"><title>Board up</title><support ref="cou"/><dependsOn ref="a" lagDays="1"/>
                  <note at="2026-01-02T09:00:00Z" agency="cou">Boards ordered</note></task>
                <task id="x" lead="pol" status="blocked" blockedSince="2026-01-02"><title>X</title><blockedReason>Waiting for a warrant</blockedReason></task>
              </tasks>
            </phase>
            <phase kind="hold" status="notStarted"><exitCriteria/><tasks>
              <task id="h" lead="cou" status="planned" start="2026-02-01" due="2026-02-01"><title>Hold meeting</title></task>
            </tasks></phase>
            <phase kind="build" status="notStarted"><exitCriteria/><tasks/></phase>
          </phases>
          <history/>
        </plan>

        """

    @Test("task list: a table with own and scheduled dates, then a count")
    func listText() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let result = try ChbProcess.run("task", "list", plan)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            Task  Stage  Status      Lead  Supports  Start       Due         Scheduled                Progress  Title
            a     clear  inProgress  pol             2026-01-01  2026-01-03  2026-01-01 – 2026-01-03       40%  Raid, then search
            b     clear  planned     pol   cou                               2026-01-05 – 2026-01-06            Board up
            x     clear  blocked     pol                                                                        X
            h     hold   planned     cou             2026-02-01  2026-02-01  2026-02-01                         Hold meeting
            4 of 4 tasks; revision 4

            """)
    }

    @Test("task list filters by stage, agency (lead or support) and status; CSV and JSON")
    func listFiltersAndFormats() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let byAgency = try ChbProcess.run("task", "list", plan, "--agency", "cou", "--format", "csv")
        #expect(byAgency.status == 0, "\(byAgency)")
        #expect(byAgency.stdout == """
            id,stage,status,lead,supports,start,due,durationDays,scheduledStart,scheduledFinish,progress,title\r
            b,clear,planned,pol,cou,,,2,2026-01-05,2026-01-06,,Board up\r
            h,hold,planned,cou,,2026-02-01,2026-02-01,,2026-02-01,2026-02-01,,Hold meeting\r

            """)
        let filtered = try ChbProcess.run("task", "list", plan, "--stage", "clear", "--status", "blocked", "--format", "json")
        #expect(filtered.stdout == """
            {"plan":"op-s","revision":4,"tasks":[{"id":"x","stage":"clear","status":"blocked","lead":"pol","supports":[],\
            "start":null,"due":null,"durationDays":null,"scheduledStart":null,"scheduledFinish":null,"progress":null,"title":"X"}]}

            """)
        let none = try ChbProcess.run("task", "list", plan, "--stage", "build")
        #expect(none.stdout == "0 of 4 tasks; revision 4\n")
    }

    @Test("task list: an unknown agency is an error with the nearest id; a bad status is a usage error")
    func listRefusals() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let agency = try ChbProcess.run("task", "list", plan, "--agency", "cuo")
        #expect(agency.status == 1)
        #expect(agency.stderr == "\(plan): error: there is no agency 'cuo' in this plan; did you mean 'cou'?\n")
        let status = try ChbProcess.run("task", "list", plan, "--status", "finished")
        #expect(status.status == 64)
    }

    @Test("task show: everything about one task, scheduled dates included")
    func show() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("small.xml", Self.small)
        let result = try ChbProcess.run("task", "show", plan, "b")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            b: Board up
            stage:       clear
            status:      planned
            lead:        pol
            supports:    cou
            priority:    medium
            dates:       2 days
            scheduled:   2026-01-05 – 2026-01-06 (slack 26 days)
            depends on:  a (finish to start, +1 day) Raid, then search
            notes:
              2026-01-02T09:00:00Z  cou  Boards ordered

            """)
        let blocked = try ChbProcess.run("task", "show", plan, "x", "--format", "json")
        #expect(blocked.stdout.contains(#""status":"blocked","lead":"pol""#))
        #expect(blocked.stdout.contains(#""blockedSince":"2026-01-02","blockedReason":"Waiting for a warrant""#))
        let missing = try ChbProcess.run("task", "show", plan, "hh")
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(plan): error: there is no task 'hh' in this plan; did you mean 'h'?\n")
    }
}
