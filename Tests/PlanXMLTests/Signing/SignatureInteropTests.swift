import Foundation
import PlanCore
@testable import PlanXML
import TestSupport
import Testing

/// chb's signatures checked by other implementations, and theirs by chb: `xmlsec1 --verify`
/// (the command a partner without chb can run) and Python's signxml. Each test says SKIPPED
/// when its tool is not installed (`.ci/run` installs both).
@Suite("Signatures: interop with xmlsec1 and signxml")
struct SignatureInteropTests {
    typealias S = SignedDocuments

    static let xmlsec1: String? = ["/usr/bin/xmlsec1", "/usr/local/bin/xmlsec1"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The first `python3` on the PATH (where pip installed signxml), run through `env`.
    static let python3: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/env") ? "/usr/bin/env" : nil

    /// Why signxml cannot be used, or `nil` when it can.
    static let signxmlUnavailable: String? = {
        guard let python3 else { return "python3 is not installed" }
        guard let result = try? ChildProcess.run(URL(fileURLWithPath: python3), ["python3", "-c", "import signxml, lxml"]), result.status == 0 else {
            return "Python's signxml is not installed (pip install signxml)"
        }
        return nil
    }()

    static let script = Repository.fixture("signatures/signxml-interop.py", of: "PlanXMLTests").path

    @Test("xmlsec1 --verify --pubkey-cert-pem CERT verifies chb's signatures (P-256 and RSA) and refuses a changed one",
          .enabled(if: xmlsec1 != nil, "SKIPPED: xmlsec1 is not installed (apt-get install xmlsec1)"),
          arguments: ["p256", "rsa"])
    func xmlsec1Verifies(_ algorithm: String) throws {
        let scratch = try Scratch()
        let pair = algorithm == "p256" ? S.lead : S.leadRSA
        let signed = try S.sign(S.viewBytes, with: pair)
        let cert = try scratch.write("smc-cert.pem", pair.certificate.pem)
        let file = try scratch.write("view.xml", S.text(signed))
        let tool = URL(fileURLWithPath: try #require(Self.xmlsec1))
        let verified = try ChildProcess.run(tool, ["--verify", "--pubkey-cert-pem", cert, "--enabled-key-data", "key-name", file])
        #expect(verified.status == 0, "\(verified)")
        #expect(verified.stderr.contains("OK"))
        let changed = try scratch.write("changed.xml", S.text(signed).replacingOccurrences(of: "Operation Heron", with: "Operation Hern"))
        let refused = try ChildProcess.run(tool, ["--verify", "--pubkey-cert-pem", cert, "--enabled-key-data", "key-name", changed])
        #expect(refused.status != 0)
        let other = try scratch.write("edu-cert.pem", S.partner.certificate.pem)
        #expect(try ChildProcess.run(tool, ["--verify", "--pubkey-cert-pem", other, "--enabled-key-data", "key-name", file]).status != 0)
    }

    @Test("Python's signxml verifies chb's signature", .enabled(if: signxmlUnavailable == nil, "SKIPPED: \(signxmlUnavailable ?? "")"))
    func signxmlVerifies() throws {
        let scratch = try Scratch()
        let signed = try S.sign(S.updateBytes, with: S.partner)
        let file = try scratch.write("update.xml", S.text(signed))
        let cert = try scratch.write("edu-cert.pem", S.partner.certificate.pem)
        let python = URL(fileURLWithPath: try #require(Self.python3))
        let result = try ChildProcess.run(python, ["python3", Self.script, "verify", file, cert])
        #expect(result.status == 0 && result.stdout == "verified\n", "\(result)")
        let wrong = try scratch.write("smc-cert.pem", S.lead.certificate.pem)
        #expect(try ChildProcess.run(python, ["python3", Self.script, "verify", file, wrong]).status != 0)
    }

    @Test("An update signed by Python's signxml verifies in chb as the partner's", .enabled(if: signxmlUnavailable == nil, "SKIPPED: \(signxmlUnavailable ?? "")"))
    func chbVerifiesSignxml() throws {
        let scratch = try Scratch()
        let file = try scratch.write("update.xml", S.text(S.updateBytes))
        let key = try scratch.write("edu-key.pem", S.text(S.partner.keyPEM))
        let cert = try scratch.write("edu-cert.pem", S.partner.certificate.pem)
        let python = URL(fileURLWithPath: try #require(Self.python3))
        let result = try ChildProcess.run(python, ["python3", Self.script, "sign", file, key, cert])
        try #require(result.status == 0, "\(result)")
        let signed = [UInt8](result.stdoutData)
        #expect(try XMLSignature.verify(signed, trusting: S.anchors(["edu"]), at: S.now)
            == .valid(XMLSignature.Signer(certificate: S.partner.certificate, agency: "edu")))
        #expect(try PlanReader().read(signed, file: "update.xml").isSigned)
        // And a change after signxml signed it is caught.
        let changed = Array(S.text(signed).replacingOccurrences(of: "progress=\"20\"", with: "progress=\"90\"").utf8)
        #expect(S.refusal(changed, ["edu"])?.code == .digestMismatch)
    }
}
