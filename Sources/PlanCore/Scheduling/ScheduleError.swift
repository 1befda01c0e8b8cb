/// Why a plan could not be scheduled: its dependencies form a cycle.
public struct ScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Always ``PlanDiagnostic/Code/dependencyCycle``.
    public var code: PlanDiagnostic.Code
    /// The tasks of the cycle in dependency order, the first repeated at the end.
    public var cycle: [TaskID]

    /// Creates an error for a cycle.
    public init(cycle: [TaskID]) {
        self.code = .dependencyCycle
        self.cycle = cycle
    }

    /// `dependencies form a cycle: a → b → a`.
    public var description: String {
        "dependencies form a cycle: \(cycle.map(\.rawValue).joined(separator: " → "))"
    }
}
