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

    /// Today's date in UTC.
    static var today: CalendarDate { now.date }
}
