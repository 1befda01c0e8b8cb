import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

@Suite("Signatures in the format: certificate pins and the Signature element")
struct CertificateFormatTests {
    typealias S = SignedDocuments

    @Test("Pinned certificates are written after contact, before extensions, and read back")
    func roundTrip() throws {
        let bytes = S.planBytes
        let text = S.text(bytes)
        let smc = try #require(text.range(of: "<agency id=\"smc\""))
        let rest = text[smc.lowerBound...]
        let agency = String(rest[..<(try #require(rest.range(of: "</agency>"))).lowerBound])
        let contact = try #require(agency.range(of: "</contact>")), pin = try #require(agency.range(of: "<certificate sha256=\""))
        #expect(contact.upperBound <= pin.lowerBound)
        #expect(!agency.contains("<extensions>") || agency.range(of: "<extensions>")!.lowerBound > pin.lowerBound)
        #expect(text.contains("<certificate sha256=\"\(S.lead.certificate.fingerprint)\"/>"))
        #expect(try PlanReader().read(bytes, file: "plan.xml").plan == S.plan)
    }

    @Test("A plan without pins or signature is written exactly as before", arguments: ["heron-hold.xml", "kestrel-clear.xml", "osprey-build.xml"])
    func unchanged(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Repository.plan(name)))
        #expect(try PlanWriter().write(PlanReader().read(bytes, file: name).plan) == bytes)
    }

    @Test("xmllint --schema accepts a plan with pins and a signed view (the independent validator)",
          .enabled(if: TestFiles.xmllint != nil, "SKIPPED: xmllint is not installed"))
    func xmllint() throws {
        let scratch = try Scratch()
        let plan = try scratch.write("plan.xml", S.text(S.planBytes))
        let view = try scratch.write("view.xml", S.text(try S.sign(S.viewBytes, with: S.lead)))
        let result = try TestFiles.run(try #require(TestFiles.xmllint), ["--noout", "--schema", TestFiles.publishedSchema.path, plan, view])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("The schema refuses a fingerprint not in lower-case hex, a Signature not last, and two signatures")
    func schema() throws {
        let fingerprint = S.lead.certificate.fingerprint.rawValue
        let upper = S.text(S.planBytes).replacingOccurrences(of: fingerprint, with: fingerprint.uppercased())
        #expect(throws: PlanReadError.self) { try PlanReader().read(Array(upper.utf8), file: "upper.xml") }
        let signed = S.text(try S.sign(S.planBytes, with: S.lead))
        let signature = S.signatureElement(of: signed)
        let twice = signed.replacingOccurrences(of: signature, with: signature + signature)
        #expect(throws: PlanReadError.self) { try PlanReader().read(Array(twice.utf8), file: "twice.xml") }
        let early = signed.replacingOccurrences(of: signature + "\n", with: "").replacingOccurrences(of: "  <history", with: signature + "\n  <history")
        #expect(throws: PlanReadError.self) { try PlanReader().read(Array(early.utf8), file: "early.xml") }
    }
}
