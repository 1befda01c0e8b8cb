import Foundation
import PlanCore
@testable import PlanXML
import TestSupport

/// Keys, certificates and signed documents made in code for the signature tests.
///
/// The plan is Operation Heron (`plans/heron-hold.xml`): lead agency `smc`, and `edu`, which
/// leads `t-h-school-sessions`. Key pairs are generated once per process (RSA takes a while).
enum SignedDocuments {
    static let now = Instant("2026-12-03T10:00:00Z")!

    static let lead = key(.p256, "smc")
    static let leadRSA = key(.rsa(bits: 2048), "smc")
    static let partner = key(.p256, "edu")
    static let partnerRSA = key(.rsa(bits: 2048), "edu")
    static let stranger = key(.p256, "edu")
    static let weakRSA = key(.rsa(bits: 1024), "edu")
    /// Valid through 2020 only.
    static let expired = key(.p256, "edu", from: Instant("2020-01-01T00:00:00Z")!, days: 365)

    static func key(_ algorithm: SigningKeyPair.Algorithm, _ agency: String, from: Instant = Instant("2026-01-01T00:00:00Z")!, days: Int = 1_095) -> SigningKeyPair {
        try! SigningKeyPair.generate(.init(commonName: agency, organisation: "Test \(agency)", notBefore: from, days: days, algorithm: algorithm))
    }

    /// Heron with the lead's and the partner's P-256 and RSA certificates pinned, and `expired`.
    static let plan: Plan = {
        var plan = try! PlanReader().read(contentsOf: Repository.plan("heron-hold.xml").path).plan
        for (i, agency) in plan.agencies.enumerated() {
            switch agency.id {
            case "smc": plan.agencies[i].certificates = [lead, leadRSA].map(\.certificate.fingerprint)
            case "edu": plan.agencies[i].certificates = [partner, partnerRSA, expired, weakRSA].map(\.certificate.fingerprint)
            default: break
            }
        }
        return plan
    }()

    static var planBytes: [UInt8] { try! PlanWriter().write(plan) }

    static var view: Plan { try! plan.partnerView(for: "edu") }

    static var viewBytes: [UInt8] { try! PlanWriter().write(view) }

    /// The view as edu returns it: its school sessions started.
    static var updateBytes: [UInt8] {
        var update = view
        for (p, stage) in update.stages.enumerated() {
            for (t, task) in stage.tasks.enumerated() where task.id == "t-h-school-sessions" {
                update.stages[p].tasks[t].status = .inProgress
                update.stages[p].tasks[t].progress = 20
            }
        }
        return try! PlanWriter().write(update)
    }

    static func sign(_ bytes: [UInt8], with pair: SigningKeyPair, at instant: Instant = now,
                     profile: XMLSignature.Profile = .standard) throws -> [UInt8] {
        try XMLSecDocument.sign(bytes, keyPEM: pair.keyPEM, certificate: pair.certificate, at: instant, profile: profile)
    }

    /// The anchors a verifier holding `plan` uses for a document that `agencies` may sign.
    static func anchors(_ agencies: [AgencyID]) -> [XMLSignature.Anchor] {
        XMLSignature.Anchor.pinned(in: plan, for: agencies)
    }

    /// The error a verification throws, or `nil` when it does not throw.
    static func refusal(_ bytes: [UInt8], _ agencies: [AgencyID] = ["smc", "edu"]) -> SignatureError? {
        do {
            _ = try XMLSignature.verify(bytes, trusting: anchors(agencies), at: now)
            return nil
        } catch {
            return error
        }
    }

    /// The bytes as text, for building hostile variants.
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The `<ds:Signature …>…</ds:Signature>` of a signed document.
    static func signatureElement(of text: String) -> String {
        let start = text.range(of: "<ds:Signature")!.lowerBound
        let end = text.range(of: "</ds:Signature>")!.upperBound
        return String(text[start..<end])
    }
}
