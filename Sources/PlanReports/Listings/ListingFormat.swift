/// The formats of the listings `chb schedule` and `chb log` print: ``ScheduleReport`` and
/// ``HistoryLog``.
public enum ListingFormat: String, CaseIterable, Hashable, Sendable {
    /// An aligned plain-text table with a few lines after it.
    case text
    /// JSON on one line, keys in a fixed order.
    case json
}
