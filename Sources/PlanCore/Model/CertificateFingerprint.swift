/// The SHA-256 fingerprint of an X.509 certificate an agency signs with: 64 lower-case hex
/// digits of the digest of the certificate's DER encoding.
///
/// An agency's `certificate` elements pin the certificates whose signatures chb accepts from
/// it (see "Signatures" in the plan format); no chain to a certificate authority is used.
public struct CertificateFingerprint: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The fingerprint as written in the document.
    public let rawValue: String

    /// Wraps a fingerprint without checking it; ``PlanValidator`` checks its form.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A fingerprint typed by a person: colons, spaces and upper case are accepted
    /// (`AB:CD:…` as `openssl x509 -fingerprint -sha256` prints it); `nil` unless the rest is
    /// exactly 64 hex digits.
    public init?(parsing text: String) {
        let digits = text.lowercased().filter { $0 != ":" && $0 != " " }
        let candidate = Self(rawValue: digits)
        guard candidate.isWellFormed else { return nil }
        self = candidate
    }

    /// The fingerprint of a digest's 32 bytes.
    public init(digest: [UInt8]) {
        let hex = Array("0123456789abcdef")
        rawValue = String(digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    /// Whether the value is 64 lower-case hex digits, as the format requires.
    public var isWellFormed: Bool {
        rawValue.utf8.count == 64 && rawValue.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// The fingerprint shortened for messages: its first 16 digits and an ellipsis.
    public var short: String { String(rawValue.prefix(16)) + "…" }

    /// The raw fingerprint.
    public var description: String { rawValue }

    /// Orders fingerprints by their digits.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
