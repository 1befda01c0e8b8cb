public import PlanCore

/// Why a document could not be read as a plan: every problem found, each with its location.
///
/// Printed, it reads like compiler output, one `file:line:col: error: message` per line.
public struct PlanReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in document order; never empty.
    public var diagnostics: [PlanDiagnostic]

    /// Creates an error from diagnostics.
    public init(diagnostics: [PlanDiagnostic]) {
        precondition(!diagnostics.isEmpty, "a read error needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    /// Creates an error from one diagnostic.
    public init(_ diagnostic: PlanDiagnostic) { self.init(diagnostics: [diagnostic]) }

    init(internal message: String) {
        self.init(PlanDiagnostic(.error, .internalError, message))
    }

    /// The first problem's code.
    public var code: PlanDiagnostic.Code { diagnostics[0].code }

    /// One line per diagnostic.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension PlanDiagnostic.Code {
    /// The input could not be read (missing file, not a regular file, permission).
    public static let unreadable = Self(rawValue: "unreadable")
    /// The input is not XML text at all (gzip, UTF-16, NUL bytes).
    public static let notXML = Self(rawValue: "not-xml")
    /// The input is not well-formed XML.
    public static let malformed = Self(rawValue: "malformed-xml")
    /// The input has a DOCTYPE or another declaration.
    public static let doctypeRefused = Self(rawValue: "doctype-refused")
    /// The input uses XInclude.
    public static let xincludeRefused = Self(rawValue: "xinclude-refused")
    /// The input exceeds a ``ReadLimits`` bound.
    public static let limitExceeded = Self(rawValue: "limit-exceeded")
    /// The root element is not a chb plan.
    public static let notAPlan = Self(rawValue: "not-a-plan")
    /// The plan is of a schema version this chb does not read.
    public static let unsupportedVersion = Self(rawValue: "unsupported-version")
    /// The document breaks the XSD.
    public static let schema = Self(rawValue: "schema")
    /// Something failed inside chb or libxml2 rather than in the input.
    public static let internalError = Self(rawValue: "internal")
    /// `view`, `for` and `sourceRevision` do not agree.
    public static let viewAttributes = Self(rawValue: "view-attributes")
    /// The plan cannot be written (a name or character XML cannot hold).
    public static let unwritable = Self(rawValue: "unwritable")
}
