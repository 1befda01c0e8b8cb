import Foundation
import PlanCore
@testable import PlanXML
import Testing

@Suite("The published schema")
struct SchemaTests {
    @Test("schema/chb-plan-1.xsd is byte-identical to the copy the package embeds")
    func publishedIsBundled() throws {
        let published = try TestFiles.bytes(TestFiles.publishedSchema)
        #expect(!published.isEmpty)
        #expect(published == (try TestFiles.bytes(TestFiles.bundledSchemaSource)))
        #expect(CompiledSchema.planV1Source == published, "the resource in the built bundle")
        #expect((try? CompiledSchema.planV1.get()) != nil, "the bundled schema compiles")
    }

    /// Documents chb writes: the exports of the fixtures, the example plans, a sample with
    /// every text field awkward, the extension sample and some random plans.
    static var exports: [String] {
        ["fixture:minimal.xml", "fixture:maximal.xml"] + TestFiles.examplePlans.map { "plan:\($0)" }
            + ["sample", "extensions"] + (0..<8).map { "random:\($0)" }
    }

    static func export(_ name: String) throws -> [UInt8] {
        let (kind, value) = (name.prefix { $0 != ":" }, name.drop { $0 != ":" }.dropFirst())
        switch kind {
        case "fixture": return try PlanWriter().write(PlanReader().read(contentsOf: TestFiles.fixture(String(value)).path).plan)
        case "plan": return try PlanWriter().write(PlanReader().read(contentsOf: TestFiles.examplePlan(String(value)).path).plan)
        case "sample": return try PlanWriter().write(SamplePlan.everyText("Fish & chips <b> \"q\" 'a' \r\n\t é 一 😀"))
        case "extensions": return try PlanWriter().write(PlanReader().read(ExtensionTests.source.bytes).plan)
        default:
            var generator = RandomPlanGenerator(seed: PropertyRoundTripTests.seeds[Int(value)!])
            return try PlanWriter().write(generator.plan())
        }
    }

    @Test("xmllint --schema accepts every export", .enabled(if: TestFiles.xmllint != nil, "xmllint is not installed; skipping the independent validator"),
        arguments: exports)
    func xmllintAcceptsExports(_ name: String) throws {
        let xmllint = try #require(TestFiles.xmllint)
        let bytes = try Self.export(name)
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("export.xml")
            try Data(bytes).write(to: file)
            let result = try TestFiles.run(xmllint, ["--noout", "--nonet", "--schema", TestFiles.publishedSchema.path, file.path])
            #expect(result.status == 0, "\(name): \(result.output)")
            #expect(result.output.contains("validates"), "\(result.output)")
        }
    }

    @Test("xmllint --schema rejects what chb's schema forbids", .enabled(if: TestFiles.xmllint != nil, "xmllint is not installed"),
        arguments: ["unknown element", "bad enumeration", "missing attribute", "wrong order", "four stages", "reserved id"])
    func xmllintRejects(_ shape: String) throws {
        let xmllint = try #require(TestFiles.xmllint)
        var text = PlanText()
        switch shape {
        case "unknown element": text.title += "\n  <bogus/>"
        case "bad enumeration": text.clear = #"<phase kind="clear" status="finished">"#
        case "missing attribute": text.rootAttributes = #"id="p1" schemaVersion="1.0" classification="OFFICIAL""#
        case "wrong order": swap(&text.title, &text.area)
        case "four stages": text.build = #"<phase kind="build" status="notStarted"><exitCriteria/><tasks/></phase><phase kind="build" status="notStarted">"#
        default: text.holdTasks = #"<task id="hold" lead="a2" status="planned"><title>x</title></task>"#
        }
        expectRefusal(text.xml, code: .schema, line: nil)
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("bad.xml")
            try Data(text.bytes).write(to: file)
            let result = try TestFiles.run(xmllint, ["--noout", "--nonet", "--schema", TestFiles.publishedSchema.path, file.path])
            #expect(result.status != 0, "\(shape): xmllint accepted it")
        }
    }
}
