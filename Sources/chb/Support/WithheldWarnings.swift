import PlanCore

/// Warnings that a partner's view will withhold tasks it leads or supports (marked above its
/// clearance), so a view never comes out empty without a word. `export --for` names every
/// task the view withholds from its agency. `validate` and `status` warn about an agency
/// whose view would hold none of the tasks it leads: the trap of a new plan (OFFICIAL-SENSITIVE)
/// and a new agency (OFFICIAL). A view that withholds only some (a partner kept from a
/// sensitive task it supports, as the format intends) is not worth a warning on every run.
/// The plan's lead agency, which keeps the full plan, is left out.
enum WithheldWarnings {
    /// One line per agency (or only `agency`) whose view withholds tasks it leads or supports,
    /// naming them and the two ways to share them; with `onlyEmpty`, only agencies whose view
    /// would hold none of the tasks they lead.
    static func lines(_ plan: Plan, file: String, agency only: AgencyID? = nil, onlyEmpty: Bool = false) -> [String] {
        let partners = partners(of: plan, only: only)
        let found = plan.viewWithholdings(for: partners.map(\.id))
        return partners.compactMap { agency in
            guard let (led, withheld) = found[agency.id], let highest = withheld.map(\.marking).max() else { return nil }
            if onlyEmpty, !Self.holdsNoneItLeads(led, withheld: withheld) { return nil }
            let ids = withheld.map { "'\($0.task)'" }.joined(separator: ", ")
            return "\(file): warning: the view for '\(agency.id)' (clearance \(agency.clearance.rawValue)) withholds "
                + "\(counted(withheld.count, "task")) it leads or supports, marked above its clearance: \(ids); "
                + "to share \(withheld.count == 1 ? "it" : "them"), chb agency edit \(file) \(agency.id) --clearance \(highest.rawValue), "
                + "or mark a task \(agency.clearance.rawValue) where it may be (chb task edit \(file) TASK --classification \(agency.clearance.rawValue))"
        }
    }

    /// The status report's warning: one line per agency (or only `agency`) whose view would
    /// hold none of the tasks it leads, pointing at `chb validate` for the names and the fix.
    static func statusLines(_ plan: Plan, file: String, agency only: AgencyID? = nil) -> [String] {
        let partners = partners(of: plan, only: only)
        let found = plan.viewWithholdings(for: partners.map(\.id))
        return partners.compactMap { agency in
            guard let (led, withheld) = found[agency.id], Self.holdsNoneItLeads(led, withheld: withheld) else { return nil }
            return "\(file): warning: the view for '\(agency.id)' (clearance \(agency.clearance.rawValue)) would hold none of the "
                + "tasks it leads (\(counted(led.count, "task")), all marked above its clearance): chb validate \(file) names them and the fix"
        }
    }

    /// The agencies a view may be cut for (or only `only`): every agency but the plan's lead,
    /// which keeps the full plan.
    private static func partners(of plan: Plan, only: AgencyID?) -> [Agency] {
        plan.agencies.filter { ($0.id == only || only == nil) && $0.id != plan.governance.leadAgency }
    }

    /// Whether the agency leads tasks and its view withholds every one of them.
    private static func holdsNoneItLeads(_ led: Set<TaskID>, withheld: [(task: TaskID, marking: Classification)]) -> Bool {
        !led.isEmpty && led.isSubset(of: Set(withheld.map(\.task)))
    }
}
