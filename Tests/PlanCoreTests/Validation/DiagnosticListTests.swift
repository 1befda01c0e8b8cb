import PlanCore
import Testing

/// The bounded list every diagnostic path collects into (issue 18 item 2): a cap, repeats for
/// one element counted once, duplicates dropped, and "and M more" at the end.
@Suite("DiagnosticList")
struct DiagnosticListTests {
    static func error(_ message: String, line: Int, code: PlanDiagnostic.Code = .unknownReference) -> PlanDiagnostic {
        PlanDiagnostic(.error, code, message, at: SourceLocation(file: "f.xml", line: line, column: 1))
    }

    @Test("Past the limit, errors are counted and the list ends with 'and M more'")
    func cap() {
        var list = DiagnosticList(limit: 3)
        for line in 1...10 { list.append(Self.error("bad", line: line)) }
        let shown = list.diagnostics
        #expect(shown.count == 4)
        #expect(shown.prefix(3).map { $0.location?.line } == [1, 2, 3])
        #expect(shown[3].code == .moreDiagnostics)
        #expect(shown[3].severity == .error)
        #expect(shown[3].location == nil)
        #expect(shown[3].message == "and 7 more errors not shown (the first 3 are listed)")
        #expect(list.count(.error) == 10)
        #expect(list.containsErrors)
    }

    @Test("Errors and warnings have a limit each, and one more is worded in the singular")
    func severities() {
        var list = DiagnosticList(limit: 2)
        for line in 1...3 { list.append(PlanDiagnostic(.warning, .idleAgency, "idle", at: SourceLocation(line: line, column: 1))) }
        for line in 1...5 { list.append(Self.error("bad", line: line)) }
        let more = list.diagnostics.filter { $0.code == .moreDiagnostics }
        #expect(more.map(\.message) == ["and 3 more errors not shown (the first 2 are listed)",
                                        "and 1 more warning not shown (the first 2 are listed)"])
        #expect(more.map(\.severity) == [.error, .warning])
    }

    @Test("A diagnostic repeated for the same element is listed once, with how often")
    func repeats() {
        var list = DiagnosticList(limit: 3)
        for _ in 1...10_000 { list.append(Self.error("character content", line: 4), element: 7) }
        // The same message for another element is another line.
        list.append(Self.error("character content", line: 9), element: 8)
        let shown = list.diagnostics
        #expect(shown.map(\.message) == ["character content (reported 10,000 times in this element)", "character content"])
        #expect(list.count(.error) == 2)
    }

    @Test("Repeats of a diagnostic left out are not counted as more")
    func repeatsPastTheLimit() {
        var list = DiagnosticList(limit: 1)
        for element in 0..<5 {
            for _ in 0..<100 { list.append(Self.error("text", line: element + 1), element: element) }
        }
        #expect(list.diagnostics.map(\.message) == ["text (reported 100 times in this element)",
                                                    "and 4 more errors not shown (the first is listed)"])
    }

    @Test("An exact duplicate is not listed twice")
    func duplicates() {
        var list = DiagnosticList()
        list.append(Self.error("bad", line: 2))
        list.append(Self.error("other", line: 3))
        list.append(Self.error("bad", line: 2))
        #expect(list.diagnostics.map(\.message) == ["bad", "other"])
    }

    @Test("The first diagnostic of a new code is kept even past the limit")
    func newCodeKept() {
        var list = DiagnosticList(limit: 2)
        for line in 1...5 { list.append(Self.error("schema", line: line)) }
        list.append(Self.error("not well-formed", line: 6, code: .duplicateID))
        #expect(list.contains(code: .duplicateID))
        list.removeAll(code: .unknownReference)
        #expect(list.diagnostics.map(\.message) == ["not well-formed"])
        #expect(!list.contains(code: .unknownReference))
    }

    @Test("Memory stays bounded: a million distinct errors keep only the limit")
    func million() {
        var list = DiagnosticList()
        for line in 1...1_000_000 { list.append(Self.error("bad", line: line)) }
        #expect(list.diagnostics.count == DiagnosticList.standardLimit + 1)
        #expect(list.diagnostics.last?.message == "and 999,900 more errors not shown (the first 100 are listed)")
    }

    @Test("The validator's diagnostics are capped")
    func validatorCapped() {
        var plan = PlanValidatorTests.plan
        let task = plan.stages[0].tasks[0]
        plan.stages[0].tasks = (0..<250).map { i in
            var copy = task
            copy.id = TaskID("t\(i)")
            copy.lead = "ghost"
            return copy
        }
        let diagnostics = PlanValidator().validate(plan)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == DiagnosticList.standardLimit + 1)
        #expect(errors.last?.code == .moreDiagnostics)
        #expect(errors.last?.message.hasPrefix("and ") == true)
    }
}
