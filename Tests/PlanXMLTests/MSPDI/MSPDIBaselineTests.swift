import Foundation
import PlanCore
import PlanXML
import Testing

/// MS Project's baseline 0 and chb's latest baseline: export writes the baseline's dates as each
/// task's `Baseline` (`Number` 0); import reads them back into a chb baseline whose rebuilt plan
/// has those dates.
@Suite("MSPDI baselines")
struct MSPDIBaselineTests {
    static func at(_ text: String) -> ChangeContext { ChangeContext(agency: "pol", at: Instant(text)!) }
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// t-a from 2 February for 10 days and t-m a milestone on 20 February at the baseline; then
    /// t-a grows to 24 days and t-m moves to 6 March.
    static func plan() throws -> Plan {
        var plan = Plan.draft(id: "op-b", title: "Op B", area: "Area", lead: Agency(id: "pol", kind: .police, name: "Police"),
            officer: "Supt", classification: .official, context: at("2026-01-05T09:00:00Z"))
        try plan.addTask(PlanTask(id: "t-a", lead: "pol", start: day("2026-02-02"), durationDays: 10, title: "Warrants"), to: .hold,
            by: at("2026-01-05T10:00:00Z"))
        try plan.addTask(PlanTask(id: "t-m", lead: "pol", start: day("2026-02-20"), durationDays: 0, title: "Review"), to: .hold,
            by: at("2026-01-05T10:01:00Z"))
        try plan.addTask(PlanTask(id: "t-u", lead: "pol", durationDays: 3, title: "Undated"), to: .hold, by: at("2026-01-05T10:02:00Z"))
        try plan.setBaseline("first board", by: at("2026-01-10T15:00:00Z"))
        try plan.editTask("t-a", by: at("2026-01-15T09:00:00Z")) { $0.durationDays = 24 }
        try plan.editTask("t-m", by: at("2026-01-15T09:01:00Z")) { $0.start = CalendarDate("2026-03-06") }
        return plan
    }

    @Test("Export writes the latest baseline's dates as baseline 0 of each task dated then")
    func export() throws {
        let text = String(decoding: try MSPDIWriter().write(Self.plan()), as: UTF8.self)
        #expect(text.contains("""
                  <Baseline>
                    <Number>0</Number>
                    <Start>2026-02-02T08:00:00</Start>
                    <Finish>2026-02-11T17:00:00</Finish>
                    <Duration>PT80H0M0S</Duration>
                    <DurationFormat>7</DurationFormat>
                  </Baseline>
            """), "\(text)")
        #expect(text.contains("<Start>2026-02-20T08:00:00</Start>\n        <Finish>2026-02-20T08:00:00</Finish>\n        <Duration>PT0H0M0S</Duration>"))
        #expect(text.components(separatedBy: "<Baseline>").count == 3, "the undated task has no baseline")
        var none = try Self.plan()
        try none.removeBaseline("first board", by: Self.at("2026-01-16T09:00:00Z"))
        #expect(!String(decoding: try MSPDIWriter().write(none), as: UTF8.self).contains("<Baseline>"))
    }

    @Test("Import reads baseline 0 into a chb baseline whose rebuilt plan has the baseline's dates")
    func importBack() throws {
        let bytes = try MSPDIWriter().write(Self.plan())
        let result = try MSPDITest.reader().read(bytes, file: "b.xml")
        let plan = result.plan
        let baseline = try #require(plan.baseline(named: "MS Project baseline"))
        #expect(baseline.at == Instant(secondsSinceEpoch: MSPDITest.now.secondsSinceEpoch - 1))
        #expect(!result.unmapped.contains { $0.message.contains("baselines") })
        let tasks = plan.allTasks
        #expect(tasks.map(\.lastDay) == [Self.day("2026-02-25"), Self.day("2026-03-06"), tasks[2].lastDay])
        let rebuilt = plan.asItStood(at: baseline.at)
        #expect(rebuilt.isExact)
        #expect(rebuilt.plan.allTasks.map(\.firstDay) == [Self.day("2026-02-02"), Self.day("2026-02-20"), tasks[2].firstDay])
        #expect(rebuilt.plan.allTasks.map(\.lastDay) == [Self.day("2026-02-11"), Self.day("2026-02-20"), tasks[2].lastDay])
        #expect(rebuilt.plan.allTasks[1].durationDays == 0)
        #expect(plan.history.map(\.kind) == [.imported, .taskUpdated, .taskUpdated, .edited])
        #expect(plan.revision == 4)
        // Written again, the baseline goes out as it came in.
        let again = String(decoding: try MSPDIWriter().write(plan), as: UTF8.self)
        #expect(again.contains("<Start>2026-02-02T08:00:00</Start>\n        <Finish>2026-02-11T17:00:00</Finish>"))
    }

    @Test("A file with no baseline imports as before: one imported event, revision 1")
    func noBaseline() throws {
        var plan = try Self.plan()
        try plan.removeBaseline("first board", by: Self.at("2026-01-16T09:00:00Z"))
        let result = try MSPDITest.reader().read(try MSPDIWriter().write(plan), file: "b.xml")
        #expect(result.plan.baselines.isEmpty)
        #expect(result.plan.history.map(\.kind) == [.imported])
        #expect(result.plan.revision == 1)
    }
}
