import Foundation
import PlanCore
@testable import PlanXML
import Testing

/// The byte-buffer writer (``XMLOutput``) against the libxml2 `xmlTextWriter` it replaced
/// (``LibXMLTextWriterOutput``): the same bytes for every plan, the same refusal for every
/// value XML cannot hold.
@Suite("Writer: the byte-buffer writer matches libxml2's xmlTextWriter")
struct WriterDifferentialTests {
    static let seeds: [UInt64] = Array(0..<120).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 12 }

    private func expectSameOutput(_ plan: Plan, _ label: String) {
        let new = Result { () throws(PlanWriteError) in try PlanWriter().write(plan) }
        let old = Result { () throws(PlanWriteError) in try PlanWriter().writeThroughLibXMLTextWriter(plan) }
        switch (new, old) {
        case (.success(let a), .success(let b)):
            #expect(a == b, "\(label): the writers differ \(firstDifference(a, b))")
        case (.failure(let a), .failure(let b)):
            #expect(a.message == b.message, "\(label): the writers refuse differently")
        default:
            Issue.record("\(label): one writer refused and the other did not: new \(new), old \(old)")
        }
    }

    @Test("Random plans give the same bytes", arguments: seeds)
    func randomPlan(seed: UInt64) {
        var generator = RandomPlanGenerator(seed: seed)
        expectSameOutput(generator.plan(), "seed \(seed)")
    }

    @Test("Every example plan and fixture gives the same bytes")
    func fixtures() throws {
        let urls = try TestFiles.examplePlans.map(TestFiles.examplePlan)
            + ["minimal.xml", "maximal.xml"].map(TestFiles.fixture)
        for url in urls {
            let plan = try PlanReader().read(TestFiles.bytes(url), file: url.lastPathComponent).plan
            expectSameOutput(plan, url.lastPathComponent)
        }
    }

    @Test("Text needing escapes, white space, non-ASCII and refused characters behave the same",
        arguments: ["a & b < c > d \"e\" 'f'", "tab\there\nnew line\r\ncarriage", "", " ", "ünïcødé — “quotes” 🚓",
            "bell\u{07}", "nul\u{0}", "\u{FFFE}", "]]> end", "&amp; already"])
    func text(_ text: String) {
        expectSameOutput(SamplePlan.everyText(text), "text \(text.debugDescription)")
    }

    @Test("Mixed content and bad names in extensions behave the same")
    func extensions() {
        func plan(_ element: ExtensionElement) -> Plan {
            var plan = SamplePlan.everyText("x")
            plan.extensions = [element]
            return plan
        }
        let mixed = ExtensionElement(name: "m:note", namespace: "urn:x-mixed", attributes: [.init(name: "xmlns:m", value: "urn:x-mixed")],
            children: [.text("Call "), .element(ExtensionElement(name: "m:b", namespace: "urn:x-mixed", children: [.text("now")])),
                .text(", then "), .element(ExtensionElement(name: "m:i", namespace: "urn:x-mixed",
                    children: [.element(ExtensionElement(name: "m:u", namespace: "urn:x-mixed"))]))])
        let nested = ExtensionElement(name: "m:outer", namespace: "urn:x-mixed", attributes: [.init(name: "xmlns:m", value: "urn:x-mixed")],
            children: [.element(mixed), .element(ExtensionElement(name: "m:after", namespace: "urn:x-mixed"))])
        let badName = ExtensionElement(name: "m:bad name", namespace: "urn:x-mixed", attributes: [.init(name: "xmlns:m", value: "urn:x-mixed")])
        let badAttribute = ExtensionElement(name: "m:e", namespace: "urn:x-mixed",
            attributes: [.init(name: "xmlns:m", value: "urn:x-mixed"), .init(name: "1st", value: "v")])
        let unicodeName = ExtensionElement(name: "m:élément", namespace: "urn:x-mixed",
            attributes: [.init(name: "xmlns:m", value: "urn:x-mixed"), .init(name: "naïve", value: "\u{1F6A8}")])
        for (label, element) in [("mixed", mixed), ("nested", nested), ("bad name", badName),
            ("bad attribute", badAttribute), ("unicode names", unicodeName)] {
            expectSameOutput(plan(element), label)
        }
    }
}
