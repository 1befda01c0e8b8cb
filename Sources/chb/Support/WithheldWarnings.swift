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
        plan.agencies.compactMap { agency in
            if let only, agency.id != only { return nil }
            if agency.id == plan.governance.leadAgency { return nil }
            let withheld = plan.tasksWithheld(from: agency.id)
            guard let highest = withheld.map(\.marking).max() else { return nil }
            if onlyEmpty, !Self.holdsNoneItLeads(agency.id, withheld: withheld, in: plan) { return nil }
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
        plan.agencies.compactMap { agency in
            if let only, agency.id != only { return nil }
            if agency.id == plan.governance.leadAgency { return nil }
            let withheld = plan.tasksWithheld(from: agency.id)
            guard Self.holdsNoneItLeads(agency.id, withheld: withheld, in: plan) else { return nil }
            let led = Set(plan.allTasks.filter { $0.lead == agency.id }.map(\.id))
            return "\(file): warning: the view for '\(agency.id)' (clearance \(agency.clearance.rawValue)) would hold none of the "
                + "tasks it leads (\(counted(led.count, "task")), all marked above its clearance): chb validate \(file) names them and the fix"
        }
    }

    /// Whether the agency leads tasks and its view withholds every one of them.
    private static func holdsNoneItLeads(_ agency: AgencyID, withheld: [(task: TaskID, marking: Classification)], in plan: Plan) -> Bool {
        let led = Set(plan.allTasks.filter { $0.lead == agency }.map(\.id))
        return !led.isEmpty && led.isSubset(of: Set(withheld.map(\.task)))
    }
}
