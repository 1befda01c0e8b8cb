import PlanCore

/// The one wording of an id the plan does not have: what kind of item, the id, the nearest
/// id of that kind when one is near ("did you mean 't-raid'?"), and, in a partner view, that
/// the item may be withheld from the view rather than missing from the plan.
enum IDSuggestion {
    /// `there is no task 't-raod' in this plan; did you mean 't-raid'?`
    static func unknown(_ kind: String, _ id: String, among known: [String], in plan: Plan? = nil) -> String {
        var message = "there is no \(kind) '\(id)' in this plan"
        if let near = CommandSuggestion.nearest(to: id, among: known) {
            message += "; did you mean '\(near)'?"
        } else if kind == "task", let plan, case .partner(let agency, _) = plan.view {
            message += withheld(from: agency)
        }
        return message
    }

    /// Why a task may be missing from a partner view: ` (this is the view for 'sht': …)`.
    static func withheld(from agency: AgencyID) -> String {
        " (this is the view for '\(agency)': a task of the full plan it neither leads nor supports, or marked above its clearance, is withheld from it)"
    }

    /// The suffix for a refusal about an unknown id: `; did you mean 'x'?`, or empty.
    static func suffix(for id: String, among known: [String]) -> String {
        CommandSuggestion.nearest(to: id, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension Plan {
    /// Every task id, in document order.
    var taskIDs: [String] { stages.flatMap { $0.tasks.map(\.id.rawValue) } }
    /// Every exit criterion id, in document order.
    var criterionIDs: [String] { stages.flatMap { $0.exitCriteria.map(\.id.rawValue) } }
}
