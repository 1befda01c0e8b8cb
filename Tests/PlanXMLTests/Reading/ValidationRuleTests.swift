import Foundation
import PlanCore
import PlanXML
import Testing

/// Each semantic rule of the format, broken by a small document read through PlanReader, so
/// that the diagnostic's code and line come from the real source map.
@Suite("Semantic rules, located")
struct ValidationRuleTests {
    struct Expected: Sendable {
        var severity: PlanDiagnostic.Severity = .error
        var code: PlanDiagnostic.Code
        /// Text on the line the diagnostic must point at (its first occurrence).
        var at: String
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var xml: String
        var expected: [Expected]
        /// Text one of the diagnostics' messages must contain.
        var message: String?
        var testDescription: String { name }

        init(_ name: String, _ expected: [Expected], message: String? = nil, _ edit: (inout PlanText) -> Void) {
            var text = PlanText()
            edit(&text)
            self.name = name
            self.xml = text.xml
            self.expected = expected
            self.message = message
        }
    }

    static func error(_ code: PlanDiagnostic.Code, at: String) -> Expected { Expected(code: code, at: at) }
    static func warning(_ code: PlanDiagnostic.Code, at: String) -> Expected { Expected(severity: .warning, code: code, at: at) }

    static let task1 = #"<task id="t1""#
    static func replaceTask(_ text: inout PlanText, attributes: String = #"status="inProgress""#, children: String = "") {
        text.clearTasks = """
            <task id="t1" lead="a1" \(attributes)>
                      <title>First task</title>
                      <support ref="a2"/>
                      \(children)
                    </task>
            """
    }

    static let cases: [Case] = [
        // Ids
        Case("Two agencies share an id", [error(.duplicateID, at: #"<agency id="a2" kind="other""#)], message: "agency id 'a2' is already used by agency 'a2'") {
            $0.agencies += "\n    <agency id=\"a2\" kind=\"other\">\n      <name>Again</name>\n    </agency>"
        },
        Case("A task reuses an agency's id", [error(.duplicateID, at: #"<task id="a2""#)], message: "task id 'a2' is already used by agency 'a2'") {
            $0.holdTasks = #"<task id="a2" lead="a2" status="planned"><title>x</title></task>"#
        },
        Case("A measure reuses a task's id", [error(.duplicateID, at: #"<measure id="t1""#)]) {
            $0.measures = #"<measure id="t1" unit="n" direction="increase"><name>m</name><baseline>1</baseline><target>2</target></measure>"#
        },
        Case("A criterion reuses the plan's id", [error(.duplicateID, at: #"<criterion id="p1""#)]) {
            $0.clearCriteria = #"<criterion id="p1" met="false"><statement>s</statement></criterion>"#
        },
        // References
        Case("A task's lead is not an agency", [error(.unknownReference, at: task1), warning(.idleAgency, at: #"<agency id="a1""#)],
            message: "lead of task 't1' is 'ghost', which is not an agency of this plan") {
            $0.clearTasks = $0.clearTasks.replacingOccurrences(of: #"lead="a1""#, with: #"lead="ghost""#)
        },
        // At the <support> element's own line, not the task's (issue 20, item 19).
        Case("A supporting agency is not an agency", [error(.unknownReference, at: #"<support ref="ghost""#)], message: "supporting agency of task 't1' is 'ghost', which is not an agency") {
            replaceTask(&$0, children: #"<support ref="ghost"/>"#)
        },
        Case("A dependency names no task", [error(.unknownReference, at: #"<dependsOn ref="ghost""#)], message: "task 't1' depends on 'ghost'") {
            replaceTask(&$0, children: #"<dependsOn ref="ghost"/>"#)
        },
        Case("A dependency names an agency, not a task", [error(.unknownReference, at: #"<dependsOn ref="a2""#)]) {
            replaceTask(&$0, children: #"<dependsOn ref="a2"/>"#)
        },
        Case("A risk's owner is not an agency", [error(.unknownReference, at: "<risk ")], message: "owner of risk 'r1' is 'ghost', which is not an agency") {
            $0.risks = #"<risk id="r1" likelihood="2" impact="3" status="open" owner="ghost"><description>d</description></risk>"#
        },
        Case("The lead agency is not an agency", [error(.unknownReference, at: "<governance>")], message: "lead agency is 'ghost', which is not an agency") {
            $0.governance = $0.governance.replacingOccurrences(of: #"ref="a1""#, with: #"ref="ghost""#)
        },
        Case("A partner view is for no agency", [error(.unknownReference, at: "<plan ")], message: "partner view agency (for) is 'ghost', which is not an agency") {
            $0.rootAttributes += #" view="partner" for="ghost" sourceRevision="2""#
        },
        Case("An observation's source is not an agency", [error(.unknownReference, at: "<observation ")], message: "source of an observation of measure 'm1' is 'ghost', which is not an agency") {
            $0.measures = """
                <measure id="m1" unit="n" direction="increase">
                      <name>m</name>
                      <baseline>1</baseline>
                      <target>2</target>
                      <observation date="2025-06-02" value="1.5" source="ghost"/>
                    </measure>
                """
        },
        Case("A note's agency is not an agency", [error(.unknownReference, at: "<note ")], message: "agency of a note on task 't1' is 'ghost', which is not an agency") {
            replaceTask(&$0, children: #"<note at="2025-06-02T09:30:00Z" agency="ghost">hello</note>"#)
        },
        Case("An event's agency is not an agency", [error(.unknownReference, at: "<event ")], message: "agency of a decision event is 'ghost', which is not an agency") {
            $0.history = #"<event at="2025-06-02T09:30:00Z" agency="ghost" kind="decision" subject="anything">Agreed.</event>"#
        },
        Case("An event's subject is not checked", []) {
            $0.history = #"<event at="2025-06-02T09:30:00Z" agency="a1" kind="taskUpdated" subject="long-gone">Edited.</event>"#
        },
        // Dependencies
        Case("A task depends on itself", [error(.selfDependency, at: #"<dependsOn ref="t1""#)], message: "task 't1' depends on itself") {
            replaceTask(&$0, children: #"<dependsOn ref="t1"/>"#)
        },
        Case("Two tasks depend on each other", [error(.dependencyCycle, at: task1)], message: "dependencies form a cycle: t1 → t2 → t1") {
            replaceTask(&$0, children: #"<dependsOn ref="t2"/>"#)
            $0.holdTasks = #"<task id="t2" lead="a2" status="planned"><title>x</title><dependsOn ref="t1" type="startToStart"/></task>"#
        },
        Case("Three tasks in three stages form a cycle", [error(.dependencyCycle, at: task1)], message: "dependencies form a cycle: t1 → t3 → t2 → t1") {
            replaceTask(&$0, children: #"<dependsOn ref="t3" type="finishToFinish" lagDays="-2"/>"#)
            $0.holdTasks = #"<task id="t2" lead="a2" status="planned"><title>x</title><dependsOn ref="t1"/></task>"#
            $0.buildTasks = #"<task id="t3" lead="a2" status="planned"><title>y</title><dependsOn ref="t2"/></task>"#
        },
        Case("A chain without a cycle is fine", []) {
            replaceTask(&$0, children: #"<dependsOn ref="t3"/>"#)
            $0.holdTasks = #"<task id="t2" lead="a2" status="planned"><title>x</title><dependsOn ref="t3"/></task>"#
            $0.buildTasks = #"<task id="t3" lead="a2" status="planned"><title>y</title></task>"#
        },
        // Stages
        Case("The stages are out of order", [error(.stageOrder, at: "<plan ")], message: "found clear, build, hold") {
            swap(&$0.hold, &$0.build)
        },
        Case("A stage is planned to end before it starts", [error(.inconsistentDates, at: #"<phase kind="clear""#)]) {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-30" plannedEnd="2025-06-01">"#
        },
        Case("A complete stage has an open task", [error(.incompleteStage, at: task1)], message: "stage clear is complete but task 't1' is inProgress") {
            $0.clear = #"<phase kind="clear" status="complete">"#
        },
        Case("A complete stage has an unmet criterion", [error(.incompleteStage, at: #"<criterion id="c1""#)], message: "stage clear is complete but criterion 'c1' is not met") {
            $0.clear = #"<phase kind="clear" status="complete">"#
            $0.clearCriteria = #"<criterion id="c1" met="false"><statement>s</statement></criterion>"#
            replaceTask(&$0, attributes: #"status="done" completedOn="2025-06-02""#)
        },
        Case("A complete stage with done and cancelled tasks and met criteria is fine", []) {
            $0.clear = #"<phase kind="clear" status="complete">"#
            $0.clearCriteria = #"<criterion id="c1" met="true" metOn="2025-06-03"><statement>s</statement></criterion>"#
            $0.clearTasks = #"<task id="t1" lead="a1" status="done" completedOn="2025-06-02"><title>x</title><support ref="a2"/></task>"#
                + "\n" + #"<task id="t2" lead="a2" status="cancelled"><title>y</title></task>"#
        },
        Case("A criterion has metOn but is not met", [error(.criterionDate, at: #"<criterion id="c1""#)], message: "criterion 'c1' is not met but has a metOn date") {
            $0.clearCriteria = #"<criterion id="c1" met="false" metOn="2025-06-02"><statement>s</statement></criterion>"#
        },
        Case("A criterion is met without metOn", [error(.criterionDate, at: #"<criterion id="c1""#)], message: "criterion 'c1' is met but has no metOn date") {
            $0.clearCriteria = #"<criterion id="c1" met="true"><statement>s</statement></criterion>"#
        },
        // Task dates
        Case("A task is due before it starts", [error(.inconsistentDates, at: task1)], message: "task 't1' is due 2025-06-01, before its start 2025-06-02") {
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-02" due="2025-06-01""#)
        },
        Case("A task's start, due and duration disagree", [error(.inconsistentDates, at: task1)], message: "(12 days) but its durationDays is 10") {
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-02" due="2025-06-13" durationDays="10""#)
        },
        Case("A milestone's start, due and zero duration agree", []) {
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-02" due="2025-06-02" durationDays="0""#)
        },
        Case("A one-day task's start, due and duration agree", []) {
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-02" due="2025-06-02" durationDays="1""#)
        },
        Case("A zero duration over two days disagrees", [error(.inconsistentDates, at: task1)]) {
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-02" due="2025-06-03" durationDays="0""#)
        },
        // Status fields
        Case("A done task has no completedOn", [error(.statusFields, at: task1)], message: "task 't1' is done but has no completedOn date") {
            replaceTask(&$0, attributes: #"status="done""#)
        },
        Case("A planned task has completedOn", [error(.statusFields, at: task1)], message: "task 't1' is planned but has a completedOn date") {
            replaceTask(&$0, attributes: #"status="planned" completedOn="2025-06-02""#)
        },
        Case("A blocked task has no blockedSince", [error(.statusFields, at: task1)], message: "task 't1' is blocked but has no blockedSince date") {
            replaceTask(&$0, attributes: #"status="blocked""#, children: "<blockedReason>Waiting.</blockedReason>")
        },
        Case("A blocked task has no blockedReason", [error(.statusFields, at: task1)], message: "task 't1' is blocked but has no blockedReason") {
            replaceTask(&$0, attributes: #"status="blocked" blockedSince="2025-06-02""#)
        },
        Case("A task in progress has blockedSince and a blockedReason", [error(.statusFields, at: task1), error(.statusFields, at: task1)],
            message: "task 't1' is inProgress but has a blockedSince date") {
            replaceTask(&$0, attributes: #"status="inProgress" blockedSince="2025-06-02""#, children: "<blockedReason>Old.</blockedReason>")
        },
        Case("A cancelled task has completedOn", [error(.statusFields, at: task1)], message: "task 't1' is cancelled but has a completedOn date") {
            replaceTask(&$0, attributes: #"status="cancelled" completedOn="2025-06-02""#)
        },
        // Supports
        Case("A task lists its lead as a supporting agency", [error(.support, at: #"<support ref="a1""#)], message: "task 't1' lists its lead 'a1' as a supporting agency") {
            replaceTask(&$0, children: #"<support ref="a1"/>"#)
        },
        Case("A task lists a supporting agency twice", [error(.support, at: #"<support ref="a2" />"#)], message: "task 't1' lists supporting agency 'a2' twice") {
            replaceTask(&$0, children: #"<support ref="a2" />"#)
        },
        // Blank text (XML white space is the schema's; other Unicode spaces are chb's)
        Case("A task title is only an ideographic space", [error(.blankText, at: task1)], message: "title of task 't1' is blank") {
            $0.clearTasks = $0.clearTasks.replacingOccurrences(of: "First task", with: "\u{3000}")
        },
        Case("A note is only no-break spaces", [error(.blankText, at: "<note ")], message: "a note on task 't1' is blank") {
            replaceTask(&$0, children: "<note at=\"2025-06-02T09:30:00Z\" agency=\"a2\">\u{A0}\u{A0}</note>")
        },
        Case("The plan title is only an em space", [error(.blankText, at: "<plan ")], message: "plan title is blank") {
            $0.title = "<title>\u{2003}</title>"
        },
        Case("An objective is only a line separator", [error(.blankText, at: "<objective>")], message: "an objective of stage clear is blank") {
            $0.clear += "\n      <objective>\u{2028}</objective>"
        },
        Case("An event's actor is only a no-break space", [error(.blankText, at: "<event ")], message: "actor of a decision event is blank") {
            $0.history = "<event at=\"2025-06-02T09:30:00Z\" agency=\"a1\" kind=\"decision\" subject=\"p1\" actor=\"\u{A0}\">Agreed.</event>"
        },
        // Partner views
        Case("A partner view holds a task above its agency's clearance", [error(.clearance, at: "<plan "), error(.clearance, at: task1)],
            message: "the view is marked OFFICIAL but the highest marking it holds is OFFICIAL-SENSITIVE") {
            $0.rootAttributes = #"id="p1" schemaVersion="1.0" revision="3" classification="OFFICIAL" view="partner" for="a2" sourceRevision="2""#
            $0.clearTasks = $0.clearTasks.replacingOccurrences(of: #"status="inProgress""#, with: #"status="inProgress" classification="OFFICIAL-SENSITIVE""#)
        },
        Case("A partner view is marked above what it holds", [error(.clearance, at: "<plan ")],
            message: "the view is marked OFFICIAL-SENSITIVE but the highest marking it holds is OFFICIAL") {
            $0.rootAttributes += #" view="partner" for="a1" sourceRevision="2""#
            $0.clearTasks = $0.clearTasks.replacingOccurrences(of: #"status="inProgress""#, with: #"status="inProgress" classification="OFFICIAL""#)
        },
        Case("A partner view is marked above its agency's clearance", [error(.clearance, at: "<plan "), error(.clearance, at: task1), error(.clearance, at: "<measure "), error(.clearance, at: "<risk ")],
            message: "the view is marked OFFICIAL-SENSITIVE, above the OFFICIAL clearance of 'a2'") {
            $0.rootAttributes += #" view="partner" for="a2" sourceRevision="2""#
            $0.measures = #"<measure id="m1" unit="n" direction="increase"><name>m</name><baseline>1</baseline><target>2</target></measure>"#
            $0.risks = #"<risk id="r1" likelihood="2" impact="3" status="open" owner="a2"><description>d</description></risk>"#
        },
        Case("A partner view within its agency's clearance is fine", []) {
            $0.rootAttributes = #"id="p1" schemaVersion="1.0" revision="3" classification="OFFICIAL" view="partner" for="a2" sourceRevision="2""#
            $0.measures = #"<measure id="m1" unit="n" direction="increase"><name>m</name><baseline>1</baseline><target>2</target></measure>"#
        },
        // Warnings
        Case("A task dated outside its stage's window is a warning", [warning(.outsideStageWindow, at: task1)],
            message: "task 't1' (2025-07-01 to 2025-07-04) falls outside stage clear's planned window 2025-06-01 to 2025-06-30") {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-07-01" due="2025-07-04""#)
        },
        Case("A task starting before its stage's window is a warning", [warning(.outsideStageWindow, at: task1)]) {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" due="2025-05-31""#)
        },
        Case("A task starting in its stage's window but lasting past its end is a warning", [warning(.outsideStageWindow, at: task1)],
            message: "task 't1' (2025-06-25 to 2025-07-14) falls outside") {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-25" durationDays="20""#)
        },
        Case("A task due in its stage's window but starting before it is a warning", [warning(.outsideStageWindow, at: task1)],
            message: "task 't1' (2025-05-29 to 2025-06-02) falls outside") {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" due="2025-06-02" durationDays="5""#)
        },
        Case("A task whose duration keeps it inside its stage's window is fine", []) {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-11" durationDays="20""#)
        },
        Case("A milestone on the last day of its stage's window is fine", []) {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-30" durationDays="0""#)
        },
        Case("A task inside its stage's window is fine", []) {
            $0.clear = #"<phase kind="clear" status="active" plannedStart="2025-06-01" plannedEnd="2025-06-30">"#
            replaceTask(&$0, attributes: #"status="inProgress" start="2025-06-01" due="2025-06-30""#)
        },
        Case("An agency with no task is a warning", [warning(.idleAgency, at: #"<agency id="a3""#)], message: "agency 'a3' leads and supports no task") {
            $0.agencies += "\n    <agency id=\"a3\" kind=\"fire\">\n      <name>Fire</name>\n    </agency>"
        },
        Case("A partner view does not warn about idle agencies", []) {
            $0.rootAttributes += #" view="partner" for="a1" sourceRevision="2""#
            $0.agencies += "\n    <agency id=\"a3\" kind=\"fire\">\n      <name>Fire</name>\n    </agency>"
        },
    ]

    @Test("The template document is valid without warnings")
    func templateIsClean() throws {
        let document = try readPlan(PlanText().xml)
        #expect(PlanValidator().validate(document.plan, sourceMap: document.sourceMap).isEmpty)
    }

    @Test("A broken rule gives its code at the line of the element it is about", arguments: cases)
    func rule(_ rule: Case) throws {
        let document = try readPlan(rule.xml)
        let diagnostics = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
        let got = diagnostics.map { "\($0.severity) \($0.code) at line \($0.location?.line ?? 0)" }
        let expected = rule.expected.map { "\($0.severity) \($0.code) at line \(rule.xml.line(of: $0.at))" }
        #expect(got.sorted() == expected.sorted(), "\(diagnostics.map(\.description))")
        #expect(diagnostics.allSatisfy { $0.location?.file == "test.xml" && ($0.location?.column ?? 0) > 0 })
        if let message = rule.message {
            #expect(diagnostics.contains { $0.message.contains(message) }, "\(diagnostics.map(\.message))")
        }
    }

    @Test("view, for and sourceRevision that do not agree are refused when reading", arguments: [
        #" view="partner" for="a1""#, #" view="partner" sourceRevision="1""#, #" view="partner""#,
        #" for="a1""#, #" sourceRevision="1""#, #" view="full" for="a1" sourceRevision="1""#,
    ])
    func viewAttributes(_ attributes: String) {
        var text = PlanText()
        text.rootAttributes += attributes
        let error = expectRefusal(text.xml, code: .viewAttributes, line: 2)
        #expect(error?.diagnostics.count == 1)
    }

    @Test("An invalid or reserved id never reaches the validator: the schema refuses it at its line", arguments: [
        "clear", "hold", "build", "1st", "a b", "a:b", "", "-x",
    ])
    func invalidID(_ id: String) {
        var text = PlanText()
        text.holdTasks = "<task id=\"\(id)\" lead=\"a2\" status=\"planned\"><title>x</title></task>"
        expectRefusal(text.xml, code: .schema, line: text.xml.line(of: "<task id=\"\(id)\""))
    }

    @Test("Ids that merely contain a stage name are fine", arguments: ["clears", "Hold", "build2", "rebuild", "cle"])
    func nearlyReservedID(_ id: String) throws {
        var text = PlanText()
        text.holdTasks = "<task id=\"\(id)\" lead=\"a2\" status=\"planned\"><title>x</title></task>"
        let document = try readPlan(text.xml)
        #expect(!PlanValidator().validate(document.plan, sourceMap: document.sourceMap).containsErrors)
    }

    @Test("Out-of-range numbers never reach the validator: the schema refuses them at their line", arguments: [
        #"<task id="t2" lead="a2" status="planned" progress="101"><title>x</title></task>"#,
        #"<task id="t2" lead="a2" status="planned" durationDays="-1"><title>x</title></task>"#,
        #"<task id="t2" lead="a2" status="planned" start="2025-02-30"><title>x</title></task>"#,
        #"<task id="t2" lead="a2" status="planned" due="2025-6-1"><title>x</title></task>"#,
    ])
    func outOfRange(_ task: String) {
        var text = PlanText()
        text.holdTasks = task
        expectRefusal(text.xml, code: .schema, line: text.xml.line(of: #"<task id="t2""#))
    }
}
