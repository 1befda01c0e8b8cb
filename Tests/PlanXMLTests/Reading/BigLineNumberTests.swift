import PlanCore
import PlanXML
import Testing

/// libxml2 2.9.14 stores line numbers in 16 bits unless told otherwise; chb's must be exact
/// past 65,535 for the decoder's own locations, the schema's and the parser's.
@Suite("Line numbers past 65,535")
struct BigLineNumberTests {
    static let count = 70_000

    /// A plan with 70,000 one-line history events, then `last` on a line of its own.
    static func manyEvents(then last: String) -> String {
        var text = PlanText()
        text.history = (0..<count).map {
            #"<event at="2025-06-02T09:30:00Z" agency="a1" kind="edited" subject="p1">Edit \#($0)</event>"#
        }.joined(separator: "\n    ") + "\n    " + last
        return text.xml
    }

    /// A plan whose task has 70,000 one-line notes, then `last` on a line of its own.
    static func manyNotes(then last: String) -> String {
        var text = PlanText()
        let notes = (0..<count).map { #"<note at="2025-06-02T09:30:00Z" agency="a2">Note \#($0)</note>"# }
        text.clearTasks = """
            <task id="t1" lead="a1" status="inProgress">
                      <title>First task</title>
                      <support ref="a2"/>
                      \(notes.joined(separator: "\n          "))
                      \(last)
                    </task>
                    <task id="t2" lead="a2" status="planned">
                      <title>Second task</title>
                    </task>
            """
        return text.xml
    }

    /// A plan whose Clear stage has 70,000 one-line objectives, then `task` in its tasks.
    static func manyObjectives(then task: String) -> String {
        var text = PlanText()
        text.clear += "\n" + (0..<count).map { "      <objective>Objective \($0)</objective>" }.joined(separator: "\n")
        text.clearTasks += "\n        " + task
        return text.xml
    }

    @Test("A valid plan of more than 70,000 lines reads with exact lines and no errors")
    func validPlan() throws {
        let xml = Self.manyNotes(then: #"<note at="2025-06-03T00:00:00Z" agency="a1">Last</note>"#)
        let lines = xml.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        #expect(lines > 70_000)
        let document = try readPlan(xml)
        #expect(document.plan.stages[0].tasks[0].notes.count == Self.count + 1)
        #expect(document.sourceMap[.note(0, 0, Self.count)]?.line == xml.line(of: ">Last</note>"))
        #expect(document.sourceMap[.note(0, 0, Self.count)]?.column == 11)
        #expect(document.sourceMap[.note(0, 0, 66_000)]?.line == xml.line(of: ">Note 66000<"))
        #expect(document.sourceMap[.task(0, 1)]?.line == xml.line(of: #"<task id="t2""#))
        #expect(!PlanValidator().validate(document.plan, sourceMap: document.sourceMap).containsErrors)
    }

    @Test("A semantic error past line 70,000 has its exact line", arguments: ["event", "note"])
    func semanticError(_ container: String) throws {
        let xml = container == "event"
            ? Self.manyEvents(then: #"<event at="2025-06-03T00:00:00Z" agency="ghost" kind="edited" subject="p1">Ghost</event>"#)
            : Self.manyNotes(then: #"<note at="2025-06-03T00:00:00Z" agency="ghost">Ghost</note>"#)
        let document = try readPlan(xml)
        let errors = PlanValidator().validate(document.plan, sourceMap: document.sourceMap).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.code == .unknownReference)
        let line = xml.line(of: "Ghost<")
        #expect(line > 70_000)
        #expect(errors.first?.location?.line == line)
        #expect(errors.first?.location?.column == xml.column(of: #"<\#(container) at="2025-06-03"#))
    }

    @Test("A schema error past line 70,000 has its exact line")
    func schemaError() {
        let xml = Self.manyObjectives(then: "<bogus>Ghost</bogus>")
        let line = xml.line(of: "<bogus>")
        #expect(line > 70_000)
        expectRefusal(xml, code: .schema, line: line)
    }

    @Test("A schema error in an attribute past line 70,000 has its exact line")
    func attributeError() {
        let xml = Self.manyObjectives(then: #"<task id="t2" lead="a1" status="finished"><title>Late</title></task>"#)
        expectRefusal(xml, code: .schema, line: xml.line(of: #"<task id="t2""#))
    }

    @Test("A well-formedness error past line 70,000 has its exact line and a column")
    func malformed() {
        let xml = Self.manyObjectives(then: #"<task id="t2" lead="a1" status="planned"><title>Bad</titel></task>"#)
        let line = xml.line(of: "Bad</titel>")
        #expect(line > 70_000)
        let error = expectRefusal(xml, code: .malformed, line: line)
        #expect((error?.diagnostics[0].location?.column ?? 0) > 1)
    }
}
