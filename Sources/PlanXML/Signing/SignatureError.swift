/// Why a document's signature, a key or a certificate was refused.
///
/// The ``message`` is a lower-case sentence a person can act on; the ``code`` says which rule
/// of "Signatures" in the plan format was broken, for programs and tests.
public struct SignatureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, for programs.
    public let code: Code
    /// What was wrong, for people.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// An open-ended set of reasons.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as a short word, such as `not-pinned`.
        public let rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code.
        public var description: String { rawValue }

        /// The document is not XML chb reads (malformed, a DOCTYPE, no root).
        public static let unreadableDocument = Self(rawValue: "unreadable-document")
        /// The document has more than one `Signature`.
        public static let multipleSignatures = Self(rawValue: "multiple-signatures")
        /// The `Signature` is not a child of the document's root (signature wrapping).
        public static let signatureNotOnRoot = Self(rawValue: "signature-not-on-root")
        /// The `Signature` is not the root's last child.
        public static let signatureNotLast = Self(rawValue: "signature-not-last")
        /// The `Signature`'s elements are not the form the spec allows.
        public static let malformedSignature = Self(rawValue: "malformed-signature")
        /// A `Reference` other than the one `URI=""` (a `#id` or external reference, or several).
        public static let referenceNotAllowed = Self(rawValue: "reference-not-allowed")
        /// A transform other than enveloped-signature then exclusive canonicalisation.
        public static let transformNotAllowed = Self(rawValue: "transform-not-allowed")
        /// A digest, signature or canonicalisation algorithm the spec does not allow (SHA-1…).
        public static let algorithmNotAllowed = Self(rawValue: "algorithm-not-allowed")
        /// A key weaker than P-256 or RSA 2048 bits, or of another kind.
        public static let weakKey = Self(rawValue: "weak-key")
        /// `KeyInfo` holds something other than exactly one X.509 certificate (a `KeyValue`…).
        public static let keyInfoNotAllowed = Self(rawValue: "key-info-not-allowed")
        /// A `RetrievalMethod` (it would make a verifier fetch a key from elsewhere).
        public static let retrievalMethodNotAllowed = Self(rawValue: "retrieval-method-not-allowed")
        /// An `Object` or `Manifest` inside the signature.
        public static let manifestNotAllowed = Self(rawValue: "manifest-not-allowed")
        /// A certificate could not be read.
        public static let unreadableCertificate = Self(rawValue: "unreadable-certificate")
        /// A private key could not be read, or does not belong to the certificate.
        public static let unreadableKey = Self(rawValue: "unreadable-key")
        /// The signer's certificate is not pinned for an agency that may sign the document.
        public static let notPinned = Self(rawValue: "not-pinned")
        /// The signer's certificate is outside its validity dates on the day of checking.
        public static let certificateOutOfDate = Self(rawValue: "certificate-out-of-date")
        /// The signed content was changed after signing (a reference digest differs).
        public static let digestMismatch = Self(rawValue: "digest-mismatch")
        /// The signature value does not match the signed information with the certificate's key.
        public static let signatureMismatch = Self(rawValue: "signature-mismatch")
        /// libxmlsec1 or OpenSSL failed for a reason of its own.
        public static let libraryFailure = Self(rawValue: "library-failure")
    }
}
