/// A red/amber/green status, plus the two states that are neither: not started and complete.
///
/// Ordered by how much attention it needs, least first:
/// `complete < notStarted < green < amber < red`, so the worst of several is their `max()`.
/// A plan whose stages are all complete is complete; one with a stage not yet due and the
/// others complete shows not started; any active stage makes it at least green.
public enum RAG: String, CaseIterable, Comparable, Hashable, Sendable {
    /// Active and on track.
    case green
    /// Active with something to watch: an overdue or blocked task, or a measure worse than its
    /// baseline; or not started although its planned start has passed.
    case amber
    /// Active and off track: an overdue task on the critical path, the planned end passed, or
    /// a task blocked for more than 14 days.
    case red
    /// Completed.
    case complete
    /// Not started, and not yet due to start.
    case notStarted

    /// The position in the order `complete, notStarted, green, amber, red` (0 to 4).
    public var severity: Int {
        switch self {
        case .complete: 0
        case .notStarted: 1
        case .green: 2
        case .amber: 3
        case .red: 4
        }
    }

    /// Orders statuses by ``severity``.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.severity < rhs.severity }

    /// The status for people: "Green", "Amber", "Red", "Complete", "Not started".
    public var title: String {
        switch self {
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        case .complete: "Complete"
        case .notStarted: "Not started"
        }
    }
}
