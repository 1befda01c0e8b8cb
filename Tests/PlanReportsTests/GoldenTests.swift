import PlanCore
import PlanReports
import Testing

/// Every format of every example plan on 30 November 2026, byte for byte against the files in
/// `Golden/` (regenerate with `CHB_UPDATE_GOLDEN=1 swift test` and review the diff).
@Suite("Golden reports")
struct GoldenTests {
    static let cases: [(String, ReportFormat)] = TestPlans.names.flatMap { name in ReportFormat.allCases.map { (name, $0) } }

    @Test("Each example plan in each format matches its golden file", arguments: cases)
    func examplePlan(_ name: String, _ format: ReportFormat) throws {
        let report = try TestPlans.report(name)
        try Golden.check(report.rendered(as: format), "\(name).\(format.fileExtension)")
    }

    @Test("A report limited to one stage and one agency matches its golden files", arguments: [ReportFormat.text, .markdown, .json])
    func scoped(_ format: ReportFormat) throws {
        let report = try TestPlans.report("heron-hold", stage: .hold, agency: "sht")
        try Golden.check(report.rendered(as: format), "heron-hold--stage-hold--agency-sht.\(format.fileExtension)")
    }

    @Test("Osprey's changes since a board on 30 October 2026, as the CSV table of changes, match their golden file")
    func changesTable() throws {
        let since = try #require(CalendarDate("2026-10-30"))
        let report = try StatusReport(plan: TestPlans.load("osprey-build"), asOf: TestPlans.asOf, since: since)
        try Golden.check(report.csv(.changes), "osprey-build--since-2026-10-30--table-changes.csv")
    }

    @Test("Rendering is deterministic: two builds of the same report give the same bytes in every format")
    func deterministic() throws {
        for name in TestPlans.names {
            let first = try TestPlans.report(name), second = try TestPlans.report(name)
            #expect(first == second)
            for format in ReportFormat.allCases {
                #expect(first.rendered(as: format) == second.rendered(as: format), "\(name) \(format)")
            }
        }
    }
}
