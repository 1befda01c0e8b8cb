import Foundation
import PlanCore
import PlanXML
import Testing

/// Random valid plans from fixed seeds: write → read gives the same plan, write → read →
/// write gives the same bytes, and the validator finds no errors before or after.
@Suite("Property: random valid plans round-trip")
struct PropertyRoundTripTests {
    static let seeds: [UInt64] = Array(0..<240).map { UInt64($0) &* 0x2545_F491_4F6C_DD1D &+ 20_251_129 }

    @Test("A random valid plan round-trips exactly", arguments: seeds)
    func roundTrip(seed: UInt64) throws {
        var generator = RandomPlanGenerator(seed: seed)
        let plan = generator.plan()
        let errors = PlanValidator().validate(plan).filter { $0.severity == .error }
        #expect(errors.isEmpty, "seed \(seed): the generated plan is invalid: \(errors.map(\.description))")
        let written: [UInt8]
        do {
            written = try PlanWriter().write(plan)
        } catch {
            Issue.record("seed \(seed): write failed: \(error)")
            return
        }
        let document: PlanDocument
        do {
            document = try PlanReader().read(written, file: "seed-\(seed).xml")
        } catch {
            Issue.record("seed \(seed): the written plan does not read back: \(error)\n\(String(decoding: written, as: UTF8.self))")
            return
        }
        #expect(document.plan == plan, "seed \(seed): write → read changed the plan\n\(describeDifference(plan, document.plan))")
        let rewritten = try PlanWriter().write(document.plan)
        #expect(rewritten == written, "seed \(seed): write → read → write changed the bytes \(firstDifference(rewritten, written))")
        let reread = PlanValidator().validate(document.plan, sourceMap: document.sourceMap).filter { $0.severity == .error }
        #expect(reread.isEmpty, "seed \(seed): \(reread.map(\.description))")
    }

    @Test("The generator covers the format: across the seeds every kind of thing appears")
    func coverage() {
        var plans: [Plan] = []
        for seed in Self.seeds {
            var generator = RandomPlanGenerator(seed: seed)
            plans.append(generator.plan())
        }
        let tasks = plans.flatMap(\.allTasks)
        #expect(Set(tasks.map(\.status)).count == PlanTask.Status.allCases.count)
        #expect(Set(plans.flatMap(\.stages).map(\.status)).count == Stage.Status.allCases.count)
        #expect(plans.contains { if case .partner = $0.view { true } else { false } })
        #expect(plans.contains { $0.view == .full })
        #expect(tasks.contains { !$0.dependencies.isEmpty } && tasks.contains { !$0.extensions.isEmpty })
        #expect(tasks.contains { $0.durationDays == 0 } && tasks.contains { $0.start != nil && $0.due != nil && $0.durationDays != nil })
        #expect(plans.contains { plan in plan.extensions.contains { element in
            element.children.contains { if case .text = $0 { true } else { false } }
                && element.children.contains { if case .element = $0 { true } else { false } }
        } }, "mixed content")
        #expect(plans.contains { !$0.measures.isEmpty && !$0.risks.isEmpty && !$0.history.isEmpty })
        #expect(tasks.contains { $0.title.contains("\r") } && tasks.contains { $0.title.unicodeScalars.contains { $0.value > 0xFFFF } })
        #expect(plans.contains { $0.history.contains { $0.at.date.components.year == 1 || $0.at.date.components.year == 9999 } })
    }

    /// Names the first part of the plan that differs, to make a failure readable.
    func describeDifference(_ a: Plan, _ b: Plan) -> String {
        let parts: [(String, (Plan) -> AnyHashable)] = [
            ("header", { AnyHashable([String(describing: $0.id), String($0.revision), $0.classification.rawValue, String(describing: $0.view), $0.title]) }),
            ("area", { AnyHashable($0.area) }), ("governance", { AnyHashable($0.governance) }),
            ("agencies", { AnyHashable($0.agencies) }), ("phases", { AnyHashable($0.stages) }),
            ("measures", { AnyHashable($0.measures) }), ("risks", { AnyHashable($0.risks) }),
            ("history", { AnyHashable($0.history) }), ("extensions", { AnyHashable($0.extensions) }),
        ]
        for (name, part) in parts where part(a) != part(b) {
            return "\(name) differs:\n\(part(a))\n---\n\(part(b))"
        }
        return "no part differs"
    }
}
