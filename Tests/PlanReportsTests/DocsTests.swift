import Foundation
import PlanReports
import Testing

/// The README section stays true to the code: its pasted report is today's output, its JSON
/// shape lists the keys the renderer writes, and its CSV table the columns.
@Suite("README section")
struct DocsTests {
    static func section() throws -> String {
        try String(contentsOf: TestPlans.root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("The pasted text report is exactly what chb prints for Heron on 30 November 2026")
    func pastedReport() throws {
        // chb compares with the plan's latest baseline by the report date, as `chb status` does;
        // the golden file is the report without one, so the README holds it and more.
        let plan = try TestPlans.load("heron-hold")
        var report = try StatusReport(plan: plan, asOf: TestPlans.asOf)
        try report.compare(withBaseline: nil, of: plan)
        #expect(report.baseline != nil)
        #expect(try Self.section().contains("$ chb status plans/heron-hold.xml --as-of 2026-11-30\n" + report.rendered(as: .text) + "```"))
        report.baseline = nil
        #expect(report.rendered(as: .text) == String(decoding: try Golden.bytes("heron-hold.txt"), as: UTF8.self))
    }

    @Test("Every top-level JSON key and every CSV column is documented")
    func shapeDocumented() throws {
        let doc = try Self.section()
        for key in JSONTests.topLevelKeys { #expect(doc.contains("\"\(key)\""), "JSON key \(key)") }
        for key in JSONTests.stageKeys { #expect(doc.contains("\"\(key)\""), "stage key \(key)") }
        for column in CSVTests.header { #expect(doc.contains("`\(column)`"), "CSV column \(column)") }
        for column in ChangesCSVTests.header { #expect(doc.contains("`\(column)`"), "changes CSV column \(column)") }
        for kind in ChangesCSVTests.changeKinds { #expect(doc.contains("| `\(kind)`"), "change \(kind) in the table of changes") }
        #expect(doc.contains("](docs/status-heron.png)"))
        #expect(FileManager.default.fileExists(atPath: TestPlans.root.appendingPathComponent("docs/status-heron.png").path))
    }
}
