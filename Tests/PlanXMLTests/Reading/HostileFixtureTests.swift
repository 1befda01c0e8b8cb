import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// The repository's own hostile documents (`Fixtures/hostile`, written for these tests): entity
/// bombs, external entities and DTDs, XInclude, documents too deep or too wide, encodings and
/// containers that are not the plan format, and other XML that is not a plan. Each is refused
/// for what it is, at the right line, and the same refusal comes under tight limits, which
/// shows it comes before any expensive work.
@Suite("Hostile fixture documents")
struct HostileFixtureTests {
    /// What reading each fixture must give: the code and a text on the line the error is on
    /// (`nil`: line 1, for input that is not XML text at all).
    static let expectations: [String: (code: PlanDiagnostic.Code, at: String?)] = [
        "billion-laughs.xml": (.doctypeRefused, "<!DOCTYPE"),
        "quadratic-blowup.xml": (.doctypeRefused, "<!DOCTYPE"),
        "entity-cycle.xml": (.doctypeRefused, "<!DOCTYPE"),
        "xxe-local-file.xml": (.doctypeRefused, "<!DOCTYPE"),
        "xxe-network.xml": (.doctypeRefused, "<!DOCTYPE"),
        "parameter-entity.xml": (.doctypeRefused, "<!DOCTYPE"),
        "external-dtd.xml": (.doctypeRefused, "<!DOCTYPE"),
        "dtd-declarations.xml": (.doctypeRefused, "<!DOCTYPE"),
        "xinclude-local-file.xml": (.xincludeRefused, "<xi:include"),
        "xinclude-network.xml": (.xincludeRefused, "<xi:include"),
        "deep-nesting.xml": (.limitExceeded, "<f:n"),
        "many-attributes.xml": (.limitExceeded, "<f:x"),
        "not-a-plan.xml": (.notAPlan, "<inventory"),
        "not-a-plan-namespaced.xml": (.notAPlan, "<inv:inventory"),
        "schema-include.xsd": (.notAPlan, "<xs:schema"),
        "stylesheet.xsl": (.notAPlan, "<xsl:stylesheet"),
        "utf16-with-bom.xml": (.notXML, nil),
        "utf16-without-bom.xml": (.notXML, nil),
        "gzipped-plan.xml": (.notXML, nil),
        "nul-byte.xml": (.notXML, "<title>"),
    ]

    /// Fixtures that are read, not refused: the control (the hostile documents' plan with
    /// nothing hostile in it) and a long attribute value within the standard limits.
    static let readable = ["control.xml", "long-attribute-value.xml"]

    static var fixtures: [String] { Repository.fixtures(in: "hostile", of: "PlanXMLTests") }

    @Test("Every hostile fixture has an expected outcome, and every expectation a fixture")
    func everyFixtureIsExpected() {
        #expect(Set(Self.fixtures) == Set(Self.expectations.keys).union(Self.readable))
    }

    @Test("A hostile fixture is refused for what it is, at the right line", arguments: expectations.keys.sorted())
    func refused(_ name: String) throws {
        let url = Repository.fixture("hostile/\(name)", of: "PlanXMLTests")
        let expected = try #require(Self.expectations[name])
        let bytes = try TestFiles.bytes(url)
        let line = expected.at.map { String(decoding: bytes, as: UTF8.self).line(of: $0) } ?? 1
        do {
            _ = try PlanReader().read(contentsOf: url.path)
            Issue.record("\(name) was read as a plan")
        } catch {
            #expect(error.code == expected.code, "\(error)")
            #expect(error.diagnostics[0].location?.line == line, "\(error)")
            #expect(error.diagnostics[0].location?.file == url.path)
            // Nothing from a file an entity or XInclude names ever reaches a message.
            #expect(!error.description.contains("root:"), "\(error)")
        }
        // The same refusal under tight limits: refused before any entity, deep tree or long
        // value could be looked at.
        let error = expectRefusal(bytes, code: expected.code, line: line, limits: tightLimits)
        if expected.code == .doctypeRefused {
            #expect(error?.diagnostics.count == 1, "refused outright, nothing else parsed: \(String(describing: error))")
        }
    }

    @Test("The control document and a 64 KiB attribute value read under the standard limits", arguments: readable)
    func readableFixture(_ name: String) throws {
        let document = try PlanReader().read(contentsOf: Repository.fixture("hostile/\(name)", of: "PlanXMLTests").path)
        #expect(document.plan.title == "Hostile test plan")
    }

    @Test("The 64 KiB attribute value is refused by a 4 KiB value limit, at its element")
    func longAttributeValueUnderTightLimits() throws {
        let bytes = try TestFiles.bytes(Repository.fixture("hostile/long-attribute-value.xml", of: "PlanXMLTests"))
        let line = String(decoding: bytes, as: UTF8.self).line(of: "<f:x")
        expectRefusal(bytes, code: .limitExceeded, line: line, limits: tightLimits)
    }
}
