public import PlanCore

/// Enveloped XML signatures of chb documents, as "Signatures" in the plan format defines
/// them, through libxmlsec1 (OpenSSL).
///
/// One enveloped `Signature` as the last child of the root, one `Reference URI=""`,
/// transforms enveloped-signature then exclusive canonicalisation, SHA-256, ECDSA-SHA256
/// (P-256) or RSA-SHA256 (2048 bits or more), and `KeyInfo` holding exactly the signer's
/// X.509 certificate. Nothing else is accepted.
public enum XMLSignature {
    /// The XML-DSig namespace.
    public static let namespace = "http://www.w3.org/2000/09/xmldsig#"

    /// A certificate trusted to sign, and the agency it is pinned for (if any).
    public struct Anchor: Sendable, Hashable {
        /// The certificate's SHA-256 fingerprint.
        public var fingerprint: CertificateFingerprint
        /// The agency whose `certificate` element pins it, or `nil` for a certificate given
        /// directly (`chb verify --cert`).
        public var agency: AgencyID?

        /// Creates an anchor.
        public init(fingerprint: CertificateFingerprint, agency: AgencyID? = nil) {
            self.fingerprint = fingerprint
            self.agency = agency
        }

        /// The certificates `plan` pins for `agencies`, in the agencies' order.
        public static func pinned(in plan: Plan, for agencies: [AgencyID]) -> [Anchor] {
            agencies.flatMap { id in
                (plan.agencies.first { $0.id == id }?.certificates ?? []).map { Anchor(fingerprint: $0, agency: id) }
            }
        }
    }

    /// Who signed a document whose signature verified.
    public struct Signer: Sendable, Hashable {
        /// The signer's certificate, as the signature carries it.
        public let certificate: SigningCertificate
        /// The agency the certificate is pinned for, when the anchor named one.
        public let agency: AgencyID?
    }

    /// The outcome of checking a document that is not refused.
    public enum Check: Sendable, Hashable {
        /// The document carries no signature.
        case unsigned
        /// The signature verified.
        case valid(Signer)
    }

    /// Checks a document's signature.
    ///
    /// The form is checked first (exactly one `Signature`, last child of the root, one
    /// `Reference URI=""`, only the spec's transforms and algorithms, an X.509 certificate as
    /// the only key information, no `Manifest`, `Object` or `RetrievalMethod`); then the
    /// certificate's fingerprint must be among `anchors` and the certificate within its
    /// dates at `instant`; then libxmlsec1 checks digest and signature with that certificate
    /// preset as the key (never a chain or the system's certificate store), and only the
    /// status "succeeded" is taken as valid. Nothing is fetched from anywhere.
    /// - Parameters:
    ///   - bytes: The document.
    ///   - anchors: The certificates that may have signed it.
    ///   - instant: The moment of checking (for the certificate's validity dates).
    /// - Returns: `.unsigned`, or `.valid` with the signer.
    /// - Throws: ``SignatureError`` saying why the signature is refused.
    public static func verify(_ bytes: [UInt8], trusting anchors: [Anchor], at instant: Instant) throws(SignatureError) -> Check {
        try XMLSecDocument.verify(bytes, anchors: anchors, at: instant)
    }

    /// Checks a signature's form only, and reads the certificate it carries.
    ///
    /// - Parameter bytes: The document.
    /// - Returns: The signer's certificate, or `nil` for an unsigned document.
    /// - Throws: ``SignatureError`` when the signature is not of the form the spec allows.
    public static func inspect(_ bytes: [UInt8]) throws(SignatureError) -> SigningCertificate? {
        try XMLSecDocument.inspect(bytes)
    }

    /// Signs a document: any signature it had is replaced by a new enveloped one.
    ///
    /// The document's bytes are otherwise kept as libxml2 serialises them, which for a file
    /// chb wrote is byte for byte the same, with the `Signature` added before the root's end.
    /// - Parameters:
    ///   - bytes: The document.
    ///   - keyPEM: The private key (PEM, unencrypted), P-256 or RSA of 2048 bits or more.
    ///   - certificate: The key's certificate, carried in `KeyInfo`.
    ///   - instant: Now: a certificate outside its dates is refused.
    /// - Returns: The signed document.
    /// - Throws: ``SignatureError`` when the key or certificate is refused, or signing fails.
    public static func sign(
        _ bytes: [UInt8], keyPEM: [UInt8], certificate: SigningCertificate, at instant: Instant
    ) throws(SignatureError) -> [UInt8] {
        try XMLSecDocument.sign(bytes, keyPEM: keyPEM, certificate: certificate, at: instant, profile: .standard)
    }

    /// The algorithms a signature is made with; only ``standard`` outside tests.
    struct Profile: Sendable {
        /// SHA-1 instead of SHA-256 for the digest and the signature method.
        var sha1 = false
        /// Skips the key-strength check (to make an RSA-1024 signature for a test).
        var allowWeakKey = false

        static let standard = Profile()
    }
}
