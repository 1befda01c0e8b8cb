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

/// Dates in one style per format (issue 20, item 7): the text report and portfolio write
/// `2026-11-30` everywhere, headings included; Markdown writes `30 Nov 2026` everywhere.
@Suite("One date style per format")
struct DateStyleTests {
    static var longOrMedium: Regex<(Substring, Substring)> { #/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/# }
    static var iso: Regex<Substring> { #/\b\d{4}-\d{2}-\d{2}\b/# }

    @Test("The text report and portfolio write every date as YYYY-MM-DD", arguments: TestPlans.names)
    func text(_ name: String) throws {
        // History text is the plan's, written as given ("… kept at 29 January 2027").
        let report = try TestPlans.report(name).rendered(as: .text).replacing("29 January 2027", with: "")
        #expect(report.contains("Stage status report as of 2026-11-30"))
        #expect(report.firstMatch(of: Self.longOrMedium) == nil, "\(report.firstMatch(of: Self.longOrMedium).map { String($0.output.0) } ?? "")")
        let portfolio = try PortfolioTests.portfolio().rendered(as: .text)
        #expect(portfolio.firstMatch(of: Self.longOrMedium) == nil, "\(portfolio.firstMatch(of: Self.longOrMedium).map { String($0.output.0) } ?? "")")
    }

    @Test("The Markdown report writes every date as 30 Nov 2026, outside code", arguments: TestPlans.names)
    func markdown(_ name: String) throws {
        let report = try TestPlans.report(name).rendered(as: .markdown)
        let prose = report.replacing(#/`[^`]*`/#, with: "").replacing("29 January 2027", with: "")
        #expect(prose.contains("Stage status report as of **30 Nov 2026**"))
        #expect(prose.firstMatch(of: Self.iso) == nil, "\(prose.firstMatch(of: Self.iso).map { String($0.output) } ?? "")")
        #expect(prose.firstMatch(of: #/\b\d{1,2} (January|February|March|April|June|July|August|September|October|November|December) \d{4}\b/#) == nil)
    }
}

/// The text report fits a 120-column terminal (issue 20, item 17): long cells wrap within their
/// column or end in "…", long prose lines fold under their label.
@Suite("Text report width")
struct TextWidthTests {
    @Test("Every line of every example plan's text report, and of the portfolio, is at most 120 characters", arguments: TestPlans.names)
    func fits(_ name: String) throws {
        for text in [try TestPlans.report(name).rendered(as: .text), try TestPlans.report("heron-hold", stage: .hold, agency: "sht").rendered(as: .text)] {
            for line in text.split(separator: "\n") { #expect(line.count <= 120, "\(line.count): \(line)") }
        }
        let since = try StatusReport(plan: TestPlans.load(name), asOf: TestPlans.asOf, since: TestPlans.asOf.adding(days: -31))
        for line in since.rendered(as: .text).split(separator: "\n") { #expect(line.count <= 120, "\(line.count): \(line)") }
        for line in try PortfolioTests.portfolio().rendered(as: .text).split(separator: "\n") { #expect(line.count <= 120, "\(line.count): \(line)") }
    }

    @Test("To fit, a name ends in … and a title wraps within its column; ids and dates are never cut")
    func cells() throws {
        let report = try TestPlans.report("heron-hold")
        let text = report.rendered(as: .text)
        for task in report.overdueTasks { #expect(text.contains(" \(task.id)\n"), "\(task.id) whole at a line's end") }
        #expect(text.contains("  Replace door entry     Hold   2026-10-30  31 days  In progress  no        Saltings Housing Tru…  t-h-door-entry\n"
            + "  systems and audit\n"))
        #expect(text.contains("2026-05-26 to           2026-12-03") && text.contains("2027-02-05 (forecast)"))
    }
}
