import PlanCore
import PlanXML
import Testing

/// Events carry their changes as `change` elements: written on one line, read back exactly,
/// checked by the schema and the validator.
@Suite("History changes in the document")
struct HistoryChangeTests {
    static let at = Instant("2026-12-03T11:00:00Z")!

    /// The spec's example, in a small valid plan.
    static let specEvent = #"<event at="2026-12-03T11:00:00Z" agency="a1" kind="taskStatusChanged" subject="t1"><change field="status" from="inProgress" to="blocked"/><change field="blockedSince" to="2026-12-03"/>Head teacher off sick</event>"#

    @Test("The spec's example reads, and is written back on one line exactly")
    func specExample() throws {
        var text = PlanText()
        text.history = Self.specEvent
        let document = try readPlan(text.xml)
        let event = try #require(document.plan.history.first)
        #expect(event.changes == [
            HistoryChange(field: "status", from: "inProgress", to: "blocked"),
            HistoryChange(field: "blockedSince", to: "2026-12-03"),
        ])
        #expect(event.text == "Head teacher off sick")
        let written = String(decoding: try PlanWriter().write(document.plan), as: UTF8.self)
        #expect(written.contains("    " + Self.specEvent + "\n"), "\(written)")
        #expect(try PlanReader().read(Array(written.utf8)).plan == document.plan)
    }

    @Test("A plan changed by chb writes every event with its changes and reads back equal, awkward values and all")
    func roundTrip() throws {
        var plan = Plan.draft(
            id: "op-x", title: "Op X", area: "Area", lead: Agency(id: "pol", kind: .police, name: "Police"), officer: "Supt",
            classification: .official, context: ChangeContext(agency: "pol", at: Self.at))
        let context = ChangeContext(agency: "pol", at: Self.at)
        try plan.addAgency(Agency(id: "cou", kind: .localAuthority, name: "Council & \"friends\" <b>"), by: context)
        try plan.addTask(PlanTask(id: "t-1", lead: "pol", title: "Line one\nline two\ttab  spaces ", supports: ["cou"]), to: .clear, by: context)
        try plan.transition(.clear, .start, by: context)
        try plan.transition("t-1", .start, by: context)
        try plan.addNote("  a note with % and  double  spaces ", to: "t-1", by: context)
        try plan.transition("t-1", .block, reason: "Head teacher off sick", by: context)
        try plan.editTask("t-1", by: context) { $0.progress = 40; $0.due = CalendarDate("2026-12-20") }
        let written = try PlanWriter().write(plan)
        let read = try PlanReader().read(written).plan
        #expect(read == plan)
        #expect(read.history.dropFirst().allSatisfy { !$0.changes.isEmpty })
        #expect(try PlanWriter().write(read) == written)
    }

    @Test("A document whose events carry no change elements stays valid")
    func withoutChanges() throws {
        var text = PlanText()
        text.history = #"<event at="2026-12-03T11:00:00Z" agency="a1" kind="taskStatusChanged" subject="t1">done: all sessions held</event>"#
        let plan = try readPlan(text.xml).plan
        #expect(plan.history[0].changes.isEmpty)
    }

    @Test("A change naming a field its subject has not is an error on its line",
        arguments: [
            (#"<change field="colour" to="red"/>"#, "changes field 'colour'"),
            (#"<change field="progress" from="10" to="140"/>"#, "to '140'"),
            (#"<change field="due" to="2026-13-01"/>"#, "a date"),
            (#"<change field="note" from="2026-12-01T10:00:00Z a1 x" to="2026-12-01T10:00:00Z a1 y"/>"#, "exactly one of from"),
            (#"<change field="status" from="planned" to="planned"/>"#, "without changing"),
        ])
    func invalidChange(change: String, message: String) throws {
        var text = PlanText()
        text.history = #"<event at="2026-12-03T11:00:00Z" agency="a1" kind="taskUpdated" subject="t1">"#
            + "\n      " + change + "edited</event>"
        let xml = text.xml
        let document = try readPlan(xml)
        let errors = PlanValidator().validate(document.plan, sourceMap: document.sourceMap).filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.code == .invalidChange)
        #expect(error.location?.line == xml.line(of: "<change"))
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test("Text before a change element is refused")
    func textBeforeChange() {
        var text = PlanText()
        text.history = #"<event at="2026-12-03T11:00:00Z" agency="a1" kind="taskUpdated" subject="t1">early<change field="progress" to="10"/>late</event>"#
        expectRefusal(text.xml, code: .schema, line: nil)
    }
}
