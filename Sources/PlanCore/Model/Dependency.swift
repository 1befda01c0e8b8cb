/// A link from a task to one it depends on.
public struct Dependency: Hashable, Sendable {
    /// The task depended on.
    public var task: TaskID
    /// How the two are linked.
    public var type: Kind
    /// Calendar days added to the link (negative for a lead).
    public var lagDays: Int

    /// Creates a dependency.
    public init(on task: TaskID, type: Kind = .finishToStart, lagDays: Int = 0) {
        self.task = task
        self.type = type
        self.lagDays = lagDays
    }

    /// How a dependency constrains its successor.
    public enum Kind: String, CaseIterable, Sendable {
        /// Starts no earlier than the day after the predecessor's last day, plus lag.
        case finishToStart
        /// Starts no earlier than the predecessor's first day, plus lag.
        case startToStart
        /// Finishes no earlier than the predecessor's last day, plus lag.
        case finishToFinish
    }
}
