/// An entry in the plan's risk register.
public struct Risk: Hashable, Sendable, Identifiable {
    /// The risk's id.
    public var id: RiskID
    /// How likely, 1–5.
    public var likelihood: Int
    /// How bad, 1–5.
    public var impact: Int
    /// Where the risk stands.
    public var status: Status
    /// The agency that owns the risk.
    public var owner: AgencyID
    /// The risk's own marking; `nil` means the plan's.
    public var classification: Classification?
    /// What might happen.
    public var description: String
    /// What is being done about it.
    public var mitigation: String?

    /// Creates a risk.
    public init(
        id: RiskID, likelihood: Int, impact: Int, status: Status = .open, owner: AgencyID,
        classification: Classification? = nil, description: String, mitigation: String? = nil
    ) {
        self.id = id
        self.likelihood = likelihood
        self.impact = impact
        self.status = status
        self.owner = owner
        self.classification = classification
        self.description = description
        self.mitigation = mitigation
    }

    /// Likelihood × impact, 1–25.
    public var score: Int { likelihood * impact }

    /// Where a risk stands.
    public enum Status: String, CaseIterable, Sendable {
        /// Live and not yet mitigated.
        case open
        /// Mitigations are in place.
        case mitigated
        /// No longer a risk.
        case closed
    }
}
