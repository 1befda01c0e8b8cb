import ArgumentParser
import PlanCore

/// The options every workflow transition takes besides who is acting.
struct TransitionOptions: ParsableArguments {
    @Option(help: "Why, recorded in history (required to block, cancel and reopen).")
    var reason: String?

    @Option(name: .customLong("override"),
        help: ArgumentHelp("Proceed although a gate fails (stage order, exit criteria, open tasks, predecessors), for this reason; recorded as an override event.", valueName: "reason"))
    var overrideReason: String?

    @Option(help: "The working date of the change, YYYY-MM-DD (default: today).")
    var date: CalendarDate?
}

extension WorkflowOutcome {
    /// ` by override of: …` when gates were overridden, or a note when an override was not needed.
    func suffix(overrideGiven: Bool) -> String {
        if wasOverridden { return " by override of: " + overridden.map(\.description).joined(separator: "; ") }
        return overrideGiven ? " (no gate needed overriding; recorded as a normal change)" : ""
    }
}
