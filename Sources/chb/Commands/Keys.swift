import ArgumentParser
import PlanCore
import PlanStorage
import PlanXML

/// `chb keys new`: an agency's signing key and certificate.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make an agency's signing key and certificate.", subcommands: [New.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a P-256 key (ID-key.pem, mode 0600) and a self-signed certificate (ID-cert.pem) for an agency.",
            discussion: """
                The certificate names the agency in its subject, is valid for three years from today, \
                and is for signing only (CA:FALSE, digitalSignature). Its SHA-256 fingerprint is printed: \
                the lead agency pins it in the full plan with 'chb agency certificate PLAN ID --add CERT'. \
                Existing files are never overwritten. Keep the key file to yourself; send the certificate.
                """)

        @Option(help: "The agency's id (names the files and the certificate's subject).")
        var agency: String

        @Option(help: "The agency's name, for the certificate's organisation field.")
        var name: String?

        @Option(name: .shortAndLong, help: "The directory to write the two files in.")
        var output: String

        func run() throws {
            guard AgencyID(agency).rawValue.isAgencyFileName else {
                throw ValidationError("--agency '\(agency)' is not an agency id (letters, digits, '-', '_' and '.', not starting with a digit)")
            }
            let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
            let keyPath = "\(folder)/\(agency)-key.pem", certPath = "\(folder)/\(agency)-cert.pem"
            for path in [keyPath, certPath] where (try? FileStatus(ofLink: PathName(path))) != nil {
                throw Failure(path, "already exists; not overwriting a key or certificate (choose another directory, or remove it first)")
            }
            let pair: SigningKeyPair
            do {
                pair = try SigningKeyPair.generate(.init(commonName: agency, organisation: name ?? "", notBefore: Clock.now))
            } catch {
                throw Failure("chb", error.message)
            }
            do {
                try AtomicFile.create(pair.keyPEM, at: PathName(keyPath), mode: 0o600)
            } catch {
                throw Failure(keyPath, error.message)
            }
            do {
                try AtomicFile.create(Array(pair.certificate.pem.utf8), at: PathName(certPath))
            } catch {
                throw Failure(certPath, error.message)
            }
            let c = pair.certificate
            Terminal.line("""
                key: \(keyPath) (\(c.keyDescription), mode 0600: keep it private)
                certificate: \(certPath) (\(c.subject), valid \(c.notBefore.date) to \(c.notAfter.date))
                SHA-256 fingerprint: \(c.fingerprint)
                """)
        }
    }
}

extension String {
    /// Whether the id can name files safely: an NCName of letters, digits, `-`, `_`, `.`.
    fileprivate var isAgencyFileName: Bool {
        guard let first = unicodeScalars.first, !("0"..."9").contains(first), first != "-", first != "." else { return false }
        return unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}

extension AgencyCommand {
    /// `chb agency certificate PLAN AGENCY --add CERT | --remove FINGERPRINT --agency LEAD`.
    struct Certificate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pin or unpin a certificate an agency signs with (the plan's lead agency only).",
            discussion: """
                --add reads the certificate and pins its SHA-256 fingerprint; --remove unpins a fingerprint \
                (64 hex digits; colons allowed). While a key is being replaced an agency may pin two. An \
                agency that pins a certificate must sign the updates it returns: 'chb merge' refuses them \
                unsigned or signed by another key.
                """)

        @Argument(help: "The full plan file.") var file: FileArgument
        @Argument(help: "The agency that signs with the certificate.") var id: String
        @Option(help: "The certificate to pin (PEM or DER).") var add: FileArgument?
        @Option(help: "The SHA-256 fingerprint to unpin.") var remove: String?
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            if (add == nil) == (remove == nil) {
                throw ValidationError("give one of --add CERT or --remove FINGERPRINT")
            }
            if let remove, CertificateFingerprint(parsing: remove) == nil {
                throw ValidationError("--remove '\(remove)' is not a SHA-256 fingerprint (64 hex digits, colons allowed)")
            }
        }

        func run() throws {
            var pinned: SigningCertificate?
            if let add {
                let bytes = try PlanSession.bytes(of: add)
                do {
                    pinned = try SigningCertificate(reading: bytes)
                } catch {
                    throw Failure(add.displayName, error.message)
                }
            }
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                if let pinned {
                    guard pinned.hasAllowedKey else {
                        throw Failure(add?.displayName ?? "", "the certificate's key is \(pinned.keyDescription); chb accepts P-256 or RSA of 2048 bits or more")
                    }
                    try plan.pinCertificate(pinned.fingerprint, for: AgencyID(id), by: acting.context())
                    return "pinned certificate \(pinned.fingerprint) (\(pinned.subject), valid \(pinned.notBefore.date) to \(pinned.notAfter.date)) for agency '\(id)'; revision \(plan.revision)"
                }
                guard let remove, let fingerprint = CertificateFingerprint(parsing: remove) else { return "" }
                try plan.unpinCertificate(fingerprint, for: AgencyID(id), by: acting.context())
                return "unpinned certificate \(fingerprint) for agency '\(id)'; revision \(plan.revision)"
            }
        }
    }
}
