import ArgumentParser
import PlanCore
import PlanStorage
import PlanXML

/// `chb sign FILE --key KEY --cert CERT [-o OUT]`: adds an enveloped XML signature.
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign a plan, partner view or returned update with an agency's key.",
        discussion: """
            Adds one enveloped XML-DSig signature (SHA-256; ECDSA P-256 or RSA 2048+) carrying the \
            certificate, as the last child of 'plan'; a previous signature is replaced. Without -o the \
            file is signed in place (its content, revision and history are unchanged). A full plan and \
            its views are signed by the lead agency, a returned update by its view's agency; the \
            recipient checks it with 'chb verify' (or 'xmlsec1 --verify --pubkey-cert-pem CERT FILE').
            """)

    @Argument(help: "The chb document to sign.")
    var file: FileArgument

    @OptionGroup var signing: SigningKeyOptions

    @Option(name: .shortAndLong, help: "Write the signed document here (- for stdout) instead of signing the file in place.")
    var output: FileArgument?

    @OptionGroup var waiting: WaitOption

    func run() throws {
        let name = file.displayName
        let signer = try signing.signer()
        guard let output else {
            if file.isStandardStream {
                throw Failure("chb", "signing in place needs the file; with standard input give -o", exitCode: .validationFailure)
            }
            let locked: LockedFile
            do {
                locked = try LockedFile(file.path, wait: waiting.seconds, limit: ReadLimits.standard.maximumInputBytes)
            } catch {
                throw Failure(reading: name, error)
            }
            defer { locked.release() }
            let (signed, summary) = try signer.sign(locked.contents, file: name)
            do {
                try locked.replace(with: signed)
            } catch {
                throw Failure(name, error.message)
            }
            Terminal.say(summary, to: .standardOutput)
            return
        }
        try PlanSession.refuseOutput(output, overwriting: [file])
        let (signed, summary) = try signer.sign(PlanSession.bytes(of: file), file: name)
        let document = try PlanSession.load(signed, file: name)
        try PlanSession.write(signed, to: output, protecting: [file], content: OutputContent(document.plan, as: .chb))
        Terminal.say(summary, to: output.isStandardStream ? .standardError : .standardOutput)
    }
}

/// `--key KEY --cert CERT` of `chb sign`.
struct SigningKeyOptions: ParsableArguments {
    @Option(help: "The signing agency's private key (PEM, as 'chb keys new' writes it).")
    var key: FileArgument

    @Option(help: "The key's X.509 certificate (PEM or DER).")
    var cert: FileArgument

    func signer() throws(Failure) -> DocumentSigner { try DocumentSigner(key: key, cert: cert) }
}

/// `--sign KEY --cert CERT` of `chb export`: sign what is written.
struct ExportSigningOptions: ParsableArguments {
    @Option(name: .customLong("sign"), help: ArgumentHelp("Sign the chb plan or --for view written with this private key (PEM); needs --cert. The --to html update page is never signed: a browser holds no agency key, so the partner signs the update it saves with 'chb sign'.", valueName: "key"))
    var key: FileArgument?

    @Option(help: "With --sign: the key's X.509 certificate.")
    var cert: FileArgument?

    func validate() throws {
        if (key == nil) != (cert == nil) {
            throw ValidationError("--sign KEY and --cert CERT go together: give both to sign the export, or neither")
        }
    }

    /// Whether the export is to be signed.
    var isSigning: Bool { key != nil }

    /// The bytes, signed when asked.
    func sign(_ bytes: [UInt8], file: String) throws(Failure) -> [UInt8] {
        guard let key, let cert else { return bytes }
        return try DocumentSigner(key: key, cert: cert).sign(bytes, file: file).bytes
    }
}

/// A key and certificate read from files, ready to sign documents.
struct DocumentSigner {
    let keyPEM: [UInt8]
    let certificate: SigningCertificate

    init(key: FileArgument, cert: FileArgument) throws(Failure) {
        keyPEM = try PlanSession.bytes(of: key)
        let certBytes = try PlanSession.bytes(of: cert)
        do {
            certificate = try SigningCertificate(reading: certBytes)
        } catch {
            throw Failure(cert.displayName, error.message)
        }
    }

    /// Signs a chb document (read and checked first), and says what was done.
    func sign(_ bytes: [UInt8], file: String) throws(Failure) -> (bytes: [UInt8], summary: String) {
        let document = try PlanSession.load(bytes, file: file, invalid: "only a valid chb document is signed:")
        let signed: [UInt8]
        do {
            signed = try XMLSignature.sign(bytes, keyPEM: keyPEM, certificate: certificate, at: Clock.now)
        } catch {
            throw Failure(file, "not signed: \(error.message)")
        }
        var summary = "signed \(file) with \(certificate.subject) (SHA-256 fingerprint \(certificate.fingerprint))"
        if document.isSigned { summary += "; its previous signature was replaced" }
        // Warn when the plan in hand already pins other certificates for the expected signers.
        let plan = document.plan
        let pinned = XMLSignature.Anchor.pinned(in: plan, for: plan.expectedSigners)
        if !pinned.isEmpty, !pinned.contains(where: { $0.fingerprint == certificate.fingerprint }) {
            let who = plan.expectedSigners.map { "'\($0)'" }.joined(separator: " or ")
            summary += "\nnote: this certificate is not pinned for \(who) in the document; recipients will refuse it until it is (chb agency certificate PLAN AGENCY --add CERT)"
        }
        return (signed, summary)
    }
}
