public import PlanCore

/// A stage status report on a date: everything a partnership board paper says about a plan.
///
/// Built once from a ``Plan`` and the ``PlanStatus`` PlanCore computes for the date, then
/// rendered as text, Markdown, HTML, CSV or JSON (see ``rendered(as:colour:showFinished:)``). Every figure a
/// renderer shows is worked out here, so the formats cannot disagree:
/// - per stage: state, RAG with the reasons for it (each marked red or amber), planned, actual
///   and forecast dates, next review, objectives, exit criteria met, task counts by status and
///   the percentage complete (done ÷ not cancelled, rounded down so 100% means all done);
/// - overdue tasks (worst first), blocked tasks with reason and days blocked (longest first),
///   tasks due in the next ``dueSoonDays`` days, and the critical path;
/// - per agency: tasks led and supported, and the open, overdue and blocked tasks it leads;
/// - measures with their latest observation and trend (see ``MeasureLine``), risks by score
///   (open first) and the last ``historyLimit`` history events, newest first.
///
/// A report can be limited to one stage (its section, tasks, measures and history) and to the
/// tasks one agency leads or supports (see ``Scope``). Stage RAG and reasons always describe
/// the whole stage, and ``overall`` the whole plan, whatever the scope.
///
/// The report reads no clock: the date is passed in, and the same plan and date always give
/// the same report.
public struct StatusReport: Hashable, Sendable {
    /// The plan's identity, governance and marking.
    public var header: Header
    /// What the report is limited to, if anything.
    public var scope: Scope
    /// The plan's status: the worst of its stages' (whatever the scope).
    public var overall: RAG
    /// The stages in scope, clear, hold, build.
    public var stages: [StageSection]
    /// Every task in scope, in document order.
    public var tasks: [TaskLine]
    /// Open tasks in scope whose last day has passed, most overdue first.
    public var overdueTasks: [TaskLine]
    /// Blocked tasks in scope, longest blocked first.
    public var blockedTasks: [TaskLine]
    /// Open tasks in scope that are not overdue and whose last day is within ``dueSoonDays``
    /// days of the date, soonest first.
    public var dueSoonTasks: [TaskLine]
    /// The tasks in scope on the critical path, in schedule order (done ones included).
    public var criticalPath: [TaskLine]
    /// Why there is no critical path, when the plan could not be scheduled.
    public var scheduleProblem: String?
    /// Open tasks in scope that could not be scheduled, with why (a lower-case fragment).
    public var unscheduledTasks: [UnscheduledTask]
    /// Agencies with at least one task in scope, in document order.
    public var agencies: [AgencyLine]
    /// Measures in scope, in document order.
    public var measures: [MeasureLine]
    /// Every risk: open, then mitigated, then closed; highest score first within each.
    public var risks: [RiskLine]
    /// The last ``historyLimit`` history events in scope, newest first.
    public var history: [HistoryLine]
    /// How many history events in scope there are in all.
    public var historyTotal: Int
    /// What changed since the last board, or `nil` in a report assembled without it.
    public var changes: Changes?
    /// The plan against a baseline the board agreed, when asked for (see ``compare(withBaseline:of:)``).
    public var baseline: AgainstBaseline?
    /// Every agency of the plan by id, so a risk owner or a supporting agency is named in
    /// words even when it leads no task in scope.
    public var agencyNames: [AgencyID: String] = [:]

    /// How many days ahead a task counts as due soon: 14.
    public static let dueSoonDays = 14
    /// The most tasks a forecast chain names: 6.
    public static let chainLimit = 6
    /// How many history events a report shows: 10.
    public static let historyLimit = 10

    /// The date the report is for.
    public var asOf: CalendarDate { header.asOf }

    /// The last day that counts as due soon: the date plus ``dueSoonDays``.
    public var dueSoonUntil: CalendarDate { header.asOf.adding(days: Self.dueSoonDays) }

    /// Builds the report for a plan on a date.
    ///
    /// - Parameters:
    ///   - plan: The plan (a full plan or a partner view).
    ///   - asOf: The date the status is for; nothing is read from a clock.
    ///   - stage: Limit the report to this stage.
    ///   - agency: Limit the tasks to those this agency leads or supports.
    ///   - since: The date of the last board, for ``changes``; by default the one
    ///     ``lastBoard(of:before:)`` works out from the review cycle.
    /// - Throws: ``StatusReportError`` with code `.unknownAgency` when `agency` is not one of
    ///   the plan's agencies, `.sinceNotBeforeAsOf` when `since` is not before `asOf`.
    public init(
        plan: Plan, asOf: CalendarDate, stage: StageKind? = nil, agency: AgencyID? = nil, since: CalendarDate? = nil
    ) throws(StatusReportError) {
        if let agency, plan.agency(agency) == nil {
            throw StatusReportError(.unknownAgency, "agency '\(agency)' is not an agency of this plan")
        }
        if let since, since >= asOf {
            throw StatusReportError(.sinceNotBeforeAsOf, "the date since the last board, \(since), is not before the report date \(asOf)")
        }
        // A date before what the plan records is reported on the plan as it stood then, never
        // on today's facts under an earlier date (blocked for -18 days, figures not yet taken).
        let past = PlanAsOf.ifEarlier(plan, on: asOf)
        let subject = past?.plan ?? plan
        let status = PlanStatus(plan: subject, asOf: asOf)
        var builder = StatusReportBuilder(plan: subject, status: status, asOf: asOf, stage: stage, agency: agency)
        self = builder.build()
        if let past {
            header.asItStood = AsItStood(laterEdits: past.laterEdits, inferredTasks: past.inferred.count)
        }
        let last = since.map { ($0, "given") } ?? Self.lastBoard(of: subject, before: asOf)
        changes = builder.changes(since: last.0, basis: last.1, tasks: tasks)
        for agency in subject.agencies where agencyNames[agency.id] == nil { agencyNames[agency.id] = agency.name }
    }

    /// Creates a report from its parts (for tests and tools that assemble one themselves).
    package init(
        header: Header, scope: Scope, overall: RAG, stages: [StageSection], tasks: [TaskLine],
        overdueTasks: [TaskLine], blockedTasks: [TaskLine], dueSoonTasks: [TaskLine],
        criticalPath: [TaskLine], scheduleProblem: String?, unscheduledTasks: [UnscheduledTask],
        agencies: [AgencyLine], measures: [MeasureLine], risks: [RiskLine], history: [HistoryLine],
        historyTotal: Int, changes: Changes? = nil
    ) {
        self.header = header
        self.scope = scope
        self.overall = overall
        self.stages = stages
        self.tasks = tasks
        self.overdueTasks = overdueTasks
        self.blockedTasks = blockedTasks
        self.dueSoonTasks = dueSoonTasks
        self.criticalPath = criticalPath
        self.scheduleProblem = scheduleProblem
        self.unscheduledTasks = unscheduledTasks
        self.agencies = agencies
        self.measures = measures
        self.risks = risks
        self.history = history
        self.historyTotal = historyTotal
        self.changes = changes
    }

    /// The task in scope with this id.
    public func task(_ id: TaskID) -> TaskLine? { tasks.first { $0.id == id } }

    /// The section of the stage of this kind, when it is in scope.
    public func stage(_ kind: StageKind) -> StageSection? { stages.first { $0.kind == kind } }

    /// Open tasks in scope that sit on the critical path.
    public var openCriticalTasks: [TaskLine] { criticalPath.filter(\.status.isOpen) }
}
