import PlanCore
import PlanXML
import Testing

/// Random valid plans from fixed seeds, a partner view for every agency of each: no view ever
/// holds anything above its agency's clearance or outside its role, and every view is a valid,
/// canonical document that round-trips exactly.
@Suite("Property: partner views share only what an agency may see")
struct PartnerViewPropertyTests {
    static let seeds: [UInt64] = Array(0..<300).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 77 }

    @Test("Every view of a random plan stays within clearance and role", arguments: seeds)
    func views(seed: UInt64) throws {
        var generator = RandomPlanGenerator(seed: seed)
        var plan = generator.plan()
        if case .partner = plan.view {
            // Views are cut from full plans; the generator also makes views, so widen it back.
            plan.view = .full
        }
        let original = plan
        for agency in plan.agencies {
            let view = try plan.partnerView(for: agency.id)
            #expect(plan == original, "seed \(seed): cutting a view changed the plan")
            check(view, of: plan, for: agency, seed: seed)
            let bytes = try PlanWriter().write(view)
            let reread = try PlanReader().read(bytes, file: "seed-\(seed)-\(agency.id).xml")
            #expect(reread.plan == view, "seed \(seed), agency \(agency.id): the view is not canonical")
            #expect(try PlanWriter().write(reread.plan) == bytes)
        }
    }

    private func check(_ view: Plan, of plan: Plan, for agency: Agency, seed: UInt64) {
        let label = "seed \(seed), agency \(agency.id)"
        #expect(view.view == .partner(for: agency.id, sourceRevision: plan.revision), "\(label)")
        #expect(view.history.isEmpty && view.extensions.isEmpty, "\(label): history or plan extensions leaked")
        #expect(view.agencies == plan.agencies, "\(label)")
        #expect(PlanValidator().validate(view).filter { $0.severity == .error }.isEmpty,
            "\(label): \(PlanValidator().validate(view).filter { $0.severity == .error }.map(\.message))")

        let involved = Set(plan.allTasks.filter { $0.lead == agency.id || $0.supports.contains(agency.id) }.map(\.id))
        let dependedOn = Set(plan.allTasks.filter { involved.contains($0.id) }.flatMap { $0.dependencies.map(\.task) })
        var highest = Classification.official
        func visible(_ marking: Classification, _ what: String) {
            #expect(marking <= agency.clearance, "\(label): \(what) is \(marking.rawValue), above \(agency.clearance.rawValue)")
            highest = max(highest, marking)
        }
        for task in view.allTasks {
            let original = plan.task(task.id)
            #expect(original != nil, "\(label): task \(task.id) is not in the plan")
            // The marking a task has in the view is the one it has in the plan.
            #expect(view.effectiveClassification(task.classification) == plan.effectiveClassification(original?.classification))
            visible(view.effectiveClassification(task.classification), "task \(task.id)")
            #expect(involved.contains(task.id) || dependedOn.contains(task.id), "\(label): task \(task.id) is outside the role")
            if !involved.contains(task.id) {
                #expect(task.supports.isEmpty && task.notes.isEmpty && task.dependencies.isEmpty
                    && task.description == nil && task.owner == nil && task.extensions.isEmpty,
                    "\(label): dependency stub \(task.id) holds more than id, title, lead, status and dates")
            }
            for dependency in task.dependencies {
                #expect(view.task(dependency.task) != nil, "\(label): \(task.id) depends on \(dependency.task), missing from the view")
            }
        }
        for measure in view.measures { visible(view.effectiveClassification(measure.classification), "measure \(measure.id)") }
        for risk in view.risks {
            #expect(risk.owner == agency.id, "\(label): risk \(risk.id) is owned by \(risk.owner)")
            visible(view.effectiveClassification(risk.classification), "risk \(risk.id)")
        }
        #expect(view.classification == highest, "\(label): marked \(view.classification.rawValue), holds at most \(highest.rawValue)")
        // Nothing the agency may see is withheld.
        for id in involved where plan.effectiveClassification(plan.task(id)?.classification) <= agency.clearance {
            #expect(view.task(id) != nil, "\(label): task \(id) is missing")
        }
        for risk in plan.risks where risk.owner == agency.id && plan.effectiveClassification(risk.classification) <= agency.clearance {
            #expect(view.risks.contains { $0.id == risk.id }, "\(label): risk \(risk.id) is missing")
        }
    }
}
