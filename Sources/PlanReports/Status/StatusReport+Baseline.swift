public import PlanCore

extension StatusReport {
    /// The plan now against a baseline the board agreed: for each stage in scope its end then
    /// and now and the slip between them, and the tasks in scope added, removed and re-dated
    /// since.
    ///
    /// "Then" is the report on the plan as it stood at the baseline's instant
    /// (``Plan/asItStood(at:)``), for the baseline's day, built exactly as this report is (same
    /// scheduler, same stage; the agency filter applied to its tasks): so every figure here is
    /// the difference between two reports.
    public struct AgainstBaseline: Hashable, Sendable {
        /// The baseline's name.
        public var name: String
        /// The baseline's instant.
        public var at: Instant
        /// The plan's revision then.
        public var revision: Int
        /// Events after the baseline that carry no changes, so could not be undone: the plan
        /// then may differ from the plan as it stood in what they changed (0: exact).
        public var unrebuilt: Int
        /// Each stage in scope, clear, hold, build.
        public var stages: [StageSlip]
        /// Tasks in scope now that were not in the plan then, in document order.
        public var added: [TaskDates]
        /// Tasks in scope then that are no longer in the plan, in the baseline's document order.
        public var removed: [TaskDates]
        /// The planned days then of every task in scope now that was in the plan then, dated
        /// then (for the timeline's baseline bars).
        public var plannedThen: [TaskID: ClosedRange<CalendarDate>] = [:]
        /// Tasks in both whose planned first or last day moved, most moved first (by the last
        /// day's move, then the first day's), ties in document order.
        public var redated: [TaskDates]

        /// Whether nothing moved: no stage slipped or re-planned, no task added, removed or re-dated.
        public var isUnchanged: Bool {
            stages.allSatisfy { ($0.slipDays ?? 0) == 0 && $0.plannedEndThen == $0.plannedEndNow }
                && added.isEmpty && removed.isEmpty && redated.isEmpty
        }
    }

    /// One stage then and now.
    public struct StageSlip: Hashable, Sendable {
        /// Which stage.
        public var kind: StageKind
        /// Its planned end in the baseline, and now.
        public var plannedEndThen: CalendarDate?
        public var plannedEndNow: CalendarDate?
        /// Its forecast end in the baseline (scheduled from the baseline's day), and now.
        public var forecastEndThen: CalendarDate?
        public var forecastEndNow: CalendarDate?
        /// The day it completed, as the plan then and now record it.
        public var completedThen: CalendarDate?
        public var completedNow: CalendarDate?
        /// The end agreed then (the day it had completed, else its planned end, else its
        /// forecast end: see ``StageSection/agreedEnd``) and the end expected now (the day it
        /// completed, else its forecast end, else its planned end: ``StageSection/expectedEnd``).
        /// The board agreed the stage's planned end; a forecast then that was earlier than it
        /// was slack, not a promise.
        public var endThen: CalendarDate?
        public var endNow: CalendarDate?
        /// Days from ``endThen`` to ``endNow`` (positive: later than agreed); `nil` when either
        /// is unknown.
        public var slipDays: Int?
        /// The chain of tasks that drives the end now, first to last (as the stage section's
        /// forecast chain), with their titles.
        public var chain: [TaskID]
        public var chainTitles: [String]
    }

    /// A task's planned days in the baseline and now.
    public struct TaskDates: Hashable, Sendable {
        /// The task.
        public var id: TaskID
        /// Its title (now, or then for a removed task).
        public var title: String
        /// Its stage (now, or then for a removed task).
        public var stage: StageKind
        /// Its first and last planned days then (`nil` for an added task or an undated one).
        public var firstDayThen: CalendarDate?
        public var lastDayThen: CalendarDate?
        /// Its first and last planned days now (`nil` for a removed task or an undated one).
        public var firstDayNow: CalendarDate?
        public var lastDayNow: CalendarDate?

        /// Days the last planned day moved (positive: later), when dated both then and now.
        public var lastDayMovedDays: Int? {
            guard let then = lastDayThen, let now = lastDayNow else { return nil }
            return then.days(to: now)
        }

        /// Days the first planned day moved (positive: later), when dated both then and now.
        public var firstDayMovedDays: Int? {
            guard let then = firstDayThen, let now = firstDayNow else { return nil }
            return then.days(to: now)
        }
    }

    /// How many baseline items the text, Markdown and HTML reports show in each list (CSV and
    /// JSON show them all): 10.
    public static let baselineListLimit = 10

    /// Adds "against the baseline" to the report (``baseline``).
    ///
    /// - Parameters:
    ///   - name: The baseline; `nil`: the latest one at or before the end of the report's
    ///     date, and none (no section, no error) when the plan has none.
    ///   - plan: The plan this report was built from.
    /// - Throws: ``StatusReportError`` with code `.unknownBaseline` when the plan has no
    ///   baseline of that name, or it lies after the report's date.
    public mutating func compare(withBaseline name: String?, of plan: Plan) throws(StatusReportError) {
        let dayEnd = PlanAsOf.endOfDay(asOf)
        let chosen: Baseline
        if let name {
            guard let named = plan.baseline(named: name) else {
                let known = plan.baselines.isEmpty ? "it has none" : "its baselines: " + plan.baselines.map { "'\($0.name)'" }.joined(separator: ", ")
                throw StatusReportError(.unknownBaseline, "the plan has no baseline named '\(name)'; \(known)")
            }
            guard named.at <= dayEnd else {
                throw StatusReportError(.unknownBaseline, "baseline '\(name)' was set at \(named.at), after the report date \(asOf)")
            }
            chosen = named
        } else {
            let earlier = plan.baselines.enumerated().filter { $0.element.at <= dayEnd }
            guard let latest = earlier.max(by: { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) })?.element else { return }
            chosen = latest
        }
        let rebuild = plan.asItStood(at: chosen.at)
        // The whole plan then: a task may have moved stage since, and the agency may not have
        // been in the plan then; the scope is applied to the tasks below.
        guard let then = try? StatusReport(plan: rebuild.plan, asOf: chosen.at.date) else { return }
        var current = Set<TaskID>()
        for stage in plan.stages { for t in stage.tasks.indices { current.insert(stage.tasks[t].id) } }
        baseline = Self.comparison(
            chosen, revision: rebuild.plan.revision, unrebuilt: rebuild.unrebuilt.count, then: then, now: self, inPlanNow: current)
    }

    /// The comparison of two reports: `then`, on the whole baseline plan, and `now`, in this
    /// report's scope; `inPlanNow` holds every task id of the plan now, in scope or not.
    static func comparison(
        _ baseline: Baseline, revision: Int, unrebuilt: Int, then: StatusReport, now: StatusReport, inPlanNow: Set<TaskID>
    ) -> AgainstBaseline {
        let stages = now.stages.map { section in
            let before = then.stage(section.kind)
            let endThen = before?.agreedEnd, endNow = section.expectedEnd
            return StageSlip(
                kind: section.kind, plannedEndThen: before?.plannedEnd, plannedEndNow: section.plannedEnd,
                forecastEndThen: before?.forecastEnd, forecastEndNow: section.forecastEnd,
                completedThen: before?.completed, completedNow: section.completed, endThen: endThen, endNow: endNow,
                slipDays: endThen.flatMap { a in endNow.map { a.days(to: $0) } },
                chain: section.forecastChain, chainTitles: section.forecastChainTitles)
        }
        let (agency, stage) = (now.scope.agency, now.scope.stage)
        var thenByID: [TaskID: TaskLine] = [:]
        for line in then.tasks where thenByID[line.id] == nil { thenByID[line.id] = line }
        var nowIDs = Set<TaskID>()
        var added: [TaskDates] = [], redated: [(dates: TaskDates, index: Int)] = []
        var plannedThen: [TaskID: ClosedRange<CalendarDate>] = [:]
        for (index, line) in now.tasks.enumerated() where nowIDs.insert(line.id).inserted {
            guard let old = thenByID[line.id] else {
                added.append(TaskDates(id: line.id, title: line.title, stage: line.stage, firstDayNow: line.firstDay, lastDayNow: line.lastDay))
                continue
            }
            if let first = old.firstDay, let last = old.lastDay, first <= last { plannedThen[line.id] = first...last }
            if old.firstDay != line.firstDay || old.lastDay != line.lastDay {
                redated.append((TaskDates(id: line.id, title: line.title, stage: line.stage, firstDayThen: old.firstDay,
                    lastDayThen: old.lastDay, firstDayNow: line.firstDay, lastDayNow: line.lastDay), index))
            }
        }
        // Removed: a task in scope then that the plan no longer holds (one that only left the
        // scope, to another stage or agency, is not removed).
        var seenThen = Set<TaskID>()
        let removed = then.tasks.filter { line in
            (stage == nil || line.stage == stage) && (agency.map { line.lead == $0 || line.supports.contains($0) } ?? true)
                && !inPlanNow.contains(line.id) && seenThen.insert(line.id).inserted
        }.map {
            TaskDates(id: $0.id, title: $0.title, stage: $0.stage, firstDayThen: $0.firstDay, lastDayThen: $0.lastDay)
        }
        let movedKey = { (d: TaskDates) in (abs(d.lastDayMovedDays ?? 0), abs(d.firstDayMovedDays ?? 0)) }
        let sorted = redated.sorted { a, b in
            let (ka, kb) = (movedKey(a.dates), movedKey(b.dates))
            return ka != kb ? ka > kb : a.index < b.index
        }.map(\.dates)
        var result = AgainstBaseline(
            name: baseline.name, at: baseline.at, revision: revision, unrebuilt: unrebuilt, stages: stages,
            added: added, removed: removed, redated: sorted)
        result.plannedThen = plannedThen
        return result
    }
}

extension StatusReport.StageSection {
    /// The end the stage is expected to have: the day it completed, else its forecast end,
    /// else its planned end.
    public var expectedEnd: CalendarDate? { completed ?? forecastEnd ?? plannedEnd }

    /// The end a board agreed when it set a baseline on this report: the day the stage had
    /// completed, else its planned end, else (no planned end) its forecast end.
    public var agreedEnd: CalendarDate? { completed ?? plannedEnd ?? forecastEnd }
}
