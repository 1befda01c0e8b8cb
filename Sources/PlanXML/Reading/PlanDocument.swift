public import PlanCore

/// A plan read from a document, with where each of its elements was.
public struct PlanDocument: Hashable, Sendable {
    /// The plan.
    public var plan: Plan
    /// Source locations of the plan's elements, for locating later diagnostics.
    public var sourceMap: SourceMap
    /// Whether the document carries an XML-DSig `Signature` (verified by ``XMLSignature``,
    /// not by reading; a change saved to the file drops it).
    public var isSigned: Bool

    /// Creates a document.
    public init(plan: Plan, sourceMap: SourceMap, isSigned: Bool = false) {
        self.plan = plan
        self.sourceMap = sourceMap
        self.isSigned = isSigned
    }
}
