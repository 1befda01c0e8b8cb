/// Something the partnership counts to see whether the operation works.
public struct Measure: Hashable, Sendable, Identifiable {
    /// The measure's id.
    public var id: MeasureID
    /// The stage the measure belongs to, if any.
    public var stage: StageKind?
    /// The unit counted, e.g. "calls per month".
    public var unit: String
    /// Which way is better.
    public var direction: Direction
    /// The measure's own marking; `nil` means the plan's.
    public var classification: Classification?
    /// The measure's name.
    public var name: String
    /// Where it stood before the operation.
    public var baseline: DecimalValue
    /// Where the partnership wants it.
    public var target: DecimalValue
    /// Readings, in document order.
    public var observations: [Observation]

    /// Creates a measure.
    public init(
        id: MeasureID, stage: StageKind? = nil, unit: String, direction: Direction,
        classification: Classification? = nil, name: String, baseline: DecimalValue,
        target: DecimalValue, observations: [Observation] = []
    ) {
        self.id = id
        self.stage = stage
        self.unit = unit
        self.direction = direction
        self.classification = classification
        self.name = name
        self.baseline = baseline
        self.target = target
        self.observations = observations
    }

    /// Which way a measure should move.
    public enum Direction: String, CaseIterable, Sendable {
        /// Higher is better.
        case increase
        /// Lower is better.
        case decrease
    }

    /// The observation with the latest date (the last one listed among equals), if any.
    public var latestObservation: Observation? {
        observations.enumerated().max { a, b in
            (a.element.date, a.offset) < (b.element.date, b.offset)
        }?.element
    }
}
