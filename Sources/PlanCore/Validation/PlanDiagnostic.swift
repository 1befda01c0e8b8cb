/// A problem found in a plan: an error that makes it invalid or a warning worth a look.
public struct PlanDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// The plan is invalid.
        case error
        /// The plan is valid, but something looks wrong.
        case warning
    }

    /// A stable, machine-readable name for the rule broken, e.g. `unknown-reference`.
    ///
    /// An open set: other modules add their own codes in extensions.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as printed, kebab-case.
        public let rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The raw code.
        public var description: String { rawValue }
    }

    /// Error or warning.
    public var severity: Severity
    /// Which rule was broken.
    public var code: Code
    /// A lower-case sentence fragment naming the culprit by id.
    public var message: String
    /// Where in the source the element this is about starts, when known.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`, or `error: message` without a location.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

extension Sequence where Element == PlanDiagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
