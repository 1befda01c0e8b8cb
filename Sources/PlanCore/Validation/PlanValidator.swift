/// Checks the rules of the plan format that a schema cannot express.
///
/// Every rule under "Meaning" in the format specification is checked here. The validator is
/// pure: give it a plan (and, when the plan came from a file, the ``SourceMap`` its reader
/// recorded) and it returns diagnostics in document order.
public struct PlanValidator: Sendable {
    /// The longest span a task's duration or a link's lag may have, in days (about a century).
    ///
    /// The schema allows any integer; bounding them keeps every date chb computes from them
    /// (schedules, windows, reports) inside the calendar and its arithmetic from overflowing.
    public static let maximumDays = 36_600

    /// The highest revision a plan may carry: far above any real plan's, far below overflow.
    public static let maximumRevision = 1_000_000_000

    /// The day validation runs, when known: every date of fact after it (`completedOn`,
    /// `blockedSince`, `metOn`, a stage's `started` and `completed`, an observation's `date`,
    /// a note's or event's `at`) is reported as a warning. PlanCore has no clock, so the
    /// caller passes it; `nil` skips the check.
    public var today: CalendarDate?

    /// Creates a validator.
    ///
    /// - Parameter today: The day validation runs, to warn about dates of fact after it.
    public init(today: CalendarDate? = nil) {
        self.today = today
    }

    /// Validates a plan.
    ///
    /// - Parameters:
    ///   - plan: The plan to check.
    ///   - sourceMap: Where the plan's elements are in their file, to locate diagnostics.
    /// - Returns: Errors and warnings, sorted by location where known: at most
    ///   ``DiagnosticList/standardLimit`` of each, then a line for each severity saying how
    ///   many more were found (see ``DiagnosticList``).
    public func validate(_ plan: Plan, sourceMap: SourceMap = SourceMap()) -> [PlanDiagnostic] {
        var run = ValidationRun(plan: plan, map: sourceMap)
        run.checkIDs()
        run.checkHeader()
        run.checkStages()
        run.checkTasks()
        run.checkDependencies()
        run.checkMeasuresAndRisks()
        run.checkHistory()
        run.checkBaselines()
        run.checkPartnerView()
        run.checkIdleAgencies()
        if let today { run.checkFactDates(notAfter: today) }
        // Capped as they are found (a plan of a million broken elements must not give a million
        // lines), then put in document order; the "and N more" lines have no location and stay last.
        return run.diagnostics.diagnostics.enumerated().sorted { a, b in
            let (la, lb) = (a.element.location?.line ?? .max, b.element.location?.line ?? .max)
            return (la, a.offset) < (lb, b.offset)
        }.map(\.element)
    }
}

/// One pass of the validator over one plan.
private struct ValidationRun {
    let plan: Plan
    let map: SourceMap
    var diagnostics = DiagnosticList()
    let agencyIDs: Set<AgencyID>
    /// Each task id's dense number: the position of the first task with that id, counting
    /// through the stages in order. References, the cycle search and the checks on links run
    /// over these numbers, hashing each id once.
    let taskNumbers: [TaskID: Int]
    /// How many tasks the plan has (duplicates included).
    let taskCount: Int

    init(plan: Plan, map: SourceMap) {
        self.plan = plan
        self.map = map
        agencyIDs = Set(plan.agencies.map(\.id))
        var numbers: [TaskID: Int] = [:]
        var count = 0
        for stage in plan.stages { count += stage.tasks.count }
        numbers.reserveCapacity(count)
        var n = 0
        for stage in plan.stages {
            // By index, reading only the id: binding each task would copy (retain) all of it.
            for t in stage.tasks.indices {
                let id = stage.tasks[t].id
                if numbers[id] == nil { numbers[id] = n }
                n += 1
            }
        }
        taskNumbers = numbers
        taskCount = count
    }

    mutating func error(_ code: PlanDiagnostic.Code, _ message: String, _ element: PlanElement) {
        diagnostics.append(PlanDiagnostic(.error, code, message, at: map[element]))
    }

    mutating func warning(_ code: PlanDiagnostic.Code, _ message: String, _ element: PlanElement) {
        diagnostics.append(PlanDiagnostic(.warning, code, message, at: map[element]))
    }

    // Messages are autoclosures: they are built only for the rare value that breaks a rule.

    mutating func text(_ value: String?, _ what: @autoclosure () -> String, _ element: PlanElement) {
        if let value, value.isBlank { error(.blankText, "\(what()) is blank", element) }
    }

    /// Warns about an item marked above its plan: every output of the plan is marked with the
    /// plan's marking, so such an item would go out under-marked. A warning, so that files
    /// written before drafting refused it still load; the coordinator raises the plan's
    /// marking (or lowers the item's). A partner view is marked with the highest marking it
    /// holds, and ``checkPartnerView()`` reports one that is not as an error.
    mutating func markingWithinPlan(_ own: Classification?, _ what: @autoclosure () -> String, _ element: PlanElement) {
        if let own, own > plan.classification, plan.view == .full {
            warning(.classificationAbovePlan,
                "\(what()) is marked \(own.rawValue), above the plan's \(plan.classification.rawValue): raise the plan's marking", element)
        }
    }

    mutating func agencyRef(_ id: AgencyID, _ role: @autoclosure () -> String, _ element: PlanElement) {
        if !agencyIDs.contains(id) {
            error(.unknownReference, "\(role()) is '\(id)', which is not an agency of this plan", element)
        }
    }

    // MARK: Ids

    mutating func checkIDs() {
        // The kind of thing that first used each id; the message is built only for a duplicate.
        var seen: [String: StaticString] = [:]
        seen.reserveCapacity(taskCount + plan.agencies.count + plan.measures.count + plan.risks.count + 16)
        func note(_ id: String, _ what: StaticString, _ element: PlanElement, into run: inout ValidationRun) {
            if !id.isNCName {
                run.error(.invalidID, "\(what) id '\(id)' is not a valid name (letters, digits, '-', '_', '.'; no spaces or colons; not starting with a digit)", element)
            } else if StageKind(rawValue: id) != nil {
                run.error(.reservedID, "\(what) id '\(id)' is reserved for the stage of that name", element)
            }
            if let earlier = seen[id] {
                run.error(.duplicateID, "\(what) id '\(id)' is already used by \(earlier) '\(id)'", element)
            } else {
                seen[id] = what
            }
        }
        note(plan.id.rawValue, "plan", .plan, into: &self)
        for (i, agency) in plan.agencies.enumerated() { note(agency.id.rawValue, "agency", .agency(i), into: &self) }
        for (p, stage) in plan.stages.enumerated() {
            for (c, criterion) in stage.exitCriteria.enumerated() {
                note(criterion.id.rawValue, "criterion", .criterion(p, c), into: &self)
            }
            for t in stage.tasks.indices { note(stage.tasks[t].id.rawValue, "task", .task(p, t), into: &self) }
        }
        for (i, measure) in plan.measures.enumerated() { note(measure.id.rawValue, "measure", .measure(i), into: &self) }
        for (i, risk) in plan.risks.enumerated() { note(risk.id.rawValue, "risk", .risk(i), into: &self) }
    }

    // MARK: Header

    mutating func checkHeader() {
        if plan.revision < 0 { error(.outOfRange, "plan revision \(plan.revision) is negative", .plan) }
        if plan.revision > PlanValidator.maximumRevision {
            error(.outOfRange, "plan revision \(plan.revision) is above the limit of \(PlanValidator.maximumRevision)", .plan)
        }
        text(plan.title, "plan title", .plan)
        text(plan.area.name, "area name", .area)
        text(plan.area.description, "area description", .area)
        for locality in plan.area.localities {
            text(locality.code, "locality code", .area)
            text(locality.scheme, "locality scheme", .area)
        }
        let g = plan.governance
        agencyRef(g.leadAgency, "lead agency", .governance)
        text(g.leadResponsibleOfficer, "lead responsible officer", .governance)
        text(g.board, "board", .governance)
        text(g.informationSharingAgreement, "information sharing agreement", .governance)
        if let days = g.reviewCadenceDays, days > PlanValidator.maximumDays {
            error(.outOfRange, "review cadence of \(days) days is above the limit of \(PlanValidator.maximumDays)", .governance)
        }
        if let days = g.reviewCadenceDays, days < 1 {
            error(.outOfRange, "review cadence of \(days) days is not positive", .governance)
        }
        if plan.agencies.isEmpty { error(.outOfRange, "the plan has no agencies", .plan) }
        for (i, agency) in plan.agencies.enumerated() {
            text(agency.name, "name of agency '\(agency.id)'", .agency(i))
            text(agency.contact, "contact of agency '\(agency.id)'", .agency(i))
            for certificate in agency.certificates where !certificate.isWellFormed {
                error(.certificate, "certificate '\(certificate)' of agency '\(agency.id)' is not a SHA-256 fingerprint (64 lower-case hex digits)", .agency(i))
            }
            if Set(agency.certificates).count != agency.certificates.count {
                error(.certificate, "agency '\(agency.id)' pins the same certificate twice", .agency(i))
            }
        }
    }

    // MARK: Stages

    mutating func checkStages() {
        let kinds = plan.stages.map(\.kind)
        if kinds != StageKind.allCases {
            let found = kinds.map(\.rawValue).joined(separator: ", ")
            error(.stageOrder, "the stages must be clear, hold, build in that order; found \(found.isEmpty ? "none" : found)", .plan)
        }
        for (p, stage) in plan.stages.enumerated() {
            let name = stage.kind.rawValue
            if let s = stage.plannedStart, let e = stage.plannedEnd, e < s {
                error(.inconsistentDates, "stage \(name) is planned to end (\(e)) before it starts (\(s))", .stage(p))
            }
            for (o, objective) in stage.objectives.enumerated() {
                text(objective, "an objective of stage \(name)", .objective(p, o))
            }
            for (c, criterion) in stage.exitCriteria.enumerated() {
                text(criterion.statement, "statement of criterion '\(criterion.id)'", .criterion(p, c))
                text(criterion.evidence, "evidence of criterion '\(criterion.id)'", .criterion(p, c))
                if criterion.met != (criterion.metOn != nil) {
                    error(.criterionDate, criterion.met
                        ? "criterion '\(criterion.id)' is met but has no metOn date"
                        : "criterion '\(criterion.id)' is not met but has a metOn date", .criterion(p, c))
                }
            }
            guard stage.status == .complete else { continue }
            // A stage completed by override (its last workflow event is an `override`) may keep
            // unmet criteria and open tasks: the board chose to; they stay visible as warnings.
            // A partner view carries no history: the full plan it was cut from was checked, so
            // the view reports what it inherits as warnings too.
            let overridden = plan.wasCompletedByOverride(stage.kind) || plan.view != .full
            let severity: PlanDiagnostic.Severity = overridden ? .warning : .error
            let how = overridden ? "was completed by override" : "is complete"
            for (c, criterion) in stage.exitCriteria.enumerated() where !criterion.met {
                diagnostics.append(PlanDiagnostic(severity, .incompleteStage,
                    "stage \(name) \(how) but criterion '\(criterion.id)' is not met", at: map[.criterion(p, c)]))
            }
            for (t, task) in stage.tasks.enumerated() where task.status.isOpen {
                diagnostics.append(PlanDiagnostic(severity, .incompleteStage,
                    "stage \(name) \(how) but task '\(task.id)' is \(task.status.rawValue)", at: map[.task(p, t)]))
            }
        }
    }

    // MARK: Tasks

    mutating func checkTasks() {
        for (p, stage) in plan.stages.enumerated() {
            for (t, task) in stage.tasks.enumerated() {
                checkTask(task, in: stage, at: .task(p, t))
                for (n, note) in task.notes.enumerated() {
                    agencyRef(note.agency, "agency of a note on task '\(task.id)'", .note(p, t, n))
                    text(note.text, "a note on task '\(task.id)'", .note(p, t, n))
                }
            }
        }
    }

    mutating func checkTask(_ task: PlanTask, in stage: Stage, at element: PlanElement) {
        let id = task.id
        agencyRef(task.lead, "lead of task '\(id)'", element)
        text(task.title, "title of task '\(id)'", element)
        text(task.description, "description of task '\(id)'", element)
        text(task.owner, "owner of task '\(id)'", element)
        markingWithinPlan(task.classification, "task '\(id)'", element)
        var supports = Set<AgencyID>()
        for (s, support) in task.supports.enumerated() {
            // At the <support> element's own line when the document has it, else at the task's.
            var at = element
            if case .task(let p, let t) = element, map[.support(p, t, s)] != nil { at = .support(p, t, s) }
            agencyRef(support, "supporting agency of task '\(id)'", at)
            if support == task.lead {
                error(.support, "task '\(id)' lists its lead '\(support)' as a supporting agency", at)
            } else if !supports.insert(support).inserted {
                error(.support, "task '\(id)' lists supporting agency '\(support)' twice", at)
            }
        }
        if let start = task.start, let due = task.due {
            if due < start {
                error(.inconsistentDates, "task '\(id)' is due \(due), before its start \(start)", element)
            } else if let days = task.durationDays, days != max(start.days(to: due) + 1, 1), !(days == 0 && start == due) {
                error(.inconsistentDates, "task '\(id)' runs \(start) to \(due) (\(start.days(to: due) + 1) days) but its durationDays is \(days)", element)
            }
        }
        if let days = task.durationDays, days > PlanValidator.maximumDays {
            error(.outOfRange, "task '\(id)' lasts \(days) days; the limit is \(PlanValidator.maximumDays)", element)
        }
        if let days = task.durationDays, days < 0 {
            error(.outOfRange, "task '\(id)' has a negative duration (\(days) days)", element)
        }
        if let progress = task.progress, !(0...100).contains(progress) {
            error(.outOfRange, "task '\(id)' has progress \(progress); it must be 0 to 100", element)
        } else if task.status == .done, let progress = task.progress, progress != 100 {
            error(.statusFields, "task '\(id)' is done but its progress is \(progress), not 100", element)
        }
        let done = task.status == .done, blocked = task.status == .blocked
        if done != (task.completedOn != nil) {
            error(.statusFields, done
                ? "task '\(id)' is done but has no completedOn date"
                : "task '\(id)' is \(task.status.rawValue) but has a completedOn date", element)
        }
        if blocked != (task.blockedSince != nil) {
            error(.statusFields, blocked
                ? "task '\(id)' is blocked but has no blockedSince date"
                : "task '\(id)' is \(task.status.rawValue) but has a blockedSince date", element)
        }
        if blocked != (task.blockedReason != nil) {
            error(.statusFields, blocked
                ? "task '\(id)' is blocked but has no blockedReason"
                : "task '\(id)' is \(task.status.rawValue) but has a blockedReason", element)
        }
        text(task.blockedReason, "blocked reason of task '\(id)'", element)
        if let window = stage.plannedWindow {
            // The task's days: from start to due, either one implied by durationDays when the
            // other is missing (a milestone, 0 days, is one day).
            let length = min(max(task.durationDays ?? 1, 1), PlanValidator.maximumDays)
            let first = task.start ?? task.due.map { task.durationDays == nil ? $0 : $0.adding(days: 1 - length) }
            let last = task.due ?? task.start.map { task.durationDays == nil ? $0 : $0.adding(days: length - 1) }
            if let first, let last, first < window.lowerBound || last > window.upperBound {
                warning(.outsideStageWindow, "task '\(id)' (\(first) to \(last)) falls outside stage \(stage.kind.rawValue)'s planned window \(window.lowerBound) to \(window.upperBound)", element)
            }
        }
    }

    mutating func checkDependencies() {
        // The graph over dense task numbers, in compressed rows: task n's links are
        // targets[firstTarget[n]..<firstTarget[n + 1]]. Links to unknown tasks and to the task
        // itself are left out, as `findDependencyCycle` leaves them out.
        var firstTarget: [Int] = [0]
        var targets: [Int] = []
        firstTarget.reserveCapacity(taskCount + 1)
        for (p, stage) in plan.stages.enumerated() {
            for (t, task) in stage.tasks.enumerated() {
                for (d, dependency) in task.dependencies.enumerated() {
                    if dependency.lagDays.magnitude > PlanValidator.maximumDays.magnitude {
                        error(.outOfRange, "task '\(task.id)' has a lag of \(dependency.lagDays) days on '\(dependency.task)'; the limit is ±\(PlanValidator.maximumDays)", .dependency(p, t, d))
                    }
                    if dependency.task == task.id {
                        error(.selfDependency, "task '\(task.id)' depends on itself", .dependency(p, t, d))
                    } else if let target = taskNumbers[dependency.task] {
                        targets.append(target)
                    } else {
                        error(.unknownReference, "task '\(task.id)' depends on '\(dependency.task)', which is not a task of this plan", .dependency(p, t, d))
                    }
                }
                firstTarget.append(targets.count)
            }
        }
        if let cycle = Self.findCycle(firstTarget: firstTarget, targets: targets) {
            let ids = plan.stages.flatMap { $0.tasks.map(\.id) }
            let cycle = cycle.map { ids[$0] }
            let position = plan.position(of: cycle[0])
            error(.dependencyCycle, "dependencies form a cycle: \(cycle.map(\.rawValue).joined(separator: " → "))",
                .task(position?.stageIndex ?? 0, position?.taskIndex ?? 0))
        }
    }

    /// The first dependency cycle a depth-first search finds, as task numbers with the first
    /// repeated at the end; the same search, in the same order, as `findDependencyCycle`, so
    /// it names the same cycle.
    static func findCycle(firstTarget: [Int], targets: [Int]) -> [Int]? {
        let count = firstTarget.count - 1
        // 0: unvisited, 1: on the current path, 2: finished.
        var marks = [UInt8](repeating: 0, count: count)
        var stack: [(node: Int, edge: Int)] = []
        for root in 0..<count where marks[root] == 0 {
            stack.append((root, firstTarget[root]))
            marks[root] = 1
            while let top = stack.last {
                if top.edge < firstTarget[top.node + 1] {
                    stack[stack.count - 1].edge += 1
                    let next = targets[top.edge]
                    switch marks[next] {
                    case 0:
                        marks[next] = 1
                        stack.append((next, firstTarget[next]))
                    case 1:
                        let start = stack.firstIndex { $0.node == next } ?? 0
                        return stack[start...].map(\.node) + [next]
                    default:
                        break
                    }
                } else {
                    marks[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return nil
    }

    // MARK: Measures, risks, history

    mutating func checkMeasuresAndRisks() {
        for (m, measure) in plan.measures.enumerated() {
            text(measure.name, "name of measure '\(measure.id)'", .measure(m))
            text(measure.unit, "unit of measure '\(measure.id)'", .measure(m))
            markingWithinPlan(measure.classification, "measure '\(measure.id)'", .measure(m))
            for (o, observation) in measure.observations.enumerated() {
                if let source = observation.source {
                    agencyRef(source, "source of an observation of measure '\(measure.id)'", .observation(m, o))
                }
            }
        }
        for (r, risk) in plan.risks.enumerated() {
            agencyRef(risk.owner, "owner of risk '\(risk.id)'", .risk(r))
            text(risk.description, "description of risk '\(risk.id)'", .risk(r))
            text(risk.mitigation, "mitigation of risk '\(risk.id)'", .risk(r))
            markingWithinPlan(risk.classification, "risk '\(risk.id)'", .risk(r))
            for (name, value) in [("likelihood", risk.likelihood), ("impact", risk.impact)] where !(1...5).contains(value) {
                error(.outOfRange, "risk '\(risk.id)' has \(name) \(value); it must be 1 to 5", .risk(r))
            }
        }
    }

    mutating func checkHistory() {
        for (e, event) in plan.history.enumerated() {
            agencyRef(event.agency, "agency of a \(event.kind.rawValue) event", .event(e))
            text(event.text, "text of a \(event.kind.rawValue) event", .event(e))
            text(event.actor, "actor of a \(event.kind.rawValue) event", .event(e))
        }
        checkChanges()
    }

    /// Baselines have names, unique and not blank, and instants not before the plan's creation.
    mutating func checkBaselines() {
        var seen = Set<String>()
        let created = plan.createdAt
        for (b, baseline) in plan.baselines.enumerated() {
            text(baseline.name, "name of a baseline", .baseline(b))
            if !seen.insert(baseline.name).inserted {
                error(.duplicateID, "two baselines are named '\(baseline.name)'", .baseline(b))
            }
            if let created, baseline.at < created {
                error(.inconsistentDates, "baseline '\(baseline.name)' at \(baseline.at) is before the plan was created (\(created))", .baseline(b))
            }
        }
    }

    /// Each `change` names a field its event's subject has, with values of that field's type
    /// (``HistoryCodec``): a list's change adds or removes one element, any other field's change
    /// has a value before or after and they differ.
    mutating func checkChanges() {
        guard plan.history.contains(where: { !$0.changes.isEmpty }) else { return }
        let kinds = plan.historyItemKinds()
        for (e, event) in plan.history.enumerated() where !event.changes.isEmpty {
            let item = plan.historyItem(of: event, kinds: kinds)
            let candidates = item.map { [$0] } ?? HistoryCodec.Item.allCases.filter { $0 != .export }
            let about = "a \(event.kind.rawValue) event about '\(event.subject)'"
            for (c, change) in event.changes.enumerated() {
                guard let field = candidates.lazy.compactMap({ HistoryCodec.field(change.field, of: $0) }).first else {
                    let known = item.map { " (\($0.rawValue) fields: \(HistoryCodec.fields(of: $0).map(\.name).joined(separator: ", ")))" } ?? ""
                    error(.invalidChange, "\(about) changes field '\(change.field)', which it has not\(known)", .change(e, c))
                    continue
                }
                if field.isList, (change.from == nil) == (change.to == nil) {
                    error(.invalidChange, "\(about) changes list field '\(field.name)': give exactly one of from (removed) or to (added)", .change(e, c))
                } else if !field.isList, change.from == change.to {
                    error(.invalidChange, "\(about) changes field '\(field.name)' without changing its value", .change(e, c))
                }
                for (side, value) in [("from", change.from), ("to", change.to)] {
                    if let value, !HistoryCodec.isValid(value, for: field) {
                        error(.invalidChange, "\(about) changes field '\(field.name)' \(side) '\(value)', which is not \(Self.describe(field.type))", .change(e, c))
                    }
                }
            }
        }
    }

    private static func describe(_ type: HistoryCodec.ValueType) -> String {
        switch type {
        case .text: "text (not blank)"
        case .id: "an id"
        case .date: "a date (YYYY-MM-DD)"
        case .integer(let range): range.upperBound == Int.max ? "an integer from \(range.lowerBound)" : "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .decimal: "a decimal"
        case .boolean: "true or false"
        case .choice(let names): "one of \(names.joined(separator: ", "))"
        case .dependency: "a dependency ('ref type lagDays')"
        case .note: "a note ('at agency text')"
        case .observation: "an observation ('date value' or 'date value source')"
        case .locality: "a locality ('scheme code')"
        case .baseline: "a baseline ('at name')"
        }
    }

    /// Warns about every date of fact after `today`: a fact cannot have happened yet.
    mutating func checkFactDates(notAfter today: CalendarDate) {
        func check(_ date: CalendarDate?, _ what: @autoclosure () -> String, _ element: PlanElement, into run: inout ValidationRun) {
            if let date, date > today {
                run.warning(.factDateInFuture, "\(what()) \(date) is after today (\(today))", element)
            }
        }
        for (p, stage) in plan.stages.enumerated() {
            check(stage.started, "stage \(stage.kind.rawValue) started", .stage(p), into: &self)
            check(stage.completed, "stage \(stage.kind.rawValue) completed", .stage(p), into: &self)
            for (c, criterion) in stage.exitCriteria.enumerated() {
                check(criterion.metOn, "criterion '\(criterion.id)' metOn", .criterion(p, c), into: &self)
            }
            for (t, task) in stage.tasks.enumerated() {
                check(task.completedOn, "task '\(task.id)' completedOn", .task(p, t), into: &self)
                check(task.blockedSince, "task '\(task.id)' blockedSince", .task(p, t), into: &self)
                for (n, note) in task.notes.enumerated() {
                    check(note.at.date, "a note on task '\(task.id)' at", .note(p, t, n), into: &self)
                }
            }
        }
        for (m, measure) in plan.measures.enumerated() {
            for (o, observation) in measure.observations.enumerated() {
                check(observation.date, "an observation of measure '\(measure.id)' on", .observation(m, o), into: &self)
            }
        }
        for (e, event) in plan.history.enumerated() {
            check(event.at.date, "a \(event.kind.rawValue) event at", .event(e), into: &self)
        }
    }

    // MARK: Partner views

    mutating func checkPartnerView() {
        guard case .partner(let agencyID, let sourceRevision) = plan.view else { return }
        agencyRef(agencyID, "partner view agency (for)", .plan)
        if sourceRevision < 0 { error(.outOfRange, "sourceRevision \(sourceRevision) is negative", .plan) }
        if sourceRevision > PlanValidator.maximumRevision {
            error(.outOfRange, "sourceRevision \(sourceRevision) is above the limit of \(PlanValidator.maximumRevision)", .plan)
        }
        guard let agency = plan.agency(agencyID) else { return }
        let clearance = agency.clearance
        var highest = Classification.official
        func check(_ own: Classification?, _ what: String, _ element: PlanElement, into run: inout ValidationRun) {
            let marking = run.plan.effectiveClassification(own)
            highest = max(highest, marking)
            if marking > clearance {
                run.error(.clearance, "\(what) is \(marking.rawValue), above the \(clearance.rawValue) clearance of '\(agencyID)'", element)
            }
        }
        for (p, stage) in plan.stages.enumerated() {
            for (t, task) in stage.tasks.enumerated() { check(task.classification, "task '\(task.id)'", .task(p, t), into: &self) }
        }
        for (m, measure) in plan.measures.enumerated() { check(measure.classification, "measure '\(measure.id)'", .measure(m), into: &self) }
        for (r, risk) in plan.risks.enumerated() { check(risk.classification, "risk '\(risk.id)'", .risk(r), into: &self) }
        if plan.classification > clearance {
            error(.clearance, "the view is marked \(plan.classification.rawValue), above the \(clearance.rawValue) clearance of '\(agencyID)'", .plan)
        } else if plan.classification != highest {
            error(.clearance, "the view is marked \(plan.classification.rawValue) but the highest marking it holds is \(highest.rawValue)", .plan)
        }
    }

    mutating func checkIdleAgencies() {
        guard plan.view == .full else { return }
        var busy = Set<AgencyID>()
        // Stop looking once every agency has work (usual in a large plan).
        search: for stage in plan.stages {
            for t in stage.tasks.indices {
                if busy.count >= agencyIDs.count && agencyIDs.isSubset(of: busy) { break search }
                busy.insert(stage.tasks[t].lead)
                busy.formUnion(stage.tasks[t].supports)
            }
        }
        for (i, agency) in plan.agencies.enumerated() where !busy.contains(agency.id) {
            warning(.idleAgency, "agency '\(agency.id)' leads and supports no task", .agency(i))
        }
    }
}

extension Stage {
    /// The planned window, when both ends are set and in order.
    public var plannedWindow: ClosedRange<CalendarDate>? {
        guard let s = plannedStart, let e = plannedEnd, s <= e else { return nil }
        return s...e
    }
}
