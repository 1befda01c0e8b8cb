public import PlanCore

/// Why a partner update page cannot be made.
public enum PartnerPageError: Error, Equatable, Sendable {
    /// The plan is a full plan; the page is only ever made from a partner's view.
    case notAPartnerView(PlanID)

    /// A message for people.
    public var message: String {
        switch self {
        case .notAPartnerView(let id): "plan '\(id)' is a full plan; an update page is made only from a partner view (export with --for AGENCY)"
        }
    }
}
