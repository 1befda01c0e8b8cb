/// Whether a document is the whole plan or the part of it one partner may see.
public enum PlanView: Hashable, Sendable {
    /// The full plan, as the lead agency keeps it.
    case full
    /// A view cut for one agency from the full plan at a given revision.
    case partner(for: AgencyID, sourceRevision: Int)
}
