/// A plan's RAG status on a date: each stage's and the worst of them.
///
/// The rules are the format's "Status (RAG)" section, on date D:
/// - A task is overdue when it is open (planned, in progress or blocked) and its due day is
///   before D: its `due`, or lacking one its scheduled finish in the plan as drawn (from
///   `start` and `durationDays` or its dependencies; see ``PlanTask/dueDay(in:)``).
/// - An active stage is red when it has an overdue task on the critical path, or its
///   `plannedEnd` is before D, or a task blocked for more than 14 days (D − `blockedSince`);
///   amber when it has any overdue or blocked task, or a measure of that stage whose latest
///   observation is worse than its baseline (below it for `increase`, above it for
///   `decrease`); otherwise green.
/// - A stage not started whose `plannedStart` is before D is amber; otherwise not started.
///   A complete stage is complete.
/// - The plan's status is the worst of its stages' (see ``RAG``).
///
/// The critical path comes from ``Plan/schedule(asOf:)`` as a forecast from the date (the
/// remaining work: planned tasks start no earlier than the date, open ones finish no earlier),
/// so it is the one `chb schedule --as-of` shows for the same date; when the plan cannot be
/// scheduled (a dependency cycle) the status is still computed, with no task
/// counted as critical, and ``scheduleError`` says why.
public struct PlanStatus: Hashable, Sendable {
    /// The date the status is for.
    public var asOf: CalendarDate
    /// The worst of the stages' statuses.
    public var overall: RAG
    /// The stages' statuses, clear, hold, build.
    public var stages: [StageStatus]
    /// The schedule the critical path came from, or `nil` when the plan could not be scheduled.
    public var schedule: Schedule?
    /// Why the plan could not be scheduled, when it could not.
    public var scheduleError: ScheduleError?
    /// The plan's schedule as drawn (no forecast date), which dates a task without its own
    /// dates in every report and decides when a task without a `due` is overdue; `nil` when
    /// the plan could not be scheduled.
    public var planned: Schedule?

    /// Computes a plan's status on a date.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - asOf: The date D of the rules.
    public init(plan: Plan, asOf: CalendarDate) {
        do {
            schedule = try plan.schedule(asOf: asOf)
            planned = try plan.schedule()
            scheduleError = nil
        } catch {
            schedule = nil
            planned = nil
            scheduleError = error
        }
        self.asOf = asOf
        let critical = Set(schedule?.criticalPath ?? [])
        let planned = planned
        stages = plan.stages.map { stage in
            Self.status(of: stage, in: plan, on: asOf, critical: critical, planned: planned)
        }
        overall = stages.map(\.rag).max() ?? .notStarted
    }

    /// The status of the stage of this kind.
    public func stage(_ kind: StageKind) -> StageStatus? { stages.first { $0.kind == kind } }

    private static func status(
        of stage: Stage, in plan: Plan, on date: CalendarDate, critical: Set<TaskID>, planned: Schedule?
    ) -> StageStatus {
        // Ids, not copies of the tasks: a stage may hold tens of thousands.
        var overdue: [(task: TaskID, days: Int)] = []
        var blocked: [(task: TaskID, days: Int?)] = []
        let tasks = stage.tasks
        for t in tasks.indices where tasks[t].status.isOpen {   // read in place, not copied
            if let last = tasks[t].dueDay(in: planned), last < date { overdue.append((tasks[t].id, last.days(to: date))) }
            if tasks[t].status == .blocked { blocked.append((tasks[t].id, tasks[t].blockedSince.map { $0.days(to: date) })) }
        }
        var red: [StageReason] = []
        var amber: [StageReason] = []
        let rag: RAG
        switch stage.status {
        case .complete:
            rag = .complete
        case .notStarted:
            if let start = stage.plannedStart, start < date {
                amber.append(StageReason(level: .amber, kind: .plannedStartPassed(start)))
                rag = .amber
            } else {
                rag = .notStarted
            }
        case .active:
            if let end = stage.plannedEnd, end < date { red.append(StageReason(level: .red, kind: .plannedEndPassed(end))) }
            for (task, days) in overdue {
                let onCriticalPath = critical.contains(task)
                let reason = StageReason.Kind.overdue(task, days: days, onCriticalPath: onCriticalPath)
                if onCriticalPath { red.append(StageReason(level: .red, kind: reason)) } else { amber.append(StageReason(level: .amber, kind: reason)) }
            }
            for (task, days) in blocked {
                let reason = StageReason.Kind.blocked(task, days: days)
                if let days, days > StageStatus.blockedDaysBeforeRed {
                    red.append(StageReason(level: .red, kind: reason))
                } else {
                    amber.append(StageReason(level: .amber, kind: reason))
                }
            }
            for measure in plan.measures where measure.stage == stage.kind {
                guard let latest = measure.latestObservation else { continue }
                let worse = measure.direction == .increase ? latest.value < measure.baseline : latest.value > measure.baseline
                if worse {
                    amber.append(StageReason(level: .amber, kind: .measureWorseThanBaseline(
                        measure.id, latest: latest.value, baseline: measure.baseline, direction: measure.direction)))
                }
            }
            rag = !red.isEmpty ? .red : !amber.isEmpty ? .amber : .green
        }
        return StageStatus(
            kind: stage.kind, state: stage.status, rag: rag, reasons: red + amber,
            overdueTasks: overdue.map(\.task), blockedTasks: blocked.map(\.task))
    }
}
