/// What one task's partner-editable fields were when a partner's view was cut, as far as the
/// history since then tells, and how a merge judges the value the partner's update shows.
///
/// A view shows every task as it was at its `sourceRevision`, so a value in the update that
/// differs from the plan is either the partner's change or the plan's later change seen
/// backwards. The base value (the plan's value at the source revision) tells them apart: an
/// update showing the base value did not change the field. The base of a field is the old value
/// of the first event since the revision that changed it; a field no event since changed still
/// has it. When that event does not record its old value (or cannot be read at all) the base
/// is unknown, and the merge falls back to calling any difference a conflict.
struct TaskBaseline {
    /// How a merge takes one field of the update that differs from the plan.
    enum Judgement: Hashable {
        /// The partner changed it and nothing changed the task since the revision: applied if
        /// the partner leads the task, refused otherwise.
        case change
        /// The update shows the value the plan had at the source revision: the partner did not
        /// change it, and the plan's later change stands. Skipped.
        case stale(PartnerValue)
        /// The update shows a value the partner itself gave the field since the revision (an
        /// earlier merge of its changes), which the plan then changed again. Skipped.
        case alreadyMerged
        /// Both changed it: `base` is the value at the source revision, `nil` when the history
        /// does not say. Not applied.
        case conflict(base: PartnerValue?)
        /// The partner changed it and the plan changed other things in the task since the
        /// revision: a conflict by the format's rule ("a change to a task that the full plan
        /// changed after the view's `sourceRevision` is a conflict"). Not applied.
        case taskChanged
    }

    /// For each field changed since the revision: its value then, or `nil` when unknown.
    private(set) var base: [PartnerField: PartnerValue?] = [:]
    /// The values the partner agency itself gave each field since the revision.
    private(set) var partnerValues: [PartnerField: Set<PartnerValue>] = [:]
    /// Whether anything changed the task since the revision (any field, by anyone, the
    /// partner's own earlier merges included): the format's rule makes a partner's change to
    /// such a task a conflict.
    let changedSinceCut: Bool

    /// Reads the events about one task since the source revision.
    /// - Parameters:
    ///   - task: The task.
    ///   - events: The events about it after the source revision, newest first.
    ///   - partner: The agency whose update is judged.
    /// The fields a partner may not change that the plan changed since the revision, by name;
    /// `nil` when an event since cannot be read (it may have changed any of them).
    private(set) var otherFields: Set<String>? = []

    init(task: TaskID, events: [HistoryEvent], partner: AgencyID) {
        changedSinceCut = !events.isEmpty
        for event in events {
            let effect = event.taskEffect(on: task)
            if let names = effect.otherFields { otherFields?.formUnion(names) } else { otherFields = nil }
            guard let changes = effect.partnerFields else {
                // Unreadable: it may have changed anything, from values not known.
                for field in PartnerField.allCases { base.updateValue(nil, forKey: field) }
                continue
            }
            for change in changes {
                // Older events come later, so the oldest change's old value is what stays.
                base.updateValue(change.old, forKey: change.field)
                if event.agency == partner, let new = change.new { partnerValues[change.field, default: []].insert(new) }
            }
        }
    }

    /// Judges a value of the update that differs from the plan's current one.
    /// - Parameters:
    ///   - field: The field.
    ///   - incoming: The update's value.
    ///   - current: The plan's value before the merge.
    func judge(_ field: PartnerField, incoming: PartnerValue, current: PartnerValue) -> Judgement {
        guard let entry = base[field] else { return changedSinceCut ? .taskChanged : .change }
        if let old = entry, old == incoming { return .stale(old) }
        if partnerValues[field]?.contains(incoming) == true { return .alreadyMerged }
        guard let old = entry else { return .conflict(base: nil) }
        return .conflict(base: old)
    }
}
