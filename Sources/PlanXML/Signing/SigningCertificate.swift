public import PlanCore
import Foundation

/// An X.509 certificate chb signs with or checks against, read into Swift values.
///
/// Only what chb needs is kept: the DER bytes (whose SHA-256 is the fingerprint pinned in
/// plans), the subject, the validity dates and the kind of public key.
public struct SigningCertificate: Sendable, Hashable {
    /// The certificate's DER encoding.
    public let der: [UInt8]
    /// The SHA-256 fingerprint of ``der``: what an agency's `certificate` element pins.
    public let fingerprint: CertificateFingerprint
    /// The subject, as RFC 2253 text (`CN=edu,O=Kestrel Academy`).
    public let subject: String
    /// The first instant the certificate is valid.
    public let notBefore: Instant
    /// The last instant the certificate is valid.
    public let notAfter: Instant
    /// The public key: `P-256`, `RSA 2048`, …
    public let keyDescription: String
    /// Whether the key is one the spec allows (P-256, or RSA of 2048 bits or more).
    public let hasAllowedKey: Bool
    /// Whether the key is an elliptic-curve key (else RSA or another kind).
    let isEC: Bool

    init(der: [UInt8], fingerprint: CertificateFingerprint, subject: String, notBefore: Instant, notAfter: Instant,
         keyDescription: String, hasAllowedKey: Bool, isEC: Bool) {
        self.der = der
        self.fingerprint = fingerprint
        self.subject = subject
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.keyDescription = keyDescription
        self.hasAllowedKey = hasAllowedKey
        self.isEC = isEC
    }

    /// Reads a certificate from PEM (`-----BEGIN CERTIFICATE-----`) or DER bytes.
    ///
    /// - Throws: ``SignatureError`` with code `.unreadableCertificate`.
    public init(reading bytes: [UInt8]) throws(SignatureError) {
        self = try OpenSSLCertificates.read(bytes)
    }

    /// Whether `instant` is within the validity dates.
    public func isValid(at instant: Instant) -> Bool { notBefore <= instant && instant <= notAfter }

    /// The certificate as PEM text.
    public var pem: String {
        let base64 = Data(der).base64EncodedString()
        var lines = ["-----BEGIN CERTIFICATE-----"]
        var rest = base64[...]
        while !rest.isEmpty {
            lines.append(String(rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        lines.append("-----END CERTIFICATE-----")
        return lines.joined(separator: "\n") + "\n"
    }
}
