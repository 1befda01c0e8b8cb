public import PlanCore

/// A plan's schedule as `chb schedule` shows it: each dated task's early and late dates, slack
/// and whether it is critical, with its stage and status; when the plan runs; the critical
/// path; and the tasks that could not be dated, with why.
///
/// Built from PlanCore's ``Schedule`` and rendered as text or JSON (see ``rendered(as:)``).
/// Like the other reports it reads no clock: a forecast date is passed in.
public struct ScheduleReport: Hashable, Sendable {
    /// One scheduled task, with the stage it belongs to and its status.
    public struct Row: Hashable, Sendable {
        /// The task's dates, slack and criticality.
        public var task: ScheduledTask
        /// The stage the task belongs to.
        public var stage: StageKind
        /// The task's status.
        public var status: PlanTask.Status

        /// Creates a row.
        package init(task: ScheduledTask, stage: StageKind, status: PlanTask.Status) {
            self.task = task
            self.stage = stage
            self.status = status
        }
    }

    /// A task the schedule could not date: the same value the status report lists.
    public typealias UnscheduledTask = StatusReport.UnscheduledTask

    /// The scheduled tasks in document order.
    public var rows: [Row]
    /// The critical tasks in schedule order (see ``Schedule/criticalPath``).
    public var criticalPath: [TaskID]
    /// The tasks that could not be dated, in document order.
    public var unscheduled: [UnscheduledTask]
    /// The earliest early start, if any task is scheduled.
    public var start: CalendarDate?
    /// The latest early finish, if any task is scheduled.
    public var finish: CalendarDate?
    /// The date the schedule is a forecast from, if it is one.
    public var asOf: CalendarDate?
    /// Whether the forecast is from the plan as it stood at the end of ``asOf``, rebuilt from
    /// its history because the plan records changes after that day (as the status report for
    /// that date does, so both name one critical path).
    public var asItStood = false

    /// Schedules a plan, as a forecast from `asOf` when it is given: from the plan as it stood
    /// at the end of that day when the plan records changes after it.
    /// - Throws: ``ScheduleError`` when the dependencies form a cycle.
    public init(plan: Plan, asOf: CalendarDate? = nil) throws(ScheduleError) {
        if let asOf, let past = PlanAsOf.ifEarlier(plan, on: asOf)?.plan {
            self.init(plan: past, schedule: try past.schedule(asOf: asOf), asOf: asOf)
            asItStood = true
        } else {
            self.init(plan: plan, schedule: try plan.schedule(asOf: asOf), asOf: asOf)
        }
    }

    /// The report of a schedule already worked out for `plan` (from `asOf`, if given).
    public init(plan: Plan, schedule: Schedule, asOf: CalendarDate? = nil) {
        var placeOf: [TaskID: (StageKind, PlanTask.Status)] = [:]
        for stage in plan.stages {
            // The first of a repeated id, as the schedule takes it.
            for task in stage.tasks where placeOf[task.id] == nil { placeOf[task.id] = (stage.kind, task.status) }
        }
        rows = schedule.tasks.map { task in
            let (stage, status) = placeOf[task.id] ?? (.clear, .planned)
            return Row(task: task, stage: stage, status: status)
        }
        criticalPath = schedule.criticalPath
        unscheduled = schedule.unscheduled.map { UnscheduledTask(id: $0, reason: Wording.unscheduled(schedule.unscheduledReasons[$0])) }
        start = schedule.start
        finish = schedule.finish
        self.asOf = asOf
    }

    /// The schedule in a format.
    ///
    /// - ``ListingFormat/text``: a table of the tasks (task, stage, status, early and late
    ///   start and finish, slack, `*` when critical), a blank line, when the plan runs, the
    ///   critical path, and the unscheduled tasks with why.
    /// - ``ListingFormat/json``: one line,
    ///   `{"tasks":[{"id","earlyStart","earlyFinish","lateStart","lateFinish","slackDays","critical"}],"criticalPath":["id",…]}`,
    ///   dates as `YYYY-MM-DD`. It leaves out the unscheduled tasks: a caller reports
    ///   ``unscheduled`` separately (`chb schedule` warns on standard error).
    /// - Returns: The whole text, ending with a newline.
    public func rendered(as format: ListingFormat) -> String {
        switch format {
        case .text: ScheduleReportRenderer(report: self).text()
        case .json: ScheduleReportRenderer(report: self).json()
        }
    }
}
