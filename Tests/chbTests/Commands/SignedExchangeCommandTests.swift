import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// Signed exchange through the command line (issue 22): keys, pinning, signing, verifying,
/// and merge refusing updates not signed as the agency's pins require.
@Suite("Signed exchange through chb")
struct SignedExchangeCommandTests {
    let folder: Scratch
    let plan: String

    /// Heron with keys for the lead (smc) and the school (edu), both pinned.
    init() throws {
        folder = try Scratch()
        plan = try folder.copy(plan: "heron-hold.xml")
        // A second key for edu, in other/, that nobody pins.
        try FileManager.default.createDirectory(atPath: folder.path("other"), withIntermediateDirectories: true)
        for (agency, directory) in [("smc", ""), ("edu", ""), ("edu", "other")] {
            let made = try chb(["keys", "new", "--agency", agency, "-o", folder.path(directory)])
            #expect(made.status == 0, "\(made)")
        }
        for agency in ["smc", "edu"] {
            let pinned = try chb(["agency", "certificate", plan, agency, "--add", cert(agency), "--agency", "smc"])
            #expect(pinned.status == 0, "\(pinned)")
        }
    }

    func key(_ agency: String) -> String { folder.path("\(agency)-key.pem") }
    func cert(_ agency: String) -> String { folder.path("\(agency)-cert.pem") }
    func fingerprint(_ certificate: String) throws -> String {
        try SigningCertificate(reading: [UInt8](Data(contentsOf: URL(fileURLWithPath: certificate)))).fingerprint.rawValue
    }

    /// edu's view, exported signed by smc, then edited by edu with chb (which drops the signature).
    func update() throws -> String {
        let view = folder.path("edu-view.xml")
        let exported = try chb(["export", plan, "--for", "edu", "-o", view, "--sign", key("smc"), "--cert", cert("smc")])
        #expect(exported.status == 0, "\(exported)")
        let update = folder.path("edu-update.xml")
        try FileManager.default.copyItem(atPath: view, toPath: update)
        let started = try chb(["task", "start", update, "t-h-school-sessions", "--agency", "edu"])
        #expect(started.status == 0, "\(started)")
        #expect(started.stdout.contains("was signed; the change invalidates the signature, so it was removed"))
        #expect(try !String(contentsOfFile: update, encoding: .utf8).contains("Signature"))
        return update
    }

    @Test("keys new writes a private key (0600) and a certificate, prints the fingerprint, and never overwrites")
    func keysNew() throws {
        let status = try FileManager.default.attributesOfItem(atPath: key("edu"))
        #expect((status[.posixPermissions] as? Int) == 0o600)
        let certificate = try SigningCertificate(reading: [UInt8](Data(contentsOf: URL(fileURLWithPath: cert("edu")))))
        #expect(certificate.keyDescription == "P-256")
        #expect(certificate.subject.contains("CN=edu"))
        let again = try chb(["keys", "new", "--agency", "edu", "-o", folder.path("")])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try SigningCertificate(reading: [UInt8](Data(contentsOf: URL(fileURLWithPath: cert("edu"))))) == certificate)
        let other = try chb(["keys", "new", "--agency", "police", "-o", folder.path("")])
        #expect(other.stdout.contains("SHA-256 fingerprint: \(try fingerprint(cert("police")))"))
    }

    @Test("agency certificate pins and unpins, one event each, by the lead agency only")
    func pinning() throws {
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("<certificate sha256=\"\(try fingerprint(cert("edu")))\"/>"))
        #expect(xml.components(separatedBy: "pinned for agency").count == 3)
        let notLead = try chb(["agency", "certificate", plan, "edu", "--add", cert("other/edu"), "--agency", "edu"])
        #expect(notLead.status == 1)
        let removed = try chb(["agency", "certificate", plan, "edu", "--remove", try fingerprint(cert("edu")), "--agency", "smc"])
        #expect(removed.status == 0, "\(removed)")
        #expect(try !String(contentsOfFile: plan, encoding: .utf8).contains("<certificate sha256=\"\(try fingerprint(cert("edu")))\"/>"))
        let again = try chb(["agency", "certificate", plan, "edu", "--remove", try fingerprint(cert("edu")), "--agency", "smc"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is not pinned for agency 'edu'"))
    }

    @Test("A signed view verifies against the full plan (exit 0), not against another certificate (1); unsigned is 2")
    func verify() throws {
        let view = folder.path("edu-view.xml")
        _ = try chb(["export", plan, "--for", "edu", "-o", view, "--sign", key("smc"), "--cert", cert("smc")])
        let valid = try chb(["verify", view, "--plan", plan])
        #expect(valid.status == 0, "\(valid)")
        #expect(valid.stdout.contains("valid signature"))
        #expect(valid.stdout.contains("signer: agency 'smc', CN=smc"))
        #expect(valid.stdout.contains(try fingerprint(cert("smc"))))
        let other = try chb(["verify", view, "--cert", cert("edu")])
        #expect(other.status == 1)
        #expect(other.stdout.contains("invalid signature: signed with the certificate"))
        let unsigned = try chb(["verify", plan, "--plan", plan])
        #expect(unsigned.status == 2)
        #expect(unsigned.stdout.contains("not signed"))
        let validated = try chb(["validate", view])
        #expect(validated.status == 0)
        #expect(validated.stdout.contains("signature verified: signed by agency 'smc'"))
        // A changed byte of a signed view: verify and validate both say invalid.
        let changed = folder.path("changed.xml")
        try String(contentsOfFile: view, encoding: .utf8).replacingOccurrences(of: "Operation Heron", with: "Operation Hern")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        let tampered = try chb(["verify", changed, "--plan", plan])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("changed after it was signed"))
        #expect(try chb(["validate", changed]).status == 1)
    }

    @Test("chb sign signs in place or to -o; export --sign signs a full plan; signing other formats is refused")
    func sign() throws {
        let copy = folder.path("copy.xml")
        try FileManager.default.copyItem(atPath: plan, toPath: copy)
        let signed = try chb(["sign", copy, "--key", key("smc"), "--cert", cert("smc")])
        #expect(signed.status == 0, "\(signed)")
        #expect(try chb(["verify", copy, "--plan", plan]).status == 0)
        let full = folder.path("full-signed.xml")
        #expect(try chb(["export", plan, "-o", full, "--sign", key("smc"), "--cert", cert("smc")]).status == 0)
        #expect(try chb(["verify", full, "--cert", cert("smc")]).status == 0)
        // The signed file is the export's bytes with the signature added.
        let unsigned = try String(contentsOfFile: plan, encoding: .utf8)
        let withSignature = try String(contentsOfFile: full, encoding: .utf8)
        #expect(withSignature.hasPrefix(String(unsigned.dropLast("</plan>\n".count))))
        #expect(try chb(["export", plan, "--to", "mspdi", "--sign", key("smc"), "--cert", cert("smc")]).status == 64)
        #expect(try chb(["export", plan, "--sign", key("smc")]).status == 64)
        let mismatch = try chb(["sign", copy, "--key", key("edu"), "--cert", cert("smc"), "-o", folder.path("x.xml")])
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("does not belong to the certificate"))
    }

    @Test("merge refuses an unsigned update from an agency with a pinned certificate, and leaves the plan unchanged")
    func unsignedRefused() throws {
        let update = try update()
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let merged = try chb(["merge", plan, update, "--agency", "edu"])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("the update is not signed, but agency 'edu' pins a certificate"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
    }

    @Test("merge refuses an update signed by another agency's key, or by an unpinned key of the agency")
    func wrongSignerRefused() throws {
        let update = try update()
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        for (key, cert) in [(key("smc"), cert("smc")), (folder.path("other/edu-key.pem"), folder.path("other/edu-cert.pem"))] {
            #expect(try chb(["sign", update, "--key", key, "--cert", cert]).status == 0)
            let merged = try chb(["merge", plan, update, "--agency", "edu"])
            #expect(merged.status == 1)
            #expect(merged.stderr.contains("the update's signature is refused: signed with the certificate"))
            #expect(merged.stderr.contains("not a certificate pinned for 'edu'"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
        }
    }

    @Test("merge accepts an update signed with the agency's pinned key and records the fingerprint in history")
    func signedMerged() throws {
        let update = try update()
        #expect(try chb(["sign", update, "--key", key("edu"), "--cert", cert("edu")]).status == 0)
        let merged = try chb(["merge", plan, update, "--agency", "edu", "--actor", "Head of year"])
        #expect(merged.status == 0, "\(merged)")
        let print = try fingerprint(cert("edu"))
        #expect(merged.stdout.hasSuffix("update signed by CN=edu, certificate SHA-256 fingerprint \(print): verified\n"))
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        // Every event of the merge names the certificate; the actor stays the person who merged.
        #expect(xml.contains("subject=\"t-h-school-sessions\" actor=\"Head of year\">"))
        #expect(xml.contains("from edu's update of revision") && xml.contains(", signed with certificate sha256:\(print)</event>"))
    }

    @Test("merge of an unsigned update from an agency without certificates goes ahead and says it was unsigned")
    func unsignedAllowed() throws {
        let view = folder.path("sht.xml")
        #expect(try chb(["export", plan, "--for", "sht", "-o", view]).status == 0)
        let merged = try chb(["merge", plan, view, "--agency", "sht"])
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdout.hasSuffix("update unsigned (agency 'sht' pins no certificate)\n"))
    }
}
