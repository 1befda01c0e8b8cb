public import PlanCore

/// A plan read from a document, with where each of its elements was.
public struct PlanDocument: Hashable, Sendable {
    /// The plan.
    public var plan: Plan
    /// Source locations of the plan's elements, for locating later diagnostics.
    public var sourceMap: SourceMap

    /// Creates a document.
    public init(plan: Plan, sourceMap: SourceMap) {
        self.plan = plan
        self.sourceMap = sourceMap
    }
}
