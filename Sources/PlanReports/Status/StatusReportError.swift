/// Why a status report could not be built.
public struct StatusReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, for code to test.
    public var code: Code
    /// A lower-case fragment naming the culprit, e.g. `agency 'mi5' is not an agency of this plan`.
    public var message: String

    /// Creates an error.
    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The kinds of failure; new codes may be added.
    public struct Code: Hashable, Sendable {
        private var name: String

        /// The `agency` filter names no agency of the plan.
        public static let unknownAgency = Code(name: "unknownAgency")
        /// The `since` date is not before the report date.
        public static let sinceNotBeforeAsOf = Code(name: "sinceNotBeforeAsOf")
        /// The baseline named is not one of the plan's, or was set after the report date.
        public static let unknownBaseline = Code(name: "unknownBaseline")
    }
}
