import Foundation
import PlanCore
import PlanReports
import Testing

/// A portfolio across the example operations, one plan that could not be read among them.
@Suite("Portfolio report")
struct PortfolioTests {
    static func portfolio() throws -> PortfolioReport {
        var inputs = try TestPlans.names.map { PortfolioReport.Input.plan(source: "plans/\($0).xml", try TestPlans.load($0)) }
        inputs.insert(.unreadable(source: "plans/broken.xml", message: "line 1: the root element is not a chb plan"), at: 1)
        return PortfolioReport(asOf: TestPlans.asOf, inputs: inputs)
    }

    @Test("Each format matches its golden file", arguments: ReportFormat.allCases)
    func golden(_ format: ReportFormat) throws {
        try Golden.check(try Self.portfolio().rendered(as: format), "portfolio.\(format.fileExtension)")
    }

    @Test("Operations come worst first, each with the overall status and counts of its own report")
    func agreesWithEachReport() throws {
        let portfolio = try Self.portfolio()
        #expect(portfolio.operations.map(\.header.planID.rawValue) == ["op-heron", "op-osprey", "op-kestrel"])
        for op in portfolio.operations {
            let name = String(op.source.dropFirst("plans/".count).dropLast(".xml".count))
            let report = try TestPlans.report(name)
            #expect(op.overall == report.overall)
            #expect(op.stages.map(\.rag) == report.stages.map(\.rag))
            #expect(op.overdue == report.overdueTasks.count && op.blocked == report.blockedTasks.count)
            #expect(op.reasons.count <= PortfolioReport.reasonLimit)
            #expect(op.reasons.allSatisfy { $0.level == .red || $0.level == .amber })
        }
    }

    @Test("A plan that could not be read is listed with its error in every format; the others still report")
    func failingPlan() throws {
        let portfolio = try Self.portfolio()
        #expect(portfolio.hasFailures)
        #expect(portfolio.failures == [PortfolioReport.Failure(source: "plans/broken.xml", message: "line 1: the root element is not a chb plan")])
        #expect(portfolio.operations.count == 3)
        for format in ReportFormat.allCases {
            let text = portfolio.rendered(as: format)
            #expect(text.contains("plans/broken.xml"), "\(format)")
            #expect(text.contains("the root element is not a chb plan"), "\(format)")
            #expect(text.contains("Operation Kestrel"), "\(format)")
        }
    }

    @Test("The marking is the most sensitive plan's, at the top and the bottom, naming every sharing agreement")
    func marking() throws {
        let portfolio = try Self.portfolio()
        #expect(portfolio.classification == .officialSensitive)
        #expect(portfolio.marking == "OFFICIAL-SENSITIVE · Information sharing agreements SMC-ISA-2025-044, TMP-ISA-2024-017, NWP-ISA-2026-031")
        let lines = portfolio.rendered(as: .text).split(separator: "\n")
        #expect(lines.first.map(String.init) == portfolio.marking && lines.last.map(String.init) == portfolio.marking)

        var official = try TestPlans.load("kestrel-clear")
        official.classification = .official
        let one = PortfolioReport(asOf: TestPlans.asOf, inputs: [.plan(source: "k.xml", official)])
        #expect(one.classification == .official)
        let mixed = PortfolioReport(asOf: TestPlans.asOf, inputs: [.plan(source: "k.xml", official), .plan(source: "h.xml", try TestPlans.load("heron-hold"))])
        #expect(mixed.classification == .officialSensitive)
    }

    @Test("With no readable plan the portfolio says so and is marked OFFICIAL")
    func nothingReadable() {
        let portfolio = PortfolioReport(asOf: TestPlans.asOf, inputs: [.unreadable(source: "a.xml", message: "no such file")])
        #expect(portfolio.operations.isEmpty && portfolio.classification == .official)
        #expect(portfolio.tally == "No operations · 1 plan could not be read")
    }
}
