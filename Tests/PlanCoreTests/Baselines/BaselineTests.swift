import PlanCore
import Testing

/// Baselines: names for instants in the plan's history, set by the coordinator, one event each.
@Suite("Baselines")
struct BaselineTests {
    static let t0 = PlanDraftingTests.t0
    static func context(_ agency: AgencyID = "nwp", minutes: Int) -> ChangeContext {
        PlanDraftingTests.context(agency, minutes: minutes)
    }

    @Test("setting a baseline records one edited event whose change adds it, and the rebuild takes it back")
    func setRecordsOneEvent() throws {
        var plan = PlanDraftingTests.newPlan()
        try plan.addTask(PlanTask(id: "t-a", lead: "nwp", title: "A"), to: .clear, by: Self.context(minutes: 1))
        try plan.setBaseline("first board", by: Self.context(minutes: 2))
        let at = Self.context(minutes: 2).at
        #expect(plan.baselines == [Baseline(name: "first board", at: at)])
        #expect(plan.revision == 3)
        let event = try #require(plan.history.last)
        #expect(event.kind == .edited)
        #expect(event.subject == "op-wren")
        #expect(event.changes == [HistoryChange(field: "baseline", to: "\(at) first board")])
        #expect(plan.asItStood(atRevision: 2)?.plan.baselines == [])
        #expect(plan.asItStood(atRevision: 2)?.unrebuilt == [])
        try plan.setBaseline("re-plan", at: Self.context(minutes: 1).at, by: Self.context(minutes: 3))
        #expect(plan.latestBaseline?.name == "first board")
        try plan.removeBaseline("first board", by: Self.context(minutes: 4))
        #expect(plan.baselines.map(\.name) == ["re-plan"])
        let before = try #require(plan.asItStood(atRevision: 4))
        #expect(before.isExact)
        #expect(before.plan.baselines.map(\.name) == ["first board", "re-plan"])
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
    }

    @Test("a baseline before the plan was created, after now, unnamed, named twice, or set by a partner is refused")
    func refusals() throws {
        var plan = PlanDraftingTests.newPlan()
        try plan.addAgency(Agency(id: "mdc", kind: .localAuthority, name: "Council"), by: Self.context(minutes: 1))
        try plan.setBaseline("first board", by: Self.context(minutes: 2))
        let early = Instant(secondsSinceEpoch: Self.t0.secondsSinceEpoch - 1)
        let beforeCreation = refusal(plan) { p throws(PlanChangeError) in try p.setBaseline("early", at: early, by: Self.context(minutes: 3)) }
        #expect(beforeCreation?.code == .inconsistentDates)
        #expect(beforeCreation?.message == "baseline 'early' at 2026-11-30T09:59:59Z is before the plan was created (2026-11-30T10:00:00Z)")
        let future = Self.context(minutes: 9).at
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.setBaseline("later", at: future, by: Self.context(minutes: 3)) }?.code
            == .inconsistentDates)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.setBaseline("first board", by: Self.context(minutes: 3)) }?.message
            == "the plan already has a baseline named 'first board'")
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.setBaseline("  ", by: Self.context(minutes: 3)) }?.code == .blankText)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.setBaseline("council", by: Self.context("mdc", minutes: 3)) }?.code
            == .notPermitted)
        #expect(refusal(plan) { p throws(PlanChangeError) in try p.removeBaseline("second", by: Self.context(minutes: 3)) }?.message
            == "the plan has no baseline named 'second'; it has 'first board'")
    }

    @Test("the validator refuses duplicate names and an instant before the plan's creation; a view carries no baselines")
    func validation() throws {
        var plan = PlanDraftingTests.newPlan()
        plan.baselines = [Baseline(name: "a", at: Self.t0), Baseline(name: "a", at: Instant(secondsSinceEpoch: 0))]
        let errors = PlanValidator().validate(plan).filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["two baselines are named 'a'", "baseline 'a' at 1970-01-01T00:00:00Z is before the plan was created (2026-11-30T10:00:00Z)"])
        plan.baselines = [Baseline(name: "a", at: Self.t0)]
        try plan.addTask(PlanTask(id: "t-a", lead: "nwp", title: "A"), to: .clear, by: Self.context(minutes: 1))
        #expect(try plan.partnerView(for: "nwp").baselines == [])
    }
}
