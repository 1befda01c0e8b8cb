import Foundation
import PlanCore

/// The current time, or the one fixed by `CHB_NOW` (for reproducible runs and tests).
enum Clock {
    /// Now, to the second, in UTC.
    static var now: Instant {
        if let fixed = ProcessInfo.processInfo.environment["CHB_NOW"], let instant = Instant(fixed) {
            return instant
        }
        return Instant(secondsSinceEpoch: Int(Date().timeIntervalSince1970))
    }

    /// A description of what is wrong with `CHB_NOW`, or `nil` when it is unset or valid.
    ///
    /// A fixed clock that silently fell back to the real one would defeat reproducible runs.
    static var fixedClockProblem: String? {
        guard let fixed = ProcessInfo.processInfo.environment["CHB_NOW"], Instant(fixed) == nil else { return nil }
        return "CHB_NOW is '\(fixed)'; it must be a UTC instant such as 2026-11-30T10:00:00Z"
    }

    /// Today's date in UTC.
    static var today: CalendarDate { now.date }
}
