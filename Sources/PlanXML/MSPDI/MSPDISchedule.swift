import PlanCore

/// The plan laid out the way an MSPDI file needs it: every task with a first and last day,
/// stages as summary rows, and UIDs, row IDs and outline numbers assigned in document order.
///
/// chb allows tasks without dates; MS Project does not. A task missing a date gets one as
/// follows, and is marked `Estimated`:
/// - start and due: as given (nothing estimated);
/// - one of them and `durationDays`: the other computed (nothing estimated);
/// - only one of them: a one-day task on that day;
/// - neither: `durationDays` (at least one day) from the stage's `plannedStart`, else from
///   the plan's earliest date (any task, stage or history date), else from 1970-01-01.
struct MSPDISchedule {
    /// One chb task as a row of the MSPDI file.
    struct Row {
        var task: PlanTask
        var uid: Int
        var rowID: Int
        var outlineNumber: String
        var start: CalendarDate
        var due: CalendarDate
        var milestone: Bool
        var estimated: Bool

        /// Working minutes from the start of the first day to the end of the last.
        var durationMinutes: Int { milestone ? 0 : (start.days(to: due) + 1) * MSPDIFormat.minutesPerDay }

        /// PercentComplete: 100 for done tasks, otherwise the progress (0 when not given).
        var percentComplete: Int { task.status == .done ? 100 : min(max(task.progress ?? 0, 0), 100) }
    }

    /// One stage as a summary row with its tasks.
    struct StageRow {
        var stage: Stage
        var uid: Int
        var rowID: Int
        var outlineNumber: String
        var start: CalendarDate
        var due: CalendarDate
        var rows: [Row]
    }

    let stages: [StageRow]
    /// The row of each task id (the first, should ids repeat).
    let rowsByTask: [TaskID: Row]
    /// The first day of the whole project.
    let start: CalendarDate
    /// The last day of the whole project.
    let due: CalendarDate

    init(plan: Plan) {
        let fallback = Self.earliestDate(in: plan) ?? CalendarDate(dayNumber: 0)
        var uid = 1
        var rowID = 1
        var stages: [StageRow] = []
        // Stage rows first take UIDs 1...3, so a stage keeps its UID whatever tasks are added.
        let stageUIDs = plan.stages.indices.map { $0 + 1 }
        uid = plan.stages.count + 1
        for (s, stage) in plan.stages.enumerated() {
            let stageRowID = rowID
            rowID += 1
            var rows: [Row] = []
            for (t, task) in stage.tasks.enumerated() {
                let dates = Self.dates(of: task, fallback: stage.plannedStart ?? fallback)
                rows.append(Row(
                    task: task, uid: uid, rowID: rowID, outlineNumber: "\(s + 1).\(t + 1)",
                    start: dates.start, due: dates.due, milestone: task.durationDays == 0,
                    estimated: dates.estimated))
                uid += 1
                rowID += 1
            }
            let firsts = rows.map(\.start) + [stage.plannedStart].compactMap { $0 }
            let lasts = rows.map(\.due) + [stage.plannedEnd].compactMap { $0 }
            let start = firsts.min() ?? stage.plannedEnd ?? fallback
            let due = max(lasts.max() ?? start, start)
            stages.append(StageRow(stage: stage, uid: stageUIDs[s], rowID: stageRowID, outlineNumber: "\(s + 1)",
                start: start, due: due, rows: rows))
        }
        self.stages = stages
        var byTask: [TaskID: Row] = [:]
        for row in stages.flatMap(\.rows) where byTask[row.task.id] == nil { byTask[row.task.id] = row }
        rowsByTask = byTask
        start = stages.map(\.start).min() ?? fallback
        due = max(stages.map(\.due).max() ?? start, start)
    }

    /// Refuses a layout MSPDI cannot hold: a task whose first or last day is outside the
    /// years 0001–9999, or a lag beyond ±``PlanValidator/maximumDays`` (which a valid plan
    /// never has), so that nothing is written that would not read back.
    func checkWritable() throws(PlanWriteError) {
        for row in stages.flatMap(\.rows) {
            guard row.start.isInCalendar, row.due.isInCalendar else {
                let given = [row.task.start.map { "starts \($0)" }, row.task.due.map { "is due \($0)" },
                    row.task.durationDays.map { "lasts \($0) days" }].compactMap { $0 }.joined(separator: " and ")
                throw PlanWriteError("task '\(row.task.id)' \(given), so one of its dates would fall outside the years 0001 to 9999; MS Project needs both dates of every task")
            }
            for dependency in row.task.dependencies where dependency.lagDays.magnitude > PlanValidator.maximumDays.magnitude {
                throw PlanWriteError("task '\(row.task.id)' has a lag of \(dependency.lagDays) days on '\(dependency.task)'; the limit is ±\(PlanValidator.maximumDays)")
            }
        }
    }

    /// A task's first and last day, and whether either was made up.
    static func dates(of task: PlanTask, fallback: CalendarDate) -> (start: CalendarDate, due: CalendarDate, estimated: Bool) {
        let length = max(task.durationDays ?? 1, 1)
        switch (task.start, task.due) {
        case let (start?, due?):
            return (start, max(due, start), false)
        case let (start?, nil):
            return (start, start.adding(days: length - 1), task.durationDays == nil)
        case let (nil, due?):
            return (due.adding(days: -(length - 1)), due, task.durationDays == nil)
        case (nil, nil):
            return (fallback, fallback.adding(days: length - 1), true)
        }
    }

    /// The earliest date anywhere in the plan's tasks and stages, else of its history.
    static func earliestDate(in plan: Plan) -> CalendarDate? {
        var dates: [CalendarDate] = []
        for stage in plan.stages {
            dates += [stage.plannedStart, stage.plannedEnd, stage.started, stage.completed].compactMap { $0 }
            for task in stage.tasks {
                dates += [task.start, task.due, task.completedOn, task.blockedSince].compactMap { $0 }
            }
        }
        return dates.min() ?? plan.history.map(\.at.date).min()
    }
}
