public import PlanCore

/// A new private key and the self-signed certificate an agency signs with.
///
/// `chb keys new` makes one: a P-256 key and an X.509 certificate with `CA:FALSE` and the
/// `digitalSignature` key usage, valid for three years, whose subject names the agency.
public struct SigningKeyPair: Sendable {
    /// The private key, PEM (PKCS #8, unencrypted: keep the file to its owner).
    public let keyPEM: [UInt8]
    /// The self-signed certificate.
    public let certificate: SigningCertificate

    /// The kinds of key chb makes.
    public enum Algorithm: Sendable, Hashable {
        /// ECDSA on the NIST P-256 curve (the default).
        case p256
        /// RSA with this many bits (2048 or more to be accepted).
        case rsa(bits: Int)

        var isEC: Bool { self == .p256 }
    }

    /// What to make.
    public struct Request: Sendable, Hashable {
        /// The certificate's common name (the agency's id).
        public var commonName: String
        /// The certificate's organisation (the agency's name), if any.
        public var organisation: String
        /// The first instant of validity.
        public var notBefore: Instant
        /// How many days the certificate is valid (three years by default).
        public var days: Int
        /// The kind of key.
        public var algorithm: Algorithm

        /// Describes a key pair for an agency.
        public init(commonName: String, organisation: String = "", notBefore: Instant, days: Int = 1_095, algorithm: Algorithm = .p256) {
            self.commonName = commonName
            self.organisation = organisation
            self.notBefore = notBefore
            self.days = days
            self.algorithm = algorithm
        }
    }

    init(keyPEM: [UInt8], certificate: SigningCertificate) {
        self.keyPEM = keyPEM
        self.certificate = certificate
    }

    /// Makes a key pair.
    ///
    /// - Parameter request: The subject, dates and kind of key.
    /// - Returns: The key (PEM) and its certificate.
    /// - Throws: ``SignatureError`` with code `.libraryFailure` if OpenSSL fails.
    public static func generate(_ request: Request) throws(SignatureError) -> SigningKeyPair {
        try OpenSSLCertificates.generate(request)
    }
}
