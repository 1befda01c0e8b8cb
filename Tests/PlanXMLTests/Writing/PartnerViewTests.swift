import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// The example plans, read from the repository.
private enum ExamplePlans {
    static let names = ["kestrel-clear", "heron-hold", "osprey-build"]

    static func load(_ name: String) throws -> Plan {
        try PlanReader().read(contentsOf: Repository.plan("\(name).xml").path).plan
    }

    /// Every (plan, agency) pair of the example plans.
    static var pairs: [(String, String)] {
        names.flatMap { name in
            ((try? load(name))?.agencies ?? []).map { (name, $0.id.rawValue) }
        }
    }
}

@Suite("Partner views")
struct PartnerViewTests {
    @Test("every view of every example plan holds only what its agency may see", arguments: ExamplePlans.pairs)
    func viewRules(_ name: String, _ agencyID: String) throws {
        let plan = try ExamplePlans.load(name)
        let agency = try #require(plan.agency(AgencyID(agencyID)))
        let view = try plan.partnerView(for: agency.id)

        #expect(view.view == .partner(for: agency.id, sourceRevision: plan.revision))
        #expect(view.history.isEmpty)
        #expect(view.extensions.isEmpty)
        #expect(view.agencies == plan.agencies)
        #expect(view.stages.map(\.objectives) == plan.stages.map(\.objectives))
        #expect(view.stages.map(\.exitCriteria) == plan.stages.map(\.exitCriteria))
        #expect(PlanValidator().validate(view).filter { $0.severity == .error } == [])

        let involved = Set(plan.allTasks.filter { $0.lead == agency.id || $0.supports.contains(agency.id) }.map(\.id))
        let dependedOn = Set(plan.allTasks.filter { involved.contains($0.id) }.flatMap { $0.dependencies.map(\.task) })
        var highest = Classification.official
        for task in view.allTasks {
            let marking = view.effectiveClassification(task.classification)
            #expect(marking <= agency.clearance, "task \(task.id) is above clearance")
            #expect(marking == plan.effectiveClassification(plan.task(task.id)?.classification))
            #expect(involved.contains(task.id) || dependedOn.contains(task.id), "task \(task.id) is outside the role")
            if !involved.contains(task.id) {
                // A dependency stub: id, title, lead, status and dates only.
                #expect(task.supports.isEmpty && task.notes.isEmpty && task.dependencies.isEmpty && task.description == nil)
            }
            highest = max(highest, marking)
        }
        for measure in view.measures {
            #expect(view.effectiveClassification(measure.classification) <= agency.clearance)
            highest = max(highest, view.effectiveClassification(measure.classification))
        }
        for risk in view.risks {
            #expect(risk.owner == agency.id)
            #expect(view.effectiveClassification(risk.classification) <= agency.clearance)
            highest = max(highest, view.effectiveClassification(risk.classification))
        }
        #expect(view.classification == highest)
        // Everything the agency leads or supports and may see is there.
        for id in involved where plan.effectiveClassification(plan.task(id)?.classification) <= agency.clearance {
            #expect(view.task(id) != nil, "task \(id) is missing from the view")
        }

        let bytes = try PlanWriter().write(view)
        let reread = try PlanReader().read(bytes, file: "view.xml")
        #expect(reread.plan == view, "the view is not in canonical form")
        #expect(try PlanWriter().write(reread.plan) == bytes)
    }

    @Test("views match their golden files", arguments: [("heron-hold", "sht"), ("heron-hold", "smcc"), ("kestrel-clear", "bmh")])
    func golden(_ name: String, _ agency: String) throws {
        let view = try ExamplePlans.load(name).partnerView(for: AgencyID(agency))
        let url = try #require(Bundle.module.url(forResource: "\(name)-for-\(agency)", withExtension: "xml", subdirectory: "Fixtures/views"))
        let expected = try [UInt8](Data(contentsOf: url))
        #expect(try PlanWriter().write(view) == expected)
    }

    @Test("an OFFICIAL agency sees nothing of an OFFICIAL-SENSITIVE plan that is not marked OFFICIAL")
    func safeByDefault() throws {
        var plan = Plan(
            id: "op", classification: .officialSensitive, title: "T", area: Area(name: "A"),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "DSI"),
            agencies: [Agency(id: "pol", kind: .police, clearance: .officialSensitive, name: "Police"),
                       Agency(id: "hsg", kind: .housing, name: "Housing")])
        plan.stages[0].tasks = [
            PlanTask(id: "t-raid", lead: "pol", title: "Raid", supports: ["hsg"]),
            PlanTask(id: "t-locks", lead: "hsg", classification: .official, title: "Change locks",
                     dependencies: [Dependency(on: "t-raid"), Dependency(on: "t-survey")]),
            PlanTask(id: "t-survey", lead: "pol", classification: .official, title: "Survey"),
        ]
        plan.risks = [Risk(id: "r-1", likelihood: 2, impact: 2, owner: "hsg", description: "Sensitive risk")]
        let view = try plan.partnerView(for: "hsg")
        #expect(view.allTasks.map(\.id) == ["t-locks", "t-survey"])
        #expect(view.task("t-locks")?.dependencies == [Dependency(on: "t-survey")])
        #expect(view.risks.isEmpty)
        #expect(view.classification == .official)
    }

    @Test("a view cannot be cut for an unknown agency or from a view")
    func refusals() throws {
        let plan = try ExamplePlans.load("heron-hold")
        #expect(throws: PlanChangeError.self) { try plan.partnerView(for: "nobody") }
        let view = try plan.partnerView(for: "sht")
        let error = #expect(throws: PlanChangeError.self) { try view.partnerView(for: "sht") }
        #expect(error?.code == .viewNotEditable)
    }
}
