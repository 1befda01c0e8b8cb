import PlanCore

/// A plan as it stood at the end of an earlier day: ``Plan/asItStood(at:)`` undoes every
/// event after the day through its recorded changes.
///
/// Events that carry no changes (another tool's, an import's, an older chb's) cannot be undone:
/// they are counted in ``unrebuilt`` and the report says so. For them only, facts whose own
/// dates lie after the day are not yet facts then: observations dated after it are dropped, a
/// stage started or completed after it had not, a criterion met after it was not, and a task
/// completed or blocked after it was open (in progress once its start had passed, planned
/// before). No meaning is ever read out of an event's text.
struct PlanAsOf {
    /// The plan as it stood.
    var plan: Plan
    /// What could not be taken back, in words.
    var caveats: [String]
    /// The tasks whose status on the day was inferred from dates, not rebuilt from history.
    var inferred: Set<TaskID>
    /// The events after the day that carry no changes, oldest first.
    var unrebuilt: [HistoryEvent]
    /// How many events after the day could not be taken back.
    var laterEdits: Int { unrebuilt.count }

    /// The plan as it stood at the end of `day` when it records anything after that day (a
    /// report or forecast for an earlier date is built on it); `nil` when it records nothing
    /// later, and so is as it stood then.
    static func ifEarlier(_ plan: Plan, on day: CalendarDate) -> PlanAsOf? {
        recordsFacts(after: day, in: plan) ? PlanAsOf(plan, on: day) : nil
    }

    /// Whether the plan records anything after the end of `day`: a history event, a completion,
    /// a block, a stage started or completed, a criterion met or an observation. When it does
    /// not, the plan is as it stood then and needs no rebuilding.
    static func recordsFacts(after day: CalendarDate, in plan: Plan) -> Bool {
        if plan.history.contains(where: { $0.at.date > day }) { return true }
        if plan.measures.contains(where: { $0.observations.contains { $0.date > day } }) { return true }
        for stage in plan.stages {
            if (stage.started.map { $0 > day } ?? false) || (stage.completed.map { $0 > day } ?? false) { return true }
            if stage.exitCriteria.contains(where: { $0.metOn.map { $0 > day } ?? false }) { return true }
            let tasks = stage.tasks
            for t in tasks.indices {
                if (tasks[t].completedOn.map { $0 > day } ?? false) || (tasks[t].blockedSince.map { $0 > day } ?? false) { return true }
            }
        }
        return false
    }

    /// The last instant of a day.
    static func endOfDay(_ day: CalendarDate) -> Instant {
        Instant(date: day, hour: 23, minute: 59, second: 59)!
    }

    init(_ current: Plan, on day: CalendarDate) {
        let rebuild = current.asItStood(at: Self.endOfDay(day))
        var plan = rebuild.plan
        var inferred: Set<TaskID> = []
        if !rebuild.unrebuilt.isEmpty || current.history.isEmpty {
            Self.clipFacts(of: &plan, after: day, inferred: &inferred)
        }
        var caveats: [String] = []
        if !rebuild.unrebuilt.isEmpty {
            caveats.append(Self.unrebuiltCaveat(rebuild.unrebuilt))
        }
        if !inferred.isEmpty {
            caveats.append("The earlier status of \(counted(inferred.count, "task")) was inferred from dates, not rebuilt from history.")
        }
        self.plan = plan
        self.caveats = caveats
        self.inferred = inferred
        self.unrebuilt = rebuild.unrebuilt
    }

    /// `3 later events record no changes (2 edited, 1 imported), so what they changed shows as it is now.`
    static func unrebuiltCaveat(_ events: [HistoryEvent]) -> String {
        var kinds: [(HistoryEvent.Kind, Int)] = []
        for event in events {
            if let k = kinds.firstIndex(where: { $0.0 == event.kind }) { kinds[k].1 += 1 } else { kinds.append((event.kind, 1)) }
        }
        let list = events.count <= 5
            ? events.map { "\($0.kind.rawValue) '\($0.subject)' at \($0.at)" }.joined(separator: ", ")
            : kinds.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        return "\(counted(events.count, "later event")) (\(list)) \(events.count == 1 ? "records" : "record") no changes, so what \(events.count == 1 ? "it" : "they") changed cannot be rebuilt and shows as it is now."
    }

    /// Takes back the facts dated after the day that events without changes left in place.
    private static func clipFacts(of plan: inout Plan, after day: CalendarDate, inferred: inout Set<TaskID>) {
        for s in plan.stages.indices {
            var stage = plan.stages[s]
            if let started = stage.started, started > day {
                stage.status = .notStarted
                stage.started = nil
                stage.completed = nil
            } else if stage.status == .complete, let completed = stage.completed, completed > day {
                stage.status = .active
                stage.completed = nil
            }
            for c in stage.exitCriteria.indices where stage.exitCriteria[c].met {
                if let metOn = stage.exitCriteria[c].metOn, metOn > day {
                    stage.exitCriteria[c].met = false
                    stage.exitCriteria[c].metOn = nil
                }
            }
            for t in stage.tasks.indices {
                var task = stage.tasks[t]
                let later = (task.status == .done && (task.completedOn.map { $0 > day } ?? false))
                    || (task.status == .blocked && (task.blockedSince.map { $0 > day } ?? false))
                guard later else { continue }
                task.status = (task.firstDay.map { $0 <= day } ?? false) ? .inProgress : .planned
                task.completedOn = nil
                task.blockedSince = nil
                task.blockedReason = nil
                inferred.insert(task.id)
                stage.tasks[t] = task
            }
            plan.stages[s] = stage
        }
        for m in plan.measures.indices { plan.measures[m].observations.removeAll { $0.date > day } }
    }
}
