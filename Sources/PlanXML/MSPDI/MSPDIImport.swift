public import PlanCore

/// What importing a Microsoft Project XML file produced.
public struct MSPDIImport: Hashable, Sendable {
    /// The new plan: valid, at revision 1, with one `imported` history event (when the file
    /// has MS Project's baseline 0, more: see ``Plan/withImportedBaseline(named:dates:by:actor:)``),
    /// and known to read back as it is once written.
    public var plan: Plan
    /// Everything in the file that could not be mapped to the plan, in the order found, as
    /// facts (an SF link, a flattened summary task, a rounded lag, a skipped resource, a
    /// number chb cannot use…); ``MSPDIUnmappedItem/message`` words each one.
    public var unmapped: [MSPDIUnmappedItem]
    /// Warnings about the new plan: tasks put in stage Clear for want of a stage summary,
    /// required parts that were filled in, and the validator's own warnings.
    public var warnings: [PlanDiagnostic]

    /// Creates an import result.
    public init(plan: Plan, unmapped: [MSPDIUnmappedItem], warnings: [PlanDiagnostic]) {
        self.plan = plan
        self.unmapped = unmapped
        self.warnings = warnings
    }
}
