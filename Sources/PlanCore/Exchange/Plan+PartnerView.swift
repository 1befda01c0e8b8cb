extension Plan {
    /// The view of this plan that one partner agency may see, as the exchange rules define it.
    ///
    /// The view keeps the plan header, every agency, the stages (status, dates, objectives and
    /// exit criteria), the measures, and the tasks the agency leads or supports. For the tasks
    /// those depend on it keeps only the id, title, lead, status and dates (and a blocked
    /// task's reason). It drops everything classified above the agency's clearance (with any
    /// dependency on a dropped task), risks the agency does not own, the history, the
    /// baselines (instants of that history) and the plan's own extensions. The view is marked with the highest marking it still holds, and
    /// every kept item keeps its effective marking (written only where it differs from the view's).
    ///
    /// - Parameter agencyID: The agency the view is for.
    /// - Returns: A partner view whose `sourceRevision` is this plan's revision.
    /// - Throws: ``PlanChangeError`` when the agency is not in the plan, this is already a view,
    ///   or the plan is invalid so that its view would be.
    public func partnerView(for agencyID: AgencyID) throws(PlanChangeError) -> Plan {
        let view = try cutPartnerView(for: agencyID)
        // A view of a valid plan is valid; a plan that is not gives no view.
        if let problem = PlanValidator().validate(view).first(where: { $0.severity == .error }) {
            throw PlanChangeError(.invalidView(agencyID, code: problem.code, message: problem.message))
        }
        return view
    }

    /// The view for `agencyID` as ``partnerView(for:)`` cuts it, without checking that it is
    /// valid: what a merge needs to know which tasks a view held, even in a plan since made
    /// invalid.
    func cutPartnerView(for agencyID: AgencyID) throws(PlanChangeError) -> Plan {
        try requireFullPlan()
        let clearance = try requireAgency(agencyID).clearance
        func visible(_ own: Classification?) -> Classification? {
            let marking = effectiveClassification(own)
            return marking <= clearance ? marking : nil
        }

        // Tasks shared in full, and the tasks they depend on (shared as stubs).
        var full = Set<TaskID>()
        for task in allTasks where (task.lead == agencyID || task.supports.contains(agencyID)) && visible(task.classification) != nil {
            full.insert(task.id)
        }
        // The marking of the first task of each id, looked up in constant time: a search per
        // link made a task with thousands of predecessors quadratic.
        var markingOf: [TaskID: Classification?] = [:]
        for task in allTasks where markingOf[task.id] == nil { markingOf[task.id] = task.classification }
        var stubs = Set<TaskID>()
        for task in allTasks where full.contains(task.id) {
            for dependency in task.dependencies where !full.contains(dependency.task) {
                if let marking = markingOf[dependency.task], visible(marking) != nil {
                    stubs.insert(dependency.task)
                }
            }
        }
        let kept = full.union(stubs)

        var view = self
        view.view = .partner(for: agencyID, sourceRevision: revision)
        view.history = []
        view.baselines = [] // a baseline is an instant of the history, which a view does not carry
        view.extensions = []
        for p in view.stages.indices {
            view.stages[p].tasks = stages[p].tasks.compactMap { task -> PlanTask? in
                guard kept.contains(task.id), let marking = visible(task.classification) else { return nil }
                if stubs.contains(task.id) {
                    return PlanTask(
                        id: task.id, lead: task.lead, status: task.status, classification: marking,
                        start: task.start, due: task.due, durationDays: task.durationDays,
                        completedOn: task.completedOn, blockedSince: task.blockedSince, title: task.title,
                        blockedReason: task.blockedReason)
                }
                var shared = task
                shared.classification = marking
                shared.dependencies.removeAll { !kept.contains($0.task) }
                return shared
            }
        }
        view.measures = measures.compactMap { measure in
            guard let marking = visible(measure.classification) else { return nil }
            var shared = measure
            shared.classification = marking
            return shared
        }
        view.risks = risks.compactMap { risk in
            guard risk.owner == agencyID, let marking = visible(risk.classification) else { return nil }
            var shared = risk
            shared.classification = marking
            return shared
        }
        let markings = view.allTasks.compactMap(\.classification) + view.measures.compactMap(\.classification)
            + view.risks.compactMap(\.classification)
        view.classification = markings.max() ?? .official
        return view.withCanonicalMarkings()
    }

    /// The same plan with every marking equal to the plan's own written as `nil` (the default),
    /// as the canonical format leaves it out.
    func withCanonicalMarkings() -> Plan {
        var plan = self
        func canonical(_ marking: Classification?) -> Classification? { marking == classification ? nil : marking }
        for p in plan.stages.indices {
            for t in plan.stages[p].tasks.indices {
                plan.stages[p].tasks[t].classification = canonical(plan.stages[p].tasks[t].classification)
            }
        }
        for m in plan.measures.indices { plan.measures[m].classification = canonical(plan.measures[m].classification) }
        for r in plan.risks.indices { plan.risks[r].classification = canonical(plan.risks[r].classification) }
        return plan
    }
}

extension Plan {
    /// The tasks an agency leads or supports that its partner view withholds, because they
    /// are marked above its clearance (the exchange rules: safe by default, so in an
    /// `OFFICIAL-SENSITIVE` plan an `OFFICIAL` partner sees only what is marked `OFFICIAL`).
    ///
    /// - Parameter agencyID: The agency a view would be for.
    /// - Returns: The withheld tasks in document order (the first of a repeated id), each
    ///   with its effective marking; empty for an agency not in the plan, or in a partner view
    ///   (which holds nothing above its agency's clearance).
    public func tasksWithheld(from agencyID: AgencyID) -> [(task: TaskID, marking: Classification)] {
        viewWithholdings(for: [agencyID])[agencyID]?.withheld ?? []
    }

    /// For several agencies at once, in one pass over the tasks (so checking every agency of a
    /// large plan stays linear): the tasks each leads, and what ``tasksWithheld(from:)`` lists
    /// for it. An agency not in the plan, or any agency of a partner view, is left out.
    public func viewWithholdings(for agencyIDs: [AgencyID]) -> [AgencyID: (led: Set<TaskID>, withheld: [(task: TaskID, marking: Classification)])] {
        guard view == .full else { return [:] }
        var clearances: [AgencyID: Classification] = [:]
        for id in agencyIDs { if let clearance = agency(id)?.clearance { clearances[id] = clearance } }
        var result: [AgencyID: (led: Set<TaskID>, withheld: [(task: TaskID, marking: Classification)])] = [:]
        for id in clearances.keys { result[id] = ([], []) }
        var seen = Set<TaskID>()
        for stage in stages {
            for t in stage.tasks.indices where seen.insert(stage.tasks[t].id).inserted {
                let task = stage.tasks[t]
                let marking = effectiveClassification(task.classification)
                if clearances[task.lead] != nil { result[task.lead]?.led.insert(task.id) }
                var counted = Set<AgencyID>()
                for id in [task.lead] + task.supports where counted.insert(id).inserted {
                    if let clearance = clearances[id], marking > clearance { result[id]?.withheld.append((task.id, marking)) }
                }
            }
        }
        return result
    }
}
