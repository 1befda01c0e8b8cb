import Foundation
import PlanCore
import PlanXML
import Testing

/// Replays every input the fuzzers ever flagged through the same checks the fuzz targets run
/// (``FuzzOracles``), without libFuzzer, so `swift test` keeps each fixed finding fixed.
///
/// The inputs are `Tests/PlanXMLTests/Fixtures/fuzz-regressions/TARGET/*` (a folder that
/// target already copies as a resource, so SwiftPM has no unhandled files to warn about), read
/// here through `#filePath` because this target is the one that sees PlanReports too;
/// `scripts/fuzz` copies each new finding there. The example plans and test fixtures, the
/// fuzzers' seeds, are replayed too, so the oracles themselves are checked on known-good input.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The fixture folders in the source tree, one per fuzz target.
    static let folder = TestPlans.root.appendingPathComponent("Tests/PlanXMLTests/Fixtures/fuzz-regressions")

    /// Every saved finding, as (target, file name).
    static let findings: [Finding] = FuzzOracles.targets.flatMap { target in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { Finding(target: target, name: $0) }
    }

    /// One saved input of one fuzz target.
    struct Finding: CustomTestStringConvertible, Sendable {
        var target: String
        var name: String
        var testDescription: String { "\(target)/\(name)" }
    }

    static let examplePlans: [Plan] = TestPlans.names.compactMap { try? TestPlans.load($0) }

    @Test("a saved finding passes its target's checks", arguments: findings)
    func replay(_ finding: Finding) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("\(finding.target)/\(finding.name)")))
        #expect(throws: Never.self) { try FuzzOracles.check(finding.target, bytes, examplePlans: Self.examplePlans) }
    }

    @Test("the example plans pass every target's checks", arguments: TestPlans.names)
    func seeds(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: TestPlans.root.appendingPathComponent("plans/\(name).xml")))
        #expect(Self.examplePlans.count == TestPlans.names.count)
        for target in ["plan-reader", "reports"] {
            #expect(throws: Never.self) { try FuzzOracles.check(target, bytes, examplePlans: Self.examplePlans) }
        }
        let plan = try TestPlans.load(name)
        for agency in plan.agencies.prefix(3) {
            let view = try PlanWriter().write(plan.partnerView(for: agency.id))
            #expect(throws: Never.self) { try FuzzOracles.check("merge", view, examplePlans: Self.examplePlans) }
        }
        let mspdi = try MSPDIWriter().write(plan)
        #expect(throws: Never.self) { try FuzzOracles.check("mspdi-import", mspdi, examplePlans: []) }
    }

    @Test("an oracle catches a broken property")
    func oracleFails() {
        #expect(throws: OracleFailure.self) { try FuzzOracles.check("no-such-target", [], examplePlans: []) }
    }
}
