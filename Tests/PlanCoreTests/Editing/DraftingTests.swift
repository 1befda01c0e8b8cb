import PlanCore
import Testing

@Suite("Drafting a plan in PlanCore")
struct PlanDraftingTests {
    static let t0 = Instant("2026-11-30T10:00:00Z")!
    static func context(_ agency: AgencyID = "nwp", minutes: Int = 0) -> ChangeContext {
        ChangeContext(agency: agency, at: Instant(secondsSinceEpoch: t0.secondsSinceEpoch + minutes * 60))
    }

    static func newPlan() -> Plan {
        Plan.draft(id: "op-wren", title: "Operation Wren", area: "Millbrook",
            lead: Agency(id: "nwp", kind: .police, clearance: .officialSensitive, name: "Northwold Police"),
            officer: "Detective Superintendent", classification: .officialSensitive, context: context())
    }

    @Test("a new plan has three empty stages, revision 1 and a created event")
    func newPlan() {
        let plan = Self.newPlan()
        #expect(plan.stages.map(\.kind) == [.clear, .hold, .build])
        #expect(plan.stages.allSatisfy { $0.status == .notStarted && $0.tasks.isEmpty })
        #expect(plan.revision == 1)
        #expect(plan.history.map(\.kind) == [.created])
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
    }

    @Test("each drafting change appends one event and one revision")
    func eachChangeRecordsOnce() throws {
        var plan = Self.newPlan()
        try plan.addAgency(Agency(id: "mdc", kind: .localAuthority, name: "Council"), by: Self.context(minutes: 1))
        try plan.addTask(PlanTask(id: "t-a", lead: "nwp", title: "A"), to: .clear, by: Self.context(minutes: 2))
        try plan.addTask(PlanTask(id: "t-b", lead: "mdc", title: "B", supports: ["nwp"], dependencies: [Dependency(on: "t-a")]),
            to: .clear, by: Self.context("mdc", minutes: 3))
        try plan.addObjective("Remove the line", to: .clear, by: Self.context(minutes: 4))
        try plan.addCriterion(ExitCriterion(id: "c-1", statement: "No line for 28 days"), to: .clear, by: Self.context(minutes: 5))
        try plan.addMeasure(Measure(id: "m-1", unit: "calls", direction: .decrease, name: "Calls",
            baseline: DecimalValue(41), target: DecimalValue("29.5")!), by: Self.context(minutes: 6))
        try plan.addRisk(Risk(id: "r-1", likelihood: 3, impact: 4, owner: "mdc", description: "Displacement"), by: Self.context(minutes: 7))
        try plan.editTask("t-a", by: Self.context(minutes: 8)) { $0.due = CalendarDate("2026-12-05") }
        #expect(plan.revision == 9)
        #expect(plan.history.count == 9)
        #expect(plan.history.map(\.kind) == [.created, .edited, .taskAdded, .taskAdded, .edited, .edited, .edited, .edited, .taskUpdated])
        #expect(plan.history.last?.subject == "t-a")
        #expect(plan.history.last?.text == "task 't-a' edited: due none → 2026-12-05")
        #expect(plan.history[3].agency == "mdc")
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
    }

    @Test("a refused change leaves the plan exactly as it was")
    func refusalsChangeNothing() {
        let plan = Self.newPlan()
        let attempts: [(inout Plan) throws -> Void] = [
            { try $0.addAgency(Agency(id: "nwp", kind: .police, name: "Again"), by: Self.context()) },
            { try $0.addAgency(Agency(id: "build", kind: .police, name: "Reserved"), by: Self.context()) },
            { try $0.addAgency(Agency(id: "2fast", kind: .police, name: "Bad id"), by: Self.context()) },
            { try $0.addTask(PlanTask(id: "t-x", lead: "ghost", title: "X"), to: .clear, by: Self.context()) },
            { try $0.addTask(PlanTask(id: "t-x", lead: "nwp", title: "X", dependencies: [Dependency(on: "t-none")]), to: .hold, by: Self.context()) },
            { try $0.addTask(PlanTask(id: "t-x", lead: "nwp", title: "X"), to: .clear, by: Self.context("stranger")) },
            { try $0.addObjective("  ", to: .build, by: Self.context()) },
            { try $0.addRisk(Risk(id: "r-1", likelihood: 1, impact: 1, owner: "ghost", description: "D"), by: Self.context()) },
            { try $0.editTask("t-none", by: Self.context()) { $0.title = "Y" } },
        ]
        for (index, attempt) in attempts.enumerated() {
            var copy = plan
            #expect(throws: PlanChangeError.self, "attempt \(index)") { try attempt(&copy) }
            #expect(copy == plan, "attempt \(index) changed the plan")
        }
    }

    @Test("editing may not change a task's status")
    func editKeepsStatus() throws {
        var plan = Self.newPlan()
        try plan.addTask(PlanTask(id: "t-a", lead: "nwp", title: "A"), to: .clear, by: Self.context())
        let before = plan
        let error = #expect(throws: PlanChangeError.self) {
            try plan.editTask("t-a", by: Self.context()) { $0.status = .done }
        }
        #expect(error?.code == .invalidEdit)
        #expect(plan == before)
    }
}
