import PlanCore

/// Works out every figure of a ``StatusReport`` from a plan and its ``PlanStatus``.
struct StatusReportBuilder {
    let plan: Plan
    let status: PlanStatus
    let asOf: CalendarDate
    let stageFilter: StageKind?
    let agencyFilter: AgencyID?

    init(plan: Plan, status: PlanStatus, asOf: CalendarDate, stage: StageKind?, agency: AgencyID?) {
        self.plan = plan
        self.status = status
        self.asOf = asOf
        self.stageFilter = stage
        self.agencyFilter = agency
        var titles: [TaskID: String] = [:]
        titles.reserveCapacity(plan.stages.reduce(0) { $0 + $1.tasks.count })
        for stage in plan.stages { for task in stage.tasks where titles[task.id] == nil { titles[task.id] = task.title } }
        self.taskTitles = titles
    }

    /// Each task's title by id (the first of a repeated id), so naming the task a reason is
    /// about is a look-up, not a search: a plan with many overdue tasks stays linear.
    let taskTitles: [TaskID: String]

    mutating func build() -> StatusReport {
        // The status's schedule is the forecast from the date: one schedule for the critical
        // path, the slack and the forecast finishes.
        let forecast = status.schedule
        let tasks = taskLines()
        // Counting and sorting work on positions in `tasks`, never on copies of the lines: at
        // 100,000 tasks, copying lines was a third of the report's time.
        var counts: [StageKind: StatusReport.TaskCounts] = [:]
        var overdueAt: [Int] = [], blockedAt: [Int] = [], dueSoonAt: [Int] = []
        // The report's marking: the highest of anything it shows, never lower than the plan's.
        var marking = plan.classification
        let dueSoonUntil = asOf.adding(days: StatusReport.dueSoonDays)
        for index in tasks.indices {
            let task = tasks[index]
            counts[task.stage, default: StatusReport.TaskCounts()][task.status] += 1
            marking = max(marking, task.classification)
            if task.daysOverdue != nil {
                overdueAt.append(index)
            } else if task.status.isOpen, let last = task.lastDay, last >= asOf, last <= dueSoonUntil {
                dueSoonAt.append(index)
            }
            if task.status == .blocked { blockedAt.append(index) }
        }
        let stages = plan.stages.filter { stageFilter == nil || $0.kind == stageFilter }.map { stage in
            stageSection(stage, counts: counts[stage.kind] ?? StatusReport.TaskCounts(), forecast: forecast)
        }
        // Sorted by a key, ties in document order (by position: a plan may repeat an id).
        let overdue = overdueAt.sorted { (tasks[$1].daysOverdue ?? 0, $0) < (tasks[$0].daysOverdue ?? 0, $1) }.map { tasks[$0] }
        let blocked = blockedAt.sorted { (tasks[$1].daysBlocked ?? -1, $0) < (tasks[$0].daysBlocked ?? -1, $1) }.map { tasks[$0] }
        let dueSoon = dueSoonAt.sorted { (tasks[$0].lastDay!, $0) < (tasks[$1].lastDay!, $1) }.map { tasks[$0] }
        // The first line of each task id (a plan may repeat an id), so each look-up below is
        // constant time: a long critical path must not make the report quadratic.
        var lineOfTask: [TaskID: Int] = [:]
        lineOfTask.reserveCapacity(tasks.count)
        for (index, line) in tasks.enumerated() where lineOfTask[line.id] == nil { lineOfTask[line.id] = index }
        let critical = (status.schedule?.criticalPath ?? []).compactMap { id in lineOfTask[id].map { tasks[$0] } }
        let unscheduled = (status.schedule?.unscheduled ?? []).filter { id in
            lineOfTask[id].map { tasks[$0].status.isOpen } == true
        }.map { StatusReport.UnscheduledTask(id: $0, reason: Wording.unscheduled(status.schedule?.unscheduledReasons[$0])) }
        let (history, historyTotal) = historyLines(inScope: { lineOfTask[$0] != nil })
        let measures = measureLines(), risks = riskLines()
        var header = header()
        header.classification = max(marking, measures.map(\.classification).max() ?? marking, risks.map(\.classification).max() ?? marking)
        return StatusReport(
            header: header, scope: scope(), overall: status.overall, stages: stages, tasks: tasks,
            overdueTasks: overdue, blockedTasks: blocked, dueSoonTasks: dueSoon, criticalPath: critical,
            scheduleProblem: status.scheduleError.map { "the plan cannot be scheduled: \($0.description)" },
            unscheduledTasks: unscheduled, agencies: agencyLines(tasks), measures: measures,
            risks: risks, history: history, historyTotal: historyTotal)
    }

    // MARK: Header and scope

    func header() -> StatusReport.Header {
        var schemes: [String] = []
        var codes: [String: [String]] = [:]
        for locality in plan.area.localities {
            if codes[locality.scheme] == nil { schemes.append(locality.scheme) }
            codes[locality.scheme, default: []].append(locality.code)
        }
        let localities = schemes.map { "\($0) \(codes[$0, default: []].joined(separator: ", "))" }.joined(separator: "; ")
        var partner: StatusReport.PartnerView?
        if case .partner(let agency, let source) = plan.view {
            partner = StatusReport.PartnerView(agency: agency, sourceRevision: source)
        }
        let lead = plan.governance.leadAgency
        return StatusReport.Header(
            planID: plan.id, title: plan.title, area: plan.area.name, areaDescription: plan.area.description,
            localities: localities.isEmpty ? nil : localities, leadAgency: lead,
            leadAgencyName: plan.agency(lead)?.name ?? lead.rawValue,
            responsibleOfficer: plan.governance.leadResponsibleOfficer, board: plan.governance.board,
            reviewCadenceDays: plan.governance.reviewCadenceDays, revision: plan.revision, asOf: asOf,
            classification: plan.classification,
            informationSharingAgreement: plan.governance.informationSharingAgreement, partnerView: partner)
    }

    func scope() -> StatusReport.Scope {
        StatusReport.Scope(stage: stageFilter, agency: agencyFilter, agencyName: agencyFilter.flatMap { plan.agency($0)?.name })
    }

    // MARK: Tasks

    func taskLines() -> [StatusReport.TaskLine] {
        var lines: [StatusReport.TaskLine] = []
        for stage in plan.stages where stageFilter == nil || stage.kind == stageFilter {
            let rag = status.stage(stage.kind)?.rag ?? .notStarted
            for t in stage.tasks.indices {
                if let agency = agencyFilter, stage.tasks[t].lead != agency, !stage.tasks[t].supports.contains(agency) { continue }
                let task = stage.tasks[t]
                // Every report dates a task without its own dates by the plan as drawn.
                let days = task.reportedDays(in: status.planned)
                var overdue: Int?
                if task.status.isOpen, let last = days.last, last < asOf { overdue = last.days(to: asOf) }
                let scheduled = status.schedule?[task.id]
                lines.append(StatusReport.TaskLine(
                    id: task.id, title: task.title, stage: stage.kind, stageRAG: rag, lead: task.lead,
                    supports: task.supports, status: task.status, priority: task.priority, owner: task.owner,
                    classification: plan.effectiveClassification(task.classification),
                    firstDay: days.first, lastDay: days.last, datesScheduled: days.scheduled, isMilestone: task.durationDays == 0,
                    progress: task.progress, completedOn: task.completedOn, daysOverdue: overdue,
                    blockedSince: task.status == .blocked ? task.blockedSince : nil,
                    daysBlocked: task.status == .blocked ? task.blockedSince.map { $0.days(to: asOf) } : nil,
                    blockedReason: task.status == .blocked ? task.blockedReason : nil,
                    critical: scheduled?.critical ?? false, slackDays: scheduled?.slackDays))
            }
        }
        return lines
    }

    // MARK: Stages

    func stageSection(_ stage: Stage, counts: StatusReport.TaskCounts, forecast: Schedule?) -> StatusReport.StageSection {
        let stageStatus = status.stage(stage.kind)
        var forecastEnd: CalendarDate?
        var chain: [TaskID] = []
        if stage.status != .complete, let forecast {
            // The open task that finishes last (the first of them on a tie).
            var last: (index: Int, finish: CalendarDate)?
            for (index, task) in stage.tasks.enumerated() where task.status.isOpen {
                guard let finish = forecast[task.id]?.earlyFinish else { continue }
                if last.map({ $0.finish < finish }) ?? true { last = (index, finish) }
            }
            forecastEnd = last?.finish
            if let last { chain = drivingChain(to: stage.tasks[last.index], in: forecast) }
        }
        var section = StatusReport.StageSection(
            kind: stage.kind, state: stage.status, rag: stageStatus?.rag ?? .notStarted,
            reasons: stageStatus?.reasons.map(reasonLine) ?? [],
            plannedStart: stage.plannedStart, plannedEnd: stage.plannedEnd, started: stage.started,
            completed: stage.status == .complete ? stage.completed : nil, nextReview: stage.nextReview,
            forecastEnd: forecastEnd, objectives: stage.objectives,
            criteria: stage.exitCriteria.map {
                StatusReport.Criterion(id: $0.id, statement: $0.statement, met: $0.met, metOn: $0.metOn, evidence: $0.evidence)
            },
            counts: counts)
        section.forecastChain = chain
        section.forecastChainTitles = chain.map { taskTitles[$0] ?? $0.rawValue }
        return section
    }

    /// The tasks that drive `task`'s forecast dates, first to last: walking back from `task`,
    /// each step takes the first predecessor whose link gives the task's early start (or, for
    /// finish-to-finish, its early finish); at most ``StatusReport/chainLimit`` tasks.
    func drivingChain(to task: PlanTask, in schedule: Schedule) -> [TaskID] {
        var chain = [task.id]
        var current = task
        while chain.count < StatusReport.chainLimit, let dated = schedule[current.id] {
            let length = dated.earlyStart.days(to: dated.earlyFinish)
            let driver = current.dependencies.first { dependency in
                guard let p = schedule[dependency.task], !chain.contains(dependency.task) else { return false }
                let bound = switch dependency.type {
                case .finishToStart: p.earlyFinish.adding(days: 1 + dependency.lagDays)
                case .startToStart: p.earlyStart.adding(days: dependency.lagDays)
                case .finishToFinish: p.earlyFinish.adding(days: dependency.lagDays - length)
                }
                return bound >= dated.earlyStart
            }
            guard let driver, let next = plan.task(driver.task) else { break }
            chain.append(driver.task)
            current = next
        }
        return chain.reversed()
    }

    /// A stage reason in words, with the id and the name it is about kept apart.
    func reasonLine(_ reason: StageReason) -> StatusReport.Reason {
        var subject: String?
        var title: String?
        switch reason.kind {
        case .overdue(let task, _, _), .blocked(let task, _):
            subject = task.rawValue
            title = taskTitles[task]
        case .measureWorseThanBaseline(let measure, _, _, _):
            subject = measure.rawValue
            title = plan.measures.first { $0.id == measure }?.name
        case .plannedEndPassed, .plannedStartPassed:
            break
        }
        return StatusReport.Reason(level: reason.level, text: Wording.reason(reason.kind, title: title, { $0.description }),
                                   subject: subject, kind: reason.kind, subjectTitle: title)
    }

    // MARK: Agencies, measures, risks, history

    func agencyLines(_ tasks: [StatusReport.TaskLine]) -> [StatusReport.AgencyLine] {
        // One pass over the tasks, then one look-up per agency: linear in tasks plus agencies.
        struct Tally { var leads = 0, supports = 0, open = 0, overdue = 0, blocked = 0 }
        var tally: [AgencyID: Tally] = [:]
        for task in tasks {
            tally[task.lead, default: Tally()].leads += 1
            if task.status.isOpen { tally[task.lead, default: Tally()].open += 1 }
            if task.isOverdue { tally[task.lead, default: Tally()].overdue += 1 }
            if task.status == .blocked { tally[task.lead, default: Tally()].blocked += 1 }
            // Each supporting agency once, however often the task names it.
            if task.supports.count < 8 {
                for (index, agency) in task.supports.enumerated() where !task.supports[..<index].contains(agency) {
                    tally[agency, default: Tally()].supports += 1
                }
            } else {
                for agency in Set(task.supports) { tally[agency, default: Tally()].supports += 1 }
            }
        }
        return plan.agencies.compactMap { agency in
            if let filter = agencyFilter, agency.id != filter { return nil }
            guard let t = tally[agency.id], t.leads > 0 || t.supports > 0 else { return nil }
            return StatusReport.AgencyLine(
                id: agency.id, name: agency.name, kind: agency.kind, leads: t.leads, supports: t.supports,
                open: t.open, overdue: t.overdue, blocked: t.blocked)
        }
    }

    func measureLines() -> [StatusReport.MeasureLine] {
        plan.measures.filter { stageFilter == nil || $0.stage == nil || $0.stage == stageFilter }.map { measure in
            StatusReport.MeasureLine(
                id: measure.id, name: measure.name, stage: measure.stage, unit: measure.unit, direction: measure.direction,
                classification: plan.effectiveClassification(measure.classification), baseline: measure.baseline,
                target: measure.target, observations: measure.observations)
        }
    }

    func riskLines() -> [StatusReport.RiskLine] {
        func rank(_ status: Risk.Status) -> Int {
            switch status {
            case .open: 0
            case .mitigated: 1
            case .closed: 2
            }
        }
        return plan.risks.enumerated().sorted { a, b in
            (rank(a.element.status), -a.element.score, a.offset) < (rank(b.element.status), -b.element.score, b.offset)
        }.map { risk in
            let r = risk.element
            return StatusReport.RiskLine(
                id: r.id, description: r.description, mitigation: r.mitigation, owner: r.owner, likelihood: r.likelihood,
                impact: r.impact, status: r.status, classification: plan.effectiveClassification(r.classification))
        }
    }

    /// The last events in scope, newest first, and how many there are in scope.
    ///
    /// With a stage filter: events about the stage, its tasks, criteria and measures, and
    /// plan-wide events (board decisions). With an agency filter: events the agency made or
    /// about a task in scope.
    func historyLines(inScope: (TaskID) -> Bool) -> ([StatusReport.HistoryLine], Int) {
        // What each event is about matters only when the report is limited: unlimited, every
        // event is in scope and classifying them (a look-up in every id of the plan) is skipped.
        let subjects = stageFilter == nil && agencyFilter == nil ? [] : plan.historySubjects()
        var inStage: ((PlanSubject) -> Bool)?
        if let stageFilter, let stage = plan.stage(stageFilter) {
            let tasks = Set(stage.tasks.map(\.id))
            let criteria = Set(stage.exitCriteria.map(\.id))
            let measures = Set(plan.measures.filter { $0.stage == stageFilter }.map(\.id))
            inStage = { subject in
                switch subject {
                case .plan, .stage(stageFilter): true
                case .task(let id): tasks.contains(id)
                case .criterion(let id): criteria.contains(id)
                case .measure(let id): measures.contains(id)
                case .stage, .agency, .risk, .other: false
                }
            }
        }
        let history = plan.history
        let events = history.indices.filter { index in
            guard !subjects.isEmpty else { return true }
            if let inStage, !inStage(subjects[index]) { return false }
            if let agencyFilter, history[index].agency != agencyFilter, !(subjects[index].task.map(inScope) ?? false) { return false }
            return true
        }
        // Newest first, ties latest recorded first; positions are sorted, not events.
        let newestFirst = events.sorted { (history[$1].at, $1) < (history[$0].at, $0) }
        let lines = newestFirst.prefix(StatusReport.historyLimit).map { index in
            let event = history[index]
            return StatusReport.HistoryLine(at: event.at, agency: event.agency, actor: event.actor, kind: event.kind, subject: event.subject, text: event.text)
        }
        return (lines, events.count)
    }
}
