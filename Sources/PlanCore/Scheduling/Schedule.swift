/// The critical-path schedule of a plan's tasks, in calendar days.
///
/// Built by a forward and a backward pass over the dependency links, in topological order,
/// so the cost is linear in tasks plus links:
/// - A task's length comes from `start` and `due` (`due − start + 1` days) or `durationDays`
///   (0 is a milestone on one day). A task with neither is unscheduled.
/// - Forward pass: a task starts no earlier than its own first day (`start`, or `due` less its
///   length), nor than any dated predecessor allows: `finishToStart` the day after the
///   predecessor's last day plus lag; `startToStart` the predecessor's first day plus lag;
///   `finishToFinish` so that it finishes no earlier than the predecessor's last day plus lag.
///   Lag may be negative. A task with no own dates and no predecessor starts on its stage's
///   `plannedStart`. A task with no own dates whose predecessor is unscheduled, or with no
///   way to be dated at all, is unscheduled and reported in ``unscheduled``, never guessed;
///   so is a task whose dates would fall outside the years 0001–9999.
/// - Backward pass from the latest early finish: a task finishes no later than the plan's
///   finish nor than its successors allow. Slack is late start less early start; tasks with
///   no slack are critical.
///
/// Cancelled tasks are left out, with their links: they will not happen. Done tasks are
/// scheduled from their planned dates like any other, so the schedule describes the plan as
/// drawn. With an `asOf` date the schedule becomes a forecast: a planned task starts no
/// earlier than that date, and a task in progress or blocked finishes no earlier than it.
public struct Schedule: Hashable, Sendable {
    /// The scheduled tasks in document order.
    public var tasks: [ScheduledTask]
    /// The critical tasks (no slack) ordered by early start, then early finish, then
    /// dependency order: the chain (or chains) that decide the plan's finish.
    public var criticalPath: [TaskID]
    /// The open and done tasks that could not be dated, in document order.
    public var unscheduled: [TaskID]
    /// Why each unscheduled task could not be dated.
    public var unscheduledReasons: [TaskID: UnscheduledReason]
    /// The earliest early start of any task, if any task is scheduled.
    public var start: CalendarDate?
    /// The latest early finish of any task: the plan's finish, if any task is scheduled.
    public var finish: CalendarDate?
    /// Each scheduled task's node (the scheduler's own index of task ids, reused rather than
    /// built again), and each node's place in ``tasks`` (-1 when it could not be dated).
    private var nodes: [TaskID: Int]
    private var positions: [Int32]

    /// The scheduled task with this id, or `nil` when it is unscheduled, cancelled or unknown.
    public subscript(id: TaskID) -> ScheduledTask? {
        guard let node = nodes[id] else { return nil }
        let position = Int(positions[node])
        return position < 0 ? nil : tasks[position]
    }

    /// Schedules a plan.
    ///
    /// - Parameters:
    ///   - plan: The plan whose tasks to schedule.
    ///   - asOf: When given, a forecast from that date (see the type's discussion).
    /// - Throws: ``ScheduleError`` naming a dependency cycle.
    public init(plan: Plan, asOf: CalendarDate? = nil) throws(ScheduleError) {
        let graph = TaskGraph(plan: plan)
        let order = try graph.topologicalOrder()
        let n = graph.nodes.count
        var es = [Int](repeating: 0, count: n), ef = es, ls = es, lf = es
        var dated = [Bool](repeating: false, count: n)
        var reasons: [TaskID: UnscheduledReason] = [:]

        // Forward pass.
        for v in order {
            let node = graph.nodes[v]
            guard let span = node.span else {
                // Neither both dates nor durationDays: say which of them the task lacks (from
                // the node, never by searching the stage: that made wide plans quadratic).
                reasons[node.id] = switch (node.hasStart, node.hasDue) {
                case (true, _): .noDueOrDuration
                case (false, true): .noStartOrDuration
                case (false, false): .noDates
                }
                continue
            }
            guard span >= 0 else {
                reasons[node.id] = .dueBeforeStart
                continue
            }
            let own = node.first
            var earliest = own
            var undated: TaskID?
            for e in graph.predecessors(of: v) {
                let p = graph.predNode[e], lag = graph.predLag[e]
                guard dated[p] else {
                    if undated == nil { undated = graph.nodes[p].id }
                    continue
                }
                let bound = switch graph.predType[e] {
                case .finishToStart: ef[p] + 1 + lag
                case .startToStart: es[p] + lag
                case .finishToFinish: ef[p] + lag - span
                }
                earliest = max(earliest ?? bound, bound)
            }
            if own == nil {
                if let undated {
                    reasons[node.id] = .predecessorUnscheduled(undated)
                    continue
                }
                if graph.predecessors(of: v).isEmpty {
                    earliest = plan.stages[node.stage].plannedStart?.dayNumber
                }
            }
            guard var first = earliest else {
                reasons[node.id] = .nothingToStartFrom(plan.stages[node.stage].kind)
                continue
            }
            if let asOf, node.status == .planned { first = max(first, asOf.dayNumber) }
            var last = first + span
            if let asOf, node.status == .inProgress || node.status == .blocked { last = max(last, asOf.dayNumber) }
            // A date outside the years 0001–9999 cannot be written: say so rather than print it.
            guard CalendarDate.dayNumbers.contains(first), CalendarDate.dayNumbers.contains(last) else {
                reasons[node.id] = .outsideCalendar
                continue
            }
            (es[v], ef[v], dated[v]) = (first, last, true)
        }

        // Backward pass from the latest early finish.
        var finish: Int?
        var start: Int?
        for v in 0..<n where dated[v] {
            finish = max(finish ?? ef[v], ef[v])
            start = min(start ?? es[v], es[v])
        }
        for v in order.reversed() where dated[v] {
            let length = ef[v] - es[v]
            var latest = finish!
            for e in graph.successors(of: v) {
                let s = graph.succNode[e], edge = graph.succEdge[e]
                guard dated[s] else { continue }
                let lag = graph.predLag[edge]
                let bound = switch graph.predType[edge] {
                case .finishToStart: ls[s] - 1 - lag
                case .startToStart: ls[s] - lag + length
                case .finishToFinish: lf[s] - lag
                }
                latest = min(latest, bound)
            }
            (lf[v], ls[v]) = (latest, latest - length)
        }

        var tasks: [ScheduledTask] = []
        tasks.reserveCapacity(n)
        var positions = [Int32](repeating: -1, count: n)
        var unscheduled: [TaskID] = []
        for v in 0..<n {
            let id = graph.nodes[v].id
            guard dated[v] else { unscheduled.append(id); continue }
            let slack = ls[v] - es[v]
            positions[v] = Int32(tasks.count)
            tasks.append(ScheduledTask(
                id: id, earlyStart: CalendarDate(dayNumber: es[v]), earlyFinish: CalendarDate(dayNumber: ef[v]),
                lateStart: CalendarDate(dayNumber: ls[v]), lateFinish: CalendarDate(dayNumber: lf[v]),
                slackDays: slack, critical: slack == 0))
        }
        var rank = [Int](repeating: 0, count: n)
        for (i, v) in order.enumerated() { rank[v] = i }
        let critical = (0..<n).filter { dated[$0] && ls[$0] == es[$0] }
            .sorted { (es[$0], ef[$0], rank[$0]) < (es[$1], ef[$1], rank[$1]) }

        self.tasks = tasks
        self.criticalPath = critical.map { graph.nodes[$0].id }
        self.unscheduled = unscheduled
        self.unscheduledReasons = reasons
        self.start = start.map(CalendarDate.init(dayNumber:))
        self.finish = finish.map(CalendarDate.init(dayNumber:))
        self.nodes = graph.index
        self.positions = positions
    }
}

extension Plan {
    /// Schedules the plan's tasks: see ``Schedule``.
    ///
    /// - Parameter asOf: When given, a forecast from that date.
    /// - Returns: Early and late dates, slack and the critical path.
    /// - Throws: ``ScheduleError`` naming a dependency cycle.
    public func schedule(asOf: CalendarDate? = nil) throws(ScheduleError) -> Schedule {
        try Schedule(plan: self, asOf: asOf)
    }
}

/// The tasks that take part in scheduling and their links, as flat adjacency arrays.
private struct TaskGraph {
    /// What scheduling needs of one task.
    struct Node {
        var id: TaskID
        var status: PlanTask.Status
        /// The stage's index in the plan.
        var stage: Int
        /// ``PlanTask/spanDays``.
        var span: Int?
        /// The day number of ``PlanTask/firstDay``.
        var first: Int?
        /// Whether the task has its own `start` and `due`, to say why an undated task is.
        var hasStart: Bool
        var hasDue: Bool
    }

    /// Every task that is not cancelled (the first of a repeated id).
    var nodes: [Node] = []
    /// Each node's index by task id.
    var index: [TaskID: Int] = [:]
    /// Links into node `v` are `predStart[v]..<predStart[v + 1]` in the `pred…` arrays.
    var predStart: [Int] = [0]
    var predNode: [Int] = []
    var predType: [Dependency.Kind] = []
    var predLag: [Int] = []
    /// Links out of node `v` are `succStart[v]..<succStart[v + 1]`: the successor node and
    /// the index of the link in the `pred…` arrays.
    var succStart: [Int] = []
    var succNode: [Int] = []
    var succEdge: [Int] = []

    init(plan: Plan) {
        let count = plan.stages.reduce(0) { $0 + $1.tasks.count }
        index.reserveCapacity(count)
        nodes.reserveCapacity(count)
        var links: [[Dependency]] = []
        links.reserveCapacity(count)
        for (p, stage) in plan.stages.enumerated() {
            // Fields are read in place (`tasks[t].id`), not through a copy of each task: at
            // 100,000 tasks, copying every task's strings and arrays cost more than the graph.
            let tasks = stage.tasks
            for t in tasks.indices where tasks[t].status != .cancelled {
                // One probe for a new id; a repeated id (an invalid plan) keeps its first node.
                if let first = index.updateValue(nodes.count, forKey: tasks[t].id) {
                    index[tasks[t].id] = first
                    continue
                }
                // A first day before 0001-01-01 (firstDay is nil then) still counts as the task's
                // own: the forward pass reports it as outside the calendar rather than ignore it.
                let span = tasks[t].spanDays
                let first = tasks[t].firstDay ?? tasks[t].due.map { $0.adding(days: -(span ?? 0)) }
                nodes.append(Node(id: tasks[t].id, status: tasks[t].status, stage: p, span: span, first: first?.dayNumber,
                    hasStart: tasks[t].start != nil, hasDue: tasks[t].due != nil))
                links.append(tasks[t].dependencies)
            }
        }
        let n = nodes.count
        predStart.reserveCapacity(n + 1)
        for dependencies in links {
            for dependency in dependencies {
                guard let p = index[dependency.task] else { continue }
                predNode.append(p)
                predType.append(dependency.type)
                // Clamped like spans: the validator refuses larger lags, the scheduler never traps.
                predLag.append(min(max(dependency.lagDays, -PlanValidator.maximumDays), PlanValidator.maximumDays))
            }
            predStart.append(predNode.count)
        }
        var outCount = [Int](repeating: 0, count: n + 1)
        for p in predNode { outCount[p + 1] += 1 }
        for v in 0..<n { outCount[v + 1] += outCount[v] }
        succStart = outCount
        var next = outCount
        succNode = [Int](repeating: 0, count: predNode.count)
        succEdge = succNode
        for v in 0..<n {
            for e in predStart[v]..<predStart[v + 1] {
                let p = predNode[e]
                succNode[next[p]] = v
                succEdge[next[p]] = e
                next[p] += 1
            }
        }
    }

    func predecessors(of v: Int) -> Range<Int> { predStart[v]..<predStart[v + 1] }
    func successors(of v: Int) -> Range<Int> { succStart[v]..<succStart[v + 1] }

    /// Kahn's algorithm, seeded in document order; throws the cycle when one remains.
    func topologicalOrder() throws(ScheduleError) -> [Int] {
        let n = nodes.count
        var indegree = (0..<n).map { predStart[$0 + 1] - predStart[$0] }
        var order: [Int] = []
        order.reserveCapacity(n)
        for v in 0..<n where indegree[v] == 0 { order.append(v) }
        var head = 0
        while head < order.count {
            let v = order[head]
            head += 1
            for e in successors(of: v) {
                let s = succNode[e]
                indegree[s] -= 1
                if indegree[s] == 0 { order.append(s) }
            }
        }
        guard order.count < n else { return order }
        let remaining = (0..<n).filter { indegree[$0] > 0 }
        let graph = remaining.map { v in
            (nodes[v].id, predecessors(of: v).map { predNode[$0] }.filter { indegree[$0] > 0 }.map { nodes[$0].id })
        }
        throw ScheduleError(cycle: findDependencyCycle(in: graph) ?? remaining.map { nodes[$0].id })
    }
}
