/// What a workflow transition did.
public struct WorkflowOutcome: Hashable, Sendable {
    /// The gates that failed and were overridden; empty when every gate held.
    public var overridden: [WorkflowGate]
    /// The history event the transition recorded (in a partner view, which keeps no history,
    /// the event the merge of the view will record).
    public var event: HistoryEvent

    /// Creates an outcome.
    public init(overridden: [WorkflowGate], event: HistoryEvent) {
        self.overridden = overridden
        self.event = event
    }

    /// Whether the transition went ahead by override (and recorded an `override` event).
    public var wasOverridden: Bool { !overridden.isEmpty }
}
