import Foundation
import PlanCore
@testable import PlanXML
import Testing

@Suite("Signatures: sign and verify")
struct SignatureRoundTripTests {
    typealias S = SignedDocuments

    @Test("libxmlsec1 starts with the shim's macros matching the library (xmlSecSize of 4 bytes)")
    func shimMatchesLibrary() {
        #expect(XMLSec.failure == nil)
    }

    @Test("A plan, a view and an update signed with P-256 or RSA-2048 verify, naming the signer",
          arguments: [("plan", "p256"), ("plan", "rsa"), ("view", "p256"), ("view", "rsa"), ("update", "p256"), ("update", "rsa")])
    func roundTrip(_ document: String, _ algorithm: String) throws {
        let (bytes, pair, agency): ([UInt8], SigningKeyPair, AgencyID) = switch (document, algorithm) {
        case ("plan", "p256"): (S.planBytes, S.lead, "smc")
        case ("plan", _): (S.planBytes, S.leadRSA, "smc")
        case ("view", "p256"): (S.viewBytes, S.lead, "smc")
        case ("view", _): (S.viewBytes, S.leadRSA, "smc")
        case (_, "p256"): (S.updateBytes, S.partner, "edu")
        default: (S.updateBytes, S.partnerRSA, "edu")
        }
        let signed = try S.sign(bytes, with: pair)
        let check = try XMLSignature.verify(signed, trusting: S.anchors(["smc", "edu"]), at: S.now)
        #expect(check == .valid(XMLSignature.Signer(certificate: pair.certificate, agency: agency)))
        // The signed document is still a chb document, read as signed.
        let read = try PlanReader().read(signed, file: "signed.xml")
        #expect(read.isSigned)
        #expect(try PlanReader().read(bytes, file: "unsigned.xml").isSigned == false)
    }

    @Test("Signing keeps the document's bytes and adds the signature on its own line before </plan>")
    func bytesKept() throws {
        let bytes = S.planBytes
        let signed = S.text(try S.sign(bytes, with: S.lead))
        let signature = S.signatureElement(of: signed)
        #expect(signed.replacingOccurrences(of: signature + "\n", with: "") == S.text(bytes))
        #expect(signed.hasSuffix("</ds:Signature>\n</plan>\n"))
        #expect(signature.contains("<ds:Reference URI=\"\">"))
        #expect(try XMLSignature.inspect(signed.utf8.map { $0 }) == S.lead.certificate)
    }

    @Test("Re-signing replaces the signature: one signature, the new signer's")
    func resign() throws {
        let once = try S.sign(S.updateBytes, with: S.lead)
        let twice = try S.sign(once, with: S.partner)
        #expect(S.text(twice).components(separatedBy: "<ds:Signature ").count == 2)
        #expect(try XMLSignature.verify(twice, trusting: S.anchors(["edu"]), at: S.now)
            == .valid(XMLSignature.Signer(certificate: S.partner.certificate, agency: "edu")))
    }

    @Test("An unsigned document is reported unsigned, not refused")
    func unsigned() throws {
        #expect(try XMLSignature.verify(S.planBytes, trusting: S.anchors(["smc"]), at: S.now) == .unsigned)
        #expect(try XMLSignature.inspect(S.planBytes) == nil)
    }

    @Test("Any letter or digit of the signed content changed makes the signature invalid (libxmlsec1's status, not its return value)")
    func anyChange() throws {
        let signed = try S.sign(S.viewBytes, with: S.lead)
        let start = S.text(signed).utf8.count - S.text(signed).drop { $0 != ">" }.utf8.count + 1 // after the XML declaration
        let end = S.text(signed)[..<S.text(signed).range(of: "<ds:Signature")!.lowerBound].utf8.count
        var checked = 0
        var reasons: Set<SignatureError.Code> = []
        for position in stride(from: start, to: end, by: 11) {
            var changed = signed
            let byte = changed[position]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): changed[position] = byte - 32
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): changed[position] = byte + 32
            case UInt8(ascii: "0")...UInt8(ascii: "8"): changed[position] = byte + 1
            case UInt8(ascii: "9"): changed[position] = UInt8(ascii: "0")
            default: continue
            }
            checked += 1
            let outcome = try? XMLSignature.verify(changed, trusting: S.anchors(["smc"]), at: S.now)
            #expect(outcome == nil || outcome == .unsigned, "changing byte \(position) left the signature valid")
            if let error = S.refusal(changed, ["smc"]) { reasons.insert(error.code) }
        }
        #expect(checked > 200)
        #expect(reasons.contains(.digestMismatch))
        // The signature's own values, changed, are refused too.
        let text = S.text(signed)
        for element in ["<ds:DigestValue>", "<ds:SignatureValue>"] {
            let at = text[..<text.range(of: element)!.upperBound].utf8.count
            var changed = signed
            changed[at] = changed[at] == UInt8(ascii: "A") ? UInt8(ascii: "z") : UInt8(ascii: "A")
            let error = S.refusal(changed, ["smc"])
            #expect(error?.code == .signatureMismatch || error?.code == .digestMismatch, "\(element): \(String(describing: error))")
        }
    }

    @Test("Signing and verifying from many tasks at once give the same verdicts")
    func concurrent() async throws {
        let signed = try S.sign(S.updateBytes, with: S.partner)
        var changed = signed
        changed[changed.count / 3] = changed[changed.count / 3] == UInt8(ascii: "e") ? UInt8(ascii: "E") : UInt8(ascii: "e")
        let tampered = changed
        let verdicts = try await withThrowingTaskGroup(of: (Bool, Bool).self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let fresh = try S.sign(S.updateBytes, with: S.partner)
                    let good = (try? XMLSignature.verify(fresh, trusting: S.anchors(["edu"]), at: S.now)) != nil
                        && (try? XMLSignature.verify(signed, trusting: S.anchors(["edu"]), at: S.now)) != nil
                    let bad = (try? XMLSignature.verify(tampered, trusting: S.anchors(["edu"]), at: S.now)) == nil
                    return (good, bad)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(verdicts.count == 16 && verdicts.allSatisfy { $0.0 && $0.1 })
    }

    @Test("A certificate not pinned, or given directly, decides who is trusted")
    func anchorsDecide() throws {
        let signed = try S.sign(S.updateBytes, with: S.stranger)
        #expect(S.refusal(signed, ["edu"])?.code == .notPinned)
        let direct = try XMLSignature.verify(signed, trusting: [.init(fingerprint: S.stranger.certificate.fingerprint)], at: S.now)
        #expect(direct == .valid(XMLSignature.Signer(certificate: S.stranger.certificate, agency: nil)))
        // The lead's signature is not the partner's: a merge trusting only edu refuses it.
        #expect(S.refusal(try S.sign(S.updateBytes, with: S.lead), ["edu"])?.code == .notPinned)
    }

    @Test("Keys: P-256 by default, CA:FALSE, the agency in the subject, three years; the key must match the certificate")
    func keys() throws {
        let pair = S.partner
        #expect(pair.certificate.keyDescription == "P-256")
        #expect(pair.certificate.subject.contains("CN=edu"))
        #expect(pair.certificate.notAfter.secondsSinceEpoch - pair.certificate.notBefore.secondsSinceEpoch == 1_095 * 86_400)
        #expect(pair.certificate.fingerprint.isWellFormed)
        #expect(try SigningCertificate(reading: Array(pair.certificate.pem.utf8)) == pair.certificate)
        #expect(try SigningCertificate(reading: pair.certificate.der) == pair.certificate)
        #expect(S.weakRSA.certificate.hasAllowedKey == false)
        #expect(throws: SignatureError.self) { try SigningCertificate(reading: Array("not a certificate".utf8)) }
        let mismatch = #expect(throws: SignatureError.self) {
            try XMLSignature.sign(S.updateBytes, keyPEM: S.lead.keyPEM, certificate: S.partner.certificate, at: S.now)
        }
        #expect(mismatch?.code == .unreadableKey)
        let weak = #expect(throws: SignatureError.self) {
            try XMLSignature.sign(S.updateBytes, keyPEM: S.weakRSA.keyPEM, certificate: S.weakRSA.certificate, at: S.now)
        }
        #expect(weak?.code == .weakKey)
        let outOfDate = #expect(throws: SignatureError.self) {
            try XMLSignature.sign(S.updateBytes, keyPEM: S.expired.keyPEM, certificate: S.expired.certificate, at: S.now)
        }
        #expect(outOfDate?.code == .certificateOutOfDate)
    }
}
