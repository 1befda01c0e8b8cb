/// What merging a partner's update did, change by change. Nothing is applied silently.
public struct MergeReport: Hashable, Sendable {
    /// What happened to one change.
    public enum Outcome: String, Hashable, Sendable {
        /// The change is now in the plan, with a history event.
        case applied
        /// The change is not allowed (a task the partner does not lead, a forbidden transition).
        case refused
        /// The full plan changed the field after the view was cut, and so did the partner (or
        /// the history does not say what the field was then); the change was not applied.
        case conflict
        /// Not a change: the update shows the field as it was when the view was cut (or as the
        /// partner's own earlier merge left it), and the plan changed it since. The plan's
        /// value stands. Listed in ``MergeReport/stale``, never in ``MergeReport/items``.
        case stale
    }

    /// One change found in the update.
    public struct Item: Hashable, Sendable, CustomStringConvertible {
        /// The task the change is to (empty for a change outside the tasks: see ``about``).
        public var task: TaskID
        /// What the change is to, as the report names it: the task's id, or for a change
        /// outside the view's tasks the element, e.g. `plan title`, `agency 'sht'`.
        public var about: String
        /// What happened.
        public var outcome: Outcome
        /// The change, e.g. "status inProgress → done" or "due 2026-10-30 → 2026-12-18"
        /// (the plan's value, then the update's); for a stale value, the value the update
        /// shows, e.g. "due 2026-10-30".
        public var change: String
        /// Why it was refused, conflicts or is stale.
        public var reason: String?

        /// Creates an item.
        public init(task: TaskID, outcome: Outcome, change: String, reason: String? = nil) {
            self.task = task
            self.about = task.rawValue
            self.outcome = outcome
            self.change = change
            self.reason = reason
        }

        /// Creates an item about something other than a task (always refused: a view changes
        /// only its tasks).
        public init(about: String, outcome: Outcome, change: String, reason: String? = nil) {
            self.task = TaskID("")
            self.about = about
            self.outcome = outcome
            self.change = change
            self.reason = reason
        }

        /// `applied  t-door-entry: progress 65 → 80`, with the reason after a colon.
        public var description: String {
            "\(outcome.rawValue.padding(to: 8)) \(about): \(change)" + (reason.map { " (\($0))" } ?? "")
        }
    }

    /// The agency whose update this was.
    public var agency: AgencyID
    /// The full plan's revision the partner's view was cut from.
    public var sourceRevision: Int
    /// The SHA-256 fingerprint of the certificate the update was verified against, when it was
    /// signed: every history event of the merge names it.
    public var signedBy: String?
    /// Every change found, in document order of the update.
    public var items: [Item]
    /// The values the update shows that are older than the plan's (outcome ``Outcome/stale``):
    /// not changes, so skipped, and listed only for a dry run.
    public var stale: [Item] = []

    /// Creates a report.
    public init(agency: AgencyID, sourceRevision: Int, items: [Item] = []) {
        self.agency = agency
        self.sourceRevision = sourceRevision
        self.items = items
    }

    /// The changes applied.
    public var applied: [Item] { items.filter { $0.outcome == .applied } }
    /// The changes refused.
    public var refused: [Item] { items.filter { $0.outcome == .refused } }
    /// The changes in conflict.
    public var conflicts: [Item] { items.filter { $0.outcome == .conflict } }
    /// Whether every change found was applied (stale values are not changes).
    public var isClean: Bool { items.allSatisfy { $0.outcome == .applied } }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
