import Foundation
import PlanCore
import PlanXML
import Testing

/// Every example plan and both fixtures read without errors, validate, and export to the
/// very bytes they were read from.
@Suite("Example plans and fixtures")
struct FixtureRoundTripTests {
    @Test("There are example plans to test")
    func examplesExist() {
        #expect(TestFiles.examplePlans.count >= 3, "plans/ should hold at least three example plans")
    }

    @Test("An example plan reads, validates without errors and writes back byte for byte",
        arguments: TestFiles.examplePlans)
    func examplePlan(_ name: String) throws {
        try checkRoundTrip(TestFiles.examplePlan(name), name: name)
    }

    @Test("A fixture reads, validates without errors and writes back byte for byte",
        arguments: ["minimal.xml", "maximal.xml"])
    func fixture(_ name: String) throws {
        try checkRoundTrip(TestFiles.fixture(name), name: name)
    }

    @Test("Reading a file by path gives the same plan as reading its bytes", arguments: TestFiles.examplePlans)
    func pathAndBytesAgree(_ name: String) throws {
        let url = TestFiles.examplePlan(name)
        let byPath = try PlanReader().read(contentsOf: url.path)
        let byBytes = try PlanReader().read(TestFiles.bytes(url), file: url.path)
        #expect(byPath == byBytes)
        #expect(byPath.sourceMap[.plan]?.file == url.path)
    }

    @Test("The maximal fixture holds every optional part, so the round trip covers them")
    func maximalCoversTheFormat() throws {
        let plan = try PlanReader().read(contentsOf: TestFiles.fixture("maximal.xml").path).plan
        #expect(plan.area.description != nil && !plan.area.localities.isEmpty)
        #expect(plan.governance.board != nil && plan.governance.reviewCadenceDays != nil)
        #expect(plan.governance.informationSharingAgreement != nil)
        #expect(plan.agencies.contains { !$0.extensions.isEmpty && $0.contact != nil && $0.clearance == .officialSensitive })
        let tasks = plan.allTasks
        for status in PlanTask.Status.allCases { #expect(tasks.contains { $0.status == status }, "a \(status) task") }
        for kind in Dependency.Kind.allCases { #expect(tasks.contains { $0.dependencies.contains { $0.type == kind } }, "a \(kind) link") }
        #expect(tasks.contains { $0.dependencies.contains { $0.lagDays < 0 } })
        #expect(tasks.contains { !$0.notes.isEmpty } && tasks.contains { !$0.extensions.isEmpty })
        #expect(tasks.contains { $0.durationDays == 0 } && tasks.contains { $0.classification != nil })
        #expect(plan.measures.contains { $0.observations.contains { $0.source != nil } })
        #expect(plan.measures.contains { $0.observations.contains { $0.value.scale > 0 } })
        #expect(plan.risks.contains { $0.mitigation != nil } && plan.risks.contains { $0.classification != nil })
        #expect(plan.history.contains { $0.actor != nil } && !plan.extensions.isEmpty)
    }

    private func checkRoundTrip(_ url: URL, name: String) throws {
        let original = try TestFiles.bytes(url)
        let document = try PlanReader().read(original, file: name)
        let diagnostics = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
        #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.description))")
        let written = try PlanWriter().write(document.plan)
        #expect(written == original, "export of \(name) differs from the file:\n\(firstDifference(written, original))")
        let reread = try PlanReader().read(written, file: name)
        #expect(reread.plan == document.plan)
    }
}

/// A readable description of where two byte arrays first differ.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
    let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let line = a[..<index].filter { $0 == UInt8(ascii: "\n") }.count + 1
    func excerpt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self)
    }
    return "at byte \(index), line \(line) (\(a.count) vs \(b.count) bytes)\n--- got:\n\(excerpt(a))\n--- expected:\n\(excerpt(b))"
}
