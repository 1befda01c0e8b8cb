import ArgumentParser
import PlanCore
import PlanXML

/// `chb verify FILE --plan FULLPLAN | --cert CERT`: who signed, and whether it holds.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a document's signature against the certificates a full plan pins, or one certificate.",
        discussion: """
            With --plan, the signer's certificate must be pinned (a 'certificate' of the agency in the \
            full plan you hold) for an agency that may sign the document: the lead agency for a full \
            plan or a view, the view's agency for a view or its returned update. With --cert, it must be \
            that certificate. Either way the certificate must be within its dates today, and the \
            signature must be of the one form the format allows. Nothing is fetched from anywhere.
            Exit status: 0 valid, 1 invalid (the reason is printed), 2 not signed.
            """)

    @Argument(help: "The signed document (- for standard input).")
    var file: FileArgument

    @Option(help: "The full plan whose pinned certificates are trusted.")
    var plan: FileArgument?

    @Option(help: "Trust this certificate (PEM or DER) instead of a plan's pins.")
    var cert: FileArgument?

    func validate() throws {
        if (plan == nil) == (cert == nil) {
            throw ValidationError("give what to trust: --plan FULLPLAN (its pinned certificates) or --cert CERT")
        }
    }

    func run() throws {
        let name = file.displayName
        let bytes = try PlanSession.bytes(of: file)
        let document = try PlanSession.load(bytes, file: name, invalid: "the document is not a valid chb document:")
        let anchors: [XMLSignature.Anchor]
        if let plan {
            let full = try PlanSession.load(plan).plan
            guard full.view == .full else {
                throw Failure(plan.displayName, "is a partner view; verify against the full plan, which holds the agencies' pinned certificates", exitCode: .validationFailure)
            }
            var signers = [full.governance.leadAgency]
            if case .partner(let agency, _) = document.plan.view, agency != full.governance.leadAgency { signers.append(agency) }
            anchors = XMLSignature.Anchor.pinned(in: full, for: signers)
        } else if let cert {
            let certBytes = try PlanSession.bytes(of: cert)
            do {
                anchors = [XMLSignature.Anchor(fingerprint: try SigningCertificate(reading: certBytes).fingerprint)]
            } catch {
                throw Failure(cert.displayName, error.message)
            }
        } else {
            anchors = []
        }
        switch SignatureReport.check(bytes, anchors: anchors) {
        case .unsigned:
            Terminal.line("\(name): not signed")
            throw ExitCode(2)
        case .valid(let signer):
            Terminal.line("\(name): valid signature")
            Terminal.line(SignatureReport.describe(signer.certificate, agency: signer.agency))
        case .invalid(let error, let claimed):
            Terminal.line("\(name): invalid signature: \(error.message)")
            if let claimed { Terminal.line(SignatureReport.describe(claimed, agency: nil)) }
            throw ExitCode(1)
        }
    }
}

/// Checking signatures for `verify`, `validate` and `merge`, worded the same way.
enum SignatureReport {
    /// The outcome of a check, with the certificate a refused signature claims (if readable).
    enum Outcome {
        case unsigned
        case valid(XMLSignature.Signer)
        case invalid(SignatureError, claimed: SigningCertificate?)
    }

    static func check(_ bytes: [UInt8], anchors: [XMLSignature.Anchor]) -> Outcome {
        do {
            switch try XMLSignature.verify(bytes, trusting: anchors, at: Clock.now) {
            case .unsigned: return .unsigned
            case .valid(let signer): return .valid(signer)
            }
        } catch {
            return .invalid(error, claimed: try? XMLSignature.inspect(bytes))
        }
    }

    /// The signer's lines: who, the fingerprint, the validity dates.
    static func describe(_ certificate: SigningCertificate, agency: AgencyID?) -> String {
        [
            "  signer: \(agency.map { "agency '\($0)', " } ?? "")\(certificate.subject)",
            "  certificate SHA-256 fingerprint: \(certificate.fingerprint)",
            "  key \(certificate.keyDescription), valid \(certificate.notBefore.date) to \(certificate.notAfter.date)",
        ].joined(separator: "\n")
    }

    /// What a merge learnt of an update's signature.
    enum UpdateSigner {
        /// Signed with this pinned certificate of the agency.
        case signed(SigningCertificate)
        /// Not signed (or signed but the agency pins nothing), accepted because the agency
        /// pins no certificate; `note` says what was seen.
        case unsigned(note: String)
    }

    /// The merge's check of a returned update ("Signatures" in the plan format): an agency
    /// that pins certificates must sign with one of them; one that pins none may send it
    /// unsigned. A refusal throws: the whole update is refused and nothing changes.
    static func checkUpdate(_ bytes: [UInt8], isMSPDI: Bool, from agency: AgencyID, in plan: Plan, file: String) throws(Failure) -> UpdateSigner {
        let anchors = XMLSignature.Anchor.pinned(in: plan, for: [agency])
        let refused = Diagnostic(file: file, message: "the update is refused; nothing was applied")
        if isMSPDI {
            guard anchors.isEmpty else {
                throw Failure([Diagnostic(file: file, message: "agency '\(agency)' pins a certificate and must sign its updates, but an MSPDI file cannot carry a signature (ask for a signed chb view: chb sign)"), refused])
            }
            return .unsigned(note: "unsigned (an MSPDI file; agency '\(agency)' pins no certificate)")
        }
        switch check(bytes, anchors: anchors) {
        case .valid(let signer):
            return .signed(signer.certificate)
        case .unsigned:
            guard anchors.isEmpty else {
                throw Failure([Diagnostic(file: file, message: "the update is not signed, but agency '\(agency)' pins a certificate and must sign its updates"), refused])
            }
            return .unsigned(note: "unsigned (agency '\(agency)' pins no certificate)")
        case .invalid(let error, let claimed):
            if anchors.isEmpty, error.code == .notPinned, let claimed {
                return .unsigned(note: "signed with certificate \(claimed.fingerprint), but agency '\(agency)' pins no certificate: merged as unsigned")
            }
            throw Failure([Diagnostic(file: file, message: "the update's signature is refused: \(error.message)"), refused])
        }
    }
}

extension SignatureReport.UpdateSigner {
    /// The merge report's first line.
    var reportLine: String {
        switch self {
        case .signed(let certificate): "update signed by \(certificate.subject), certificate SHA-256 fingerprint \(certificate.fingerprint): verified"
        case .unsigned(let note): "update \(note)"
        }
    }

    /// The fingerprint of the certificate a signed update was verified against.
    var fingerprint: String? {
        guard case .signed(let certificate) = self else { return nil }
        return "\(certificate.fingerprint)"
    }
}

extension SignatureReport {
    /// What a save says when it dropped the file's signature.
    static func removedNote(_ file: String) -> String {
        "note: \(file) was signed; the change invalidates the signature, so it was removed (sign it again: chb sign \(file) --key KEY --cert CERT)"
    }
}

extension SignatureReport {
    /// `chb validate`'s word on a signed document: its form, and whether it verifies against
    /// the certificates the document itself pins for its expected signers (which shows the
    /// content is intact, not who sent it: `chb verify --plan` does that with your own plan).
    static func validation(_ bytes: [UInt8], plan: Plan) -> (line: String, valid: Bool) {
        let anchors = XMLSignature.Anchor.pinned(in: plan, for: plan.expectedSigners)
        switch check(bytes, anchors: anchors) {
        case .unsigned:
            return ("not signed", true)
        case .valid(let signer):
            return ("signature verified: signed by agency '\(signer.agency?.rawValue ?? "?")' with certificate \(signer.certificate.fingerprint), pinned in this document (to check who sent it, use chb verify FILE --plan YOUR-FULL-PLAN)", true)
        case .invalid(let error, let claimed):
            if anchors.isEmpty, error.code == .notPinned, let claimed {
                let who = plan.expectedSigners.map { "'\($0)'" }.joined(separator: " or ")
                return ("signature well-formed, by \(claimed.subject) (certificate \(claimed.fingerprint)); not verified: the document pins no certificate for \(who) (use chb verify FILE --plan FULLPLAN or --cert CERT)", true)
            }
            return ("signature invalid: \(error.message)", false)
        }
    }
}
