public import PlanCore

/// A partner's MSPDI file, as MS Project or ProjectLibre saved it, turned into the returned
/// partner view that `Plan.mergePartnerUpdate(_:by:)` takes.
public struct MSPDIPartnerUpdate: Hashable, Sendable {
    /// The partner view with the changes the file makes, cut from the plan's current view
    /// and marked with the source revision the file was exported at.
    public var view: Plan
    /// What the file changed that maps to nothing a partner may return (tasks added or
    /// deleted, renames, cancelling), in file order, in words: listed, never applied.
    public var unmapped: [String]

    /// Creates an update.
    public init(view: Plan, unmapped: [String]) {
        self.view = view
        self.unmapped = unmapped
    }
}
