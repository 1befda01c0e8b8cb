/// One reading of a measure.
public struct Observation: Hashable, Sendable {
    /// The day of the reading.
    public var date: CalendarDate
    /// The value read.
    public var value: DecimalValue
    /// The agency that supplied it.
    public var source: AgencyID?

    /// Creates an observation.
    public init(date: CalendarDate, value: DecimalValue, source: AgencyID? = nil) {
        self.date = date
        self.value = value
        self.source = source
    }
}
