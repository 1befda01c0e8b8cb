/// Who leads an operation and how it is overseen.
public struct Governance: Hashable, Sendable {
    /// The agency that leads the operation.
    public var leadAgency: AgencyID
    /// The responsible officer: a role and/or a name.
    public var leadResponsibleOfficer: String
    /// The partnership board the plan reports to.
    public var board: String?
    /// How often the board reviews the plan, in days.
    public var reviewCadenceDays: Int?
    /// The reference of the information sharing agreement that covers this plan.
    public var informationSharingAgreement: String?

    /// Creates a governance block.
    public init(
        leadAgency: AgencyID, leadResponsibleOfficer: String, board: String? = nil,
        reviewCadenceDays: Int? = nil, informationSharingAgreement: String? = nil
    ) {
        self.leadAgency = leadAgency
        self.leadResponsibleOfficer = leadResponsibleOfficer
        self.board = board
        self.reviewCadenceDays = reviewCadenceDays
        self.informationSharingAgreement = informationSharingAgreement
    }
}
