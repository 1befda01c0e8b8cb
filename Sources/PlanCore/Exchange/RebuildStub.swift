// TEMPORARY: a stand-in for the history rebuild (`PlanRebuild`, `Plan.asItStood`) that the
// `history` branch is adding to PlanCore. It returns the current plan unchanged, so until the
// real rebuild lands the merge's "view as it was cut" is the plan's current view. Delete this
// file when the real API is on main (the merge is written against exactly this API).

/// The plan as it stood at some point, rebuilt from its history, and the events it could not
/// undo (their changes unknown). TEMPORARY stub: see the top of this file.
public struct PlanRebuild: Sendable {
    /// The plan as it stood.
    public var plan: Plan
    /// The events after that point whose changes could not be undone.
    public var unrebuilt: [HistoryEvent]

    /// Creates a rebuild.
    public init(plan: Plan, unrebuilt: [HistoryEvent]) {
        self.plan = plan
        self.unrebuilt = unrebuilt
    }
}

extension Plan {
    /// TEMPORARY stub: returns the current plan.
    public func asItStood(at instant: Instant) -> PlanRebuild {
        PlanRebuild(plan: self, unrebuilt: [])
    }

    /// TEMPORARY stub: the current plan (with `revision` set to the one asked for), or `nil`
    /// for a revision this plan never had.
    public func asItStood(atRevision revision: Int) -> PlanRebuild? {
        guard (self.revision - history.count...self.revision).contains(revision) else { return nil }
        var plan = self
        plan.revision = revision
        return PlanRebuild(plan: plan, unrebuilt: [])
    }
}
