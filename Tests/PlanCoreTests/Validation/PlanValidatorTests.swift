import PlanCore
import Testing

/// The validator on plans built in code, for the rules a schema-checked document cannot
/// break (names, ranges) and for how diagnostics are located and ordered.
@Suite("PlanValidator")
struct PlanValidatorTests {
    /// A valid plan with no warnings.
    static var plan: Plan {
        Plan(
            id: "p1", revision: 1, classification: .official, title: "Plan",
            area: Area(name: "Area"), governance: Governance(leadAgency: "a1", leadResponsibleOfficer: "Inspector", reviewCadenceDays: 28),
            agencies: [Agency(id: "a1", kind: .police, name: "Police"), Agency(id: "a2", kind: .housing, name: "Homes")],
            stages: [
                Stage(kind: .clear, status: .active, exitCriteria: [ExitCriterion(id: "c1", statement: "Done")],
                    tasks: [PlanTask(id: "t1", lead: "a1", status: .inProgress, durationDays: 3, progress: 50, title: "Task", supports: ["a2"])]),
                Stage(kind: .hold), Stage(kind: .build),
            ],
            measures: [Measure(id: "m1", unit: "n", direction: .increase, name: "M", baseline: DecimalValue(1), target: DecimalValue(2))],
            risks: [Risk(id: "r1", likelihood: 3, impact: 3, owner: "a2", description: "Risk")])
    }

    /// Lines for the elements of ``plan``, as a reader would record them.
    static var map: SourceMap {
        var map = SourceMap(file: "plan.xml")
        let lines: [(PlanElement, Int)] = [
            (.plan, 2), (.area, 4), (.governance, 7), (.agency(0), 12), (.agency(1), 15), (.stage(0), 20),
            (.criterion(0, 0), 22), (.task(0, 0), 26), (.dependency(0, 0, 0), 28), (.stage(1), 31), (.stage(2), 35), (.measure(0), 40), (.risk(0), 46),
        ]
        for (element, line) in lines { map.record(element, line: line, column: 5) }
        return map
    }

    static func diagnostics(_ edit: (inout Plan) -> Void) -> [PlanDiagnostic] {
        var plan = Self.plan
        edit(&plan)
        return PlanValidator().validate(plan, sourceMap: map)
    }

    @Test("The base plan is valid without warnings")
    func basePlan() {
        #expect(PlanValidator().validate(Self.plan, sourceMap: Self.map).isEmpty)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var code: PlanDiagnostic.Code
        var line: Int
        var message: String
        var edit: @Sendable (inout Plan) -> Void
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "an id that is not an NCName", code: .invalidID, line: 26, message: "task id '1st' is not a valid name") { $0.stages[0].tasks[0].id = "1st"; $0.stages[0].tasks[0].dependencies = [] },
        Case(name: "an id with a space", code: .invalidID, line: 15, message: "agency id 'a 2' is not a valid name") {
            $0.agencies[1].id = "a 2"; $0.stages[0].tasks[0].supports = ["a 2"]; $0.risks[0].owner = "a 2"
        },
        Case(name: "an id with a colon", code: .invalidID, line: 40, message: "measure id 'm:1'") { $0.measures[0].id = "m:1" },
        Case(name: "an empty id", code: .invalidID, line: 22, message: "criterion id ''") { $0.stages[0].exitCriteria[0].id = "" },
        Case(name: "a reserved id", code: .reservedID, line: 46, message: "risk id 'hold' is reserved for the stage of that name") { $0.risks[0].id = "hold" },
        Case(name: "the plan's id reserved", code: .reservedID, line: 2, message: "plan id 'build'") { $0.id = "build" },
        Case(name: "a negative revision", code: .outOfRange, line: 2, message: "plan revision -1 is negative") { $0.revision = -1 },
        Case(name: "a review cadence of zero days", code: .outOfRange, line: 7, message: "review cadence of 0 days is not positive") { $0.governance.reviewCadenceDays = 0 },
        Case(name: "a negative duration", code: .outOfRange, line: 26, message: "task 't1' has a negative duration (-3 days)") { $0.stages[0].tasks[0].durationDays = -3 },
        Case(name: "progress over 100", code: .outOfRange, line: 26, message: "task 't1' has progress 101") { $0.stages[0].tasks[0].progress = 101 },
        Case(name: "negative progress", code: .outOfRange, line: 26, message: "task 't1' has progress -1") { $0.stages[0].tasks[0].progress = -1 },
        Case(name: "a duration beyond the limit", code: .outOfRange, line: 26, message: "task 't1' lasts 9223372036854775807 days; the limit is 36600") {
            $0.stages[0].tasks[0].durationDays = .max
        },
        Case(name: "a lag beyond the limit", code: .outOfRange, line: 28, message: "task 't1' has a lag of -9223372036854775808 days") {
            $0.stages[0].tasks.append(PlanTask(id: "t0", lead: "a1", title: "Before", supports: ["a2"]))
            $0.stages[0].tasks[0].dependencies = [Dependency(on: "t0", lagDays: .min)]
        },
        Case(name: "a revision beyond the limit", code: .outOfRange, line: 2, message: "plan revision 9223372036854775807 is above the limit") {
            $0.revision = .max
        },
        Case(name: "a review cadence beyond the limit", code: .outOfRange, line: 7, message: "review cadence of 100000 days is above the limit") {
            $0.governance.reviewCadenceDays = 100_000
        },
        Case(name: "a done task short of 100%", code: .statusFields, line: 26, message: "task 't1' is done but its progress is 50, not 100") {
            $0.stages[0].tasks[0].status = .done
            $0.stages[0].tasks[0].completedOn = CalendarDate("2026-01-10")
        },
        Case(name: "a likelihood of 0", code: .outOfRange, line: 46, message: "risk 'r1' has likelihood 0; it must be 1 to 5") { $0.risks[0].likelihood = 0 },
        Case(name: "an impact of 6", code: .outOfRange, line: 46, message: "risk 'r1' has impact 6") { $0.risks[0].impact = 6 },
        Case(name: "a negative source revision", code: .outOfRange, line: 2, message: "sourceRevision -2 is negative") {
            $0.view = .partner(for: "a1", sourceRevision: -2)
        },
        Case(name: "an empty title", code: .blankText, line: 2, message: "plan title is blank") { $0.title = "" },
        Case(name: "an empty measure unit", code: .blankText, line: 40, message: "unit of measure 'm1' is blank") { $0.measures[0].unit = " " },
        Case(name: "a blank locality code", code: .blankText, line: 4, message: "locality code is blank") {
            $0.area.localities = [Locality(code: "\u{A0}", scheme: "ward")]
        },
        Case(name: "a blank contact", code: .blankText, line: 15, message: "contact of agency 'a2' is blank") { $0.agencies[1].contact = "\t" },
        Case(name: "a blank evidence", code: .blankText, line: 22, message: "evidence of criterion 'c1' is blank") { $0.stages[0].exitCriteria[0].evidence = "" },
        Case(name: "a blank risk mitigation", code: .blankText, line: 46, message: "mitigation of risk 'r1' is blank") { $0.risks[0].mitigation = "\n" },
        Case(name: "two stages only", code: .stageOrder, line: 2, message: "found clear, hold") { $0.stages.removeLast() },
        Case(name: "no stages", code: .stageOrder, line: 2, message: "found none") { $0.stages = [] },
        Case(name: "a stage twice", code: .stageOrder, line: 2, message: "found clear, hold, hold") { $0.stages[2] = Stage(kind: .hold) },
        Case(name: "a duplicate id across kinds: the later one is flagged", code: .duplicateID, line: 46, message: "risk id 'r1' is already used by measure 'r1'") {
            $0.measures[0].id = "r1"
        },
    ]

    @Test("A broken rule gives its code and the line of its element", arguments: cases)
    func rule(_ rule: Case) {
        let diagnostics = Self.diagnostics(rule.edit)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(diagnostics.map(\.description))")
        #expect(errors.first?.code == rule.code)
        #expect(errors.first?.location == SourceLocation(file: "plan.xml", line: rule.line, column: 5))
        #expect(errors.first?.message.contains(rule.message) == true, "\(errors.first?.message ?? "")")
    }

    @Test("A plan with no agencies is refused, and every reference to one is unknown")
    func noAgencies() {
        let diagnostics = Self.diagnostics { $0.agencies = [] }
        #expect(diagnostics.contains { $0.code == .outOfRange && $0.message == "the plan has no agencies" && $0.location?.line == 2 })
        #expect(diagnostics.filter { $0.code == .unknownReference }.map { $0.location?.line ?? 0 } == [7, 26, 26, 46])
    }

    @Test("Diagnostics come sorted by line, those without a location last")
    func ordering() {
        var plan = Self.plan
        plan.risks[0].likelihood = 9
        plan.title = ""
        plan.stages[0].tasks[0].progress = 200
        var map = Self.map
        map.record(.risk(0), line: 1, column: 1)
        let located = PlanValidator().validate(plan, sourceMap: map)
        #expect(located.map { $0.location?.line ?? 0 } == [1, 2, 26])
        let unlocated = PlanValidator().validate(plan)
        #expect(unlocated.count == 3 && unlocated.allSatisfy { $0.location == nil })
        #expect(unlocated.map(\.code) == [.blankText, .outOfRange, .outOfRange], "document order without a map")
    }

    @Test("A diagnostic prints like compiler output")
    func description() {
        let located = PlanDiagnostic(.error, .unknownReference, "lead 'x' is not an agency", at: SourceLocation(file: "p.xml", line: 12, column: 5))
        #expect(located.description == "p.xml:12:5: error: lead 'x' is not an agency")
        #expect(PlanDiagnostic(.warning, .idleAgency, "idle").description == "warning: idle")
        #expect(PlanDiagnostic(.error, .blankText, "x", at: SourceLocation(line: 3, column: 0)).description == "<input>:3:1: error: x")
        #expect([located].containsErrors && ![PlanDiagnostic(.warning, .idleAgency, "idle")].containsErrors)
    }

    @Test("findDependencyCycle finds cycles and only cycles")
    func cycles() {
        func cycle(_ graph: [(String, [String])]) -> [String]? {
            findDependencyCycle(in: graph.map { (TaskID($0.0), $0.1.map { TaskID($0) }) })?.map(\.rawValue)
        }
        #expect(cycle([]) == nil)
        #expect(cycle([("a", []), ("b", ["a"]), ("c", ["a", "b"])]) == nil, "a diamond is no cycle")
        #expect(cycle([("a", ["a"])]) == ["a", "a"])
        #expect(cycle([("a", ["b"]), ("b", ["a"])]) == ["a", "b", "a"])
        #expect(cycle([("x", []), ("a", ["b"]), ("b", ["c"]), ("c", ["a"])]) == ["a", "b", "c", "a"])
        #expect(cycle([("a", ["ghost"])]) == nil, "unknown ids are ignored")
        // A long chain, then closed: no recursion to overflow the stack.
        let n = 100_000
        var chain = (0..<n).map { ("t\($0)", $0 == 0 ? [String]() : ["t\($0 - 1)"]) }
        #expect(cycle(chain) == nil)
        chain[0].1 = ["t\(n - 1)"]
        #expect(cycle(chain)?.count == n + 1)
    }

    @Test("The validator is pure: the same plan gives the same diagnostics")
    func pure() {
        var plan = Self.plan
        plan.stages[0].tasks[0].lead = "ghost"
        #expect(PlanValidator().validate(plan, sourceMap: Self.map) == PlanValidator().validate(plan, sourceMap: Self.map))
    }
}
