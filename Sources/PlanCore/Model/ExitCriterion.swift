/// A condition a stage must meet before it may complete.
public struct ExitCriterion: Hashable, Sendable, Identifiable {
    /// The criterion's id.
    public var id: CriterionID
    /// Whether the criterion is met.
    public var met: Bool
    /// The day it was met; present exactly when `met` is true.
    public var metOn: CalendarDate?
    /// What must be true.
    public var statement: String
    /// What shows it is true.
    public var evidence: String?

    /// Creates a criterion.
    public init(
        id: CriterionID, met: Bool = false, metOn: CalendarDate? = nil, statement: String,
        evidence: String? = nil
    ) {
        self.id = id
        self.met = met
        self.metOn = metOn
        self.statement = statement
        self.evidence = evidence
    }
}
