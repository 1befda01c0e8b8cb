public import PlanCore

/// Writes a plan as Microsoft Project XML (MSPDI), for MS Project, ProjectLibre and anything
/// that reads files through MPXJ.
///
/// The file holds the project summary, one calendar, the three stages as summary tasks
/// (outline level 1) with their tasks under them (outline level 2), the agencies as work
/// resources and each task's lead and supporting agencies as assignments (the lead first).
///
/// Conventions:
/// - chb counts calendar days, so the file's only calendar, "chb 7-day", works every day of
///   the week, 08:00–12:00 and 13:00–17:00 (480 minutes a day). A task starts at 08:00 on its
///   first day and finishes at 17:00 on its last; `Duration` is calendar days × 8 hours
///   (`PT40H0M0S` for five days). Milestones start and finish at 08:00 with `PT0H0M0S`.
/// - A dated task gets a "start no earlier than" constraint on its start day, so MS Project
///   keeps it where chb put it unless a link pushes it later (chb's own scheduling rule).
///   A task with a made-up date (see ``MSPDISchedule``) is `Estimated` and "as soon as
///   possible" instead.
/// - Links: `PredecessorLink` with type codes 0 FF, 1 FS, 3 SS, `LinkLag` in tenths of
///   minutes (`lagDays` × 4800) and `LagFormat` 7 (days).
/// - Done tasks are 100 % complete with `ActualFinish` on `completedOn`; other tasks carry
///   their progress; cancelled tasks are inactive (`Active` 0). Priority high, medium and low
///   become 700, 500 and 300. A task's description is its `Notes`.
/// - The plan's classification marking (and information sharing agreement) is the project's
///   `Subject`; MSPDI has no per-task marking.
///
/// - A partner view carries what its merge needs to come back (see ``MSPDIPartnerReturn``):
///   the project's `Category` is
///   (`chb-view PLANID AGENCY REVISION`), and each task holds its chb id in the custom field
///   Text1 (an `ExtendedAttribute` aliased "chb task id"), which MS Project, ProjectLibre and
///   MPXJ keep when they save. A full plan's file has neither.
///
/// - The plan's latest baseline is MS Project's baseline 0: each task dated in the plan as it
///   stood then gets a `Baseline` with `Number` 0 and that plan's `Start`, `Finish` and
///   `Duration`.
///
/// The output is deterministic: the same plan always gives the same bytes.
public struct MSPDIWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes a plan as an MSPDI document.
    ///
    /// - Parameter plan: The plan to write; it should be valid (links to unknown tasks are
    ///   left out).
    /// - Returns: The UTF-8 document.
    /// - Throws: ``PlanWriteError`` when a value holds a character XML cannot represent, or
    ///   when a task's dates (a start and a `durationDays` reaching past 9999-12-31, say) or
    ///   a lag cannot be written: MSPDI needs both dates of every task, in the years 0001–9999.
    public func write(_ plan: Plan) throws(PlanWriteError) -> [UInt8] {
        let schedule = MSPDISchedule(plan: plan)
        try schedule.checkWritable()
        let baseline = Self.baselineRows(of: plan)
        return try XMLOutput.document { out throws(PlanWriteError) in
            try MSPDIEncoding(plan: plan, schedule: schedule, out: out, baseline: baseline).writeProject()
        }
    }

    /// The rows of the plan's latest baseline (the plan as it stood then, laid out the same
    /// way), by task id: only tasks dated then (not estimated). Empty when the plan has no
    /// baseline or the plan then cannot be written.
    static func baselineRows(of plan: Plan) -> [TaskID: MSPDISchedule.Row] {
        guard let baseline = plan.latestBaseline else { return [:] }
        let then = MSPDISchedule(plan: plan.asItStood(at: baseline.at).plan)
        do throws(PlanWriteError) { try then.checkWritable() } catch { return [:] }
        return then.rowsByTask.filter { !$0.value.estimated }
    }
}

/// One run of the MSPDI writer over one plan.
private struct MSPDIEncoding {
    let plan: Plan
    let schedule: MSPDISchedule
    let out: XMLOutput
    /// The latest baseline's rows by task id (MS Project's baseline 0).
    let baseline: [TaskID: MSPDISchedule.Row]

    private func value(_ name: String, _ value: some CustomStringConvertible) throws(PlanWriteError) {
        try out.element(name, text: value.description)
    }

    private func flag(_ name: String, _ on: Bool) throws(PlanWriteError) {
        try out.element(name, text: on ? "1" : "0")
    }

    private func dateTime(_ name: String, _ date: CalendarDate, end: Bool) throws(PlanWriteError) {
        try out.element(name, text: MSPDIFormat.dateTime(date, minutes: end ? MSPDIFormat.dayEndMinutes : MSPDIFormat.dayStartMinutes))
    }

    /// Whether the plan is a partner view, whose file carries the ids its merge needs.
    var isView: Bool { plan.view != .full }

    func writeProject() throws(PlanWriteError) {
        try out.start("Project")
        try out.attribute("xmlns", MSPDIFormat.namespace)
        try value("SaveVersion", 14)
        try out.element("Name", text: plan.title)
        try out.element("Title", text: plan.title)
        var marking = plan.classification.rawValue
        if let isa = plan.governance.informationSharingAgreement {
            marking += " – information sharing agreement \(isa)"
        }
        try out.element("Subject", text: marking)
        if case .partner(let agency, let source) = plan.view {
            try out.element("Category", text: MSPDIFormat.viewKey(plan: plan.id, agency: agency, sourceRevision: source))
        }
        try out.element("Company", text: plan.agency(plan.governance.leadAgency)?.name)
        try out.element("Manager", text: plan.governance.leadResponsibleOfficer)
        try value("Revision", plan.revision)
        try flag("ScheduleFromStart", true)
        try dateTime("StartDate", schedule.start, end: false)
        try dateTime("FinishDate", schedule.due, end: true)
        try value("FYStartDate", 1)
        try value("CriticalSlackLimit", 0)
        try value("CurrencyDigits", 2)
        try out.element("CurrencySymbol", text: "£")
        try out.element("CurrencyCode", text: "GBP")
        try value("CurrencySymbolPosition", 0)
        try value("CalendarUID", 1)
        try out.element("DefaultStartTime", text: MSPDIFormat.time(minutes: MSPDIFormat.dayStartMinutes))
        try out.element("DefaultFinishTime", text: MSPDIFormat.time(minutes: MSPDIFormat.dayEndMinutes))
        try value("MinutesPerDay", MSPDIFormat.minutesPerDay)
        try value("MinutesPerWeek", MSPDIFormat.minutesPerDay * 7)
        try value("DaysPerMonth", MSPDIFormat.daysPerMonth)
        try value("DefaultTaskType", 1)
        try value("DefaultFixedCostAccrual", 3)
        try value("DurationFormat", MSPDIFormat.daysFormat)
        try value("WorkFormat", 2)
        try flag("EditableActualCosts", false)
        try flag("HonorConstraints", false)
        try value("EarnedValueMethod", 0)
        try flag("InsertedProjectsLikeSummary", true)
        try flag("MultipleCriticalPaths", false)
        try flag("NewTasksEffortDriven", false)
        try flag("NewTasksEstimated", false)
        try flag("SplitsInProgressTasks", false)
        try flag("SpreadActualCost", false)
        try flag("SpreadPercentComplete", false)
        try flag("TaskUpdatesResource", true)
        try flag("FiscalYearStart", false)
        try value("WeekStartDay", 1)
        try flag("MoveCompletedEndsBack", false)
        try flag("MoveRemainingStartsBack", false)
        try flag("MoveRemainingStartsForward", false)
        try flag("MoveCompletedEndsForward", false)
        try value("BaselineForEarnedValue", 0)
        try flag("AutoAddNewResourcesAndTasks", true)
        try flag("MicrosoftProjectServerURL", true)
        try flag("Autolink", false)
        try value("NewTaskStartDate", 0)
        try value("DefaultTaskEVMethod", 0)
        try flag("ProjectExternallyEdited", false)
        try flag("ActualsInSync", false)
        try flag("RemoveFileProperties", false)
        try flag("AdminProject", false)
        if isView {
            try out.start("ExtendedAttributes")
            try out.start("ExtendedAttribute")
            try value("FieldID", MSPDIFormat.taskIDField)
            try out.element("FieldName", text: "Text1")
            try out.element("Alias", text: "chb task id")
            try out.end()
            try out.end()
        }
        try writeCalendar()
        try writeTasks()
        try writeResources()
        try writeAssignments()
        try out.end()
    }

    /// The one calendar: every day a working day, 08:00–12:00 and 13:00–17:00.
    func writeCalendar() throws(PlanWriteError) {
        try out.start("Calendars")
        try out.start("Calendar")
        try value("UID", 1)
        try out.element("Name", text: "chb 7-day")
        try flag("IsBaseCalendar", true)
        try flag("IsBaselineCalendar", false)
        try value("BaseCalendarUID", -1)
        try out.start("WeekDays")
        for day in 1...7 {
            try out.start("WeekDay")
            try value("DayType", day)
            try flag("DayWorking", true)
            try out.start("WorkingTimes")
            for (from, to) in MSPDIFormat.workingTimes {
                try out.start("WorkingTime")
                try out.element("FromTime", text: MSPDIFormat.time(minutes: from))
                try out.element("ToTime", text: MSPDIFormat.time(minutes: to))
                try out.end()
            }
            try out.end()
            try out.end()
        }
        try out.end()
        try out.end()
        try out.end()
    }

    func writeTasks() throws(PlanWriteError) {
        try out.start("Tasks")
        let allRows = schedule.stages.flatMap(\.rows)
        try writeSummary(uid: 0, rowID: 0, name: plan.title, outlineNumber: "0", level: 0,
            start: schedule.start, due: schedule.due, rows: allRows)
        for stage in schedule.stages {
            try writeSummary(uid: stage.uid, rowID: stage.rowID, name: stage.stage.kind.title,
                outlineNumber: stage.outlineNumber, level: 1, start: stage.start, due: stage.due, rows: stage.rows)
            for row in stage.rows { try writeTask(row) }
        }
        try out.end()
    }

    /// The project summary (level 0) or a stage (level 1), rolled up from its tasks.
    func writeSummary(
        uid: Int, rowID: Int, name: String, outlineNumber: String, level: Int,
        start: CalendarDate, due: CalendarDate, rows: [MSPDISchedule.Row]
    ) throws(PlanWriteError) {
        // Duration-weighted, as MS Project rolls up % complete; cancelled tasks do not count.
        let counted = rows.filter { $0.task.status != .cancelled }
        let weight = counted.reduce(0) { $0 + max($1.durationMinutes, 1) }
        let done = counted.reduce(0) { $0 + max($1.durationMinutes, 1) * $1.percentComplete }
        try out.start("Task")
        try value("UID", uid)
        try value("ID", rowID)
        try out.element("Name", text: name)
        try flag("Active", true)
        try flag("Manual", false)
        try value("Type", 1)
        try flag("IsNull", false)
        try out.element("WBS", text: outlineNumber)
        try out.element("OutlineNumber", text: outlineNumber)
        try value("OutlineLevel", level)
        try value("Priority", MSPDIFormat.Priority.medium)
        try dateTime("Start", start, end: false)
        try dateTime("Finish", due, end: true)
        try out.element("Duration", text: MSPDIFormat.duration(minutes: (start.days(to: due) + 1) * MSPDIFormat.minutesPerDay))
        try value("DurationFormat", MSPDIFormat.daysFormat)
        try flag("EffortDriven", false)
        try flag("Estimated", false)
        try flag("Milestone", false)
        try flag("Summary", true)
        try value("PercentComplete", weight > 0 ? done / weight : 0)
        try value("ConstraintType", MSPDIFormat.ConstraintType.asSoonAsPossible.rawValue)
        try out.end()
    }

    func writeTask(_ row: MSPDISchedule.Row) throws(PlanWriteError) {
        let task = row.task
        let minutes = row.durationMinutes
        let percent = row.percentComplete
        try out.start("Task")
        try value("UID", row.uid)
        try value("ID", row.rowID)
        try out.element("Name", text: task.title)
        try flag("Active", task.status != .cancelled)
        try flag("Manual", false)
        try value("Type", 1)
        try flag("IsNull", false)
        try out.element("WBS", text: row.outlineNumber)
        try out.element("OutlineNumber", text: row.outlineNumber)
        try value("OutlineLevel", 2)
        try value("Priority", Self.priority(task.priority))
        try dateTime("Start", row.start, end: false)
        try dateTime("Finish", row.due, end: !row.milestone)
        try out.element("Duration", text: MSPDIFormat.duration(minutes: minutes))
        try value("DurationFormat", MSPDIFormat.daysFormat)
        try flag("EffortDriven", false)
        try flag("Estimated", row.estimated)
        try flag("Milestone", row.milestone)
        try flag("Summary", false)
        try value("PercentComplete", percent)
        if percent > 0 {
            try dateTime("ActualStart", row.start, end: false)
            try out.element("ActualDuration", text: MSPDIFormat.duration(minutes: minutes * percent / 100))
        }
        if task.status == .done {
            try dateTime("ActualFinish", max(task.completedOn ?? row.due, row.start), end: !row.milestone)
        }
        if percent > 0 {
            try out.element("RemainingDuration", text: MSPDIFormat.duration(minutes: minutes - minutes * percent / 100))
        }
        if row.estimated {
            try value("ConstraintType", MSPDIFormat.ConstraintType.asSoonAsPossible.rawValue)
        } else {
            try value("ConstraintType", MSPDIFormat.ConstraintType.startNoEarlierThan.rawValue)
            try dateTime("ConstraintDate", row.start, end: false)
        }
        try out.element("Notes", text: task.description)
        for dependency in task.dependencies {
            guard let predecessor = schedule.rowsByTask[dependency.task] else { continue }
            let type: MSPDIFormat.LinkType = switch dependency.type {
            case .finishToStart: .finishToStart
            case .startToStart: .startToStart
            case .finishToFinish: .finishToFinish
            }
            try out.start("PredecessorLink")
            try value("PredecessorUID", predecessor.uid)
            try value("Type", type.rawValue)
            try flag("CrossProject", false)
            try value("LinkLag", dependency.lagDays * MSPDIFormat.minutesPerDay * 10)
            try value("LagFormat", MSPDIFormat.daysFormat)
            try out.end()
        }
        if isView {
            try out.start("ExtendedAttribute")
            try value("FieldID", MSPDIFormat.taskIDField)
            try out.element("Value", text: task.id.rawValue)
            try out.end()
        }
        if let then = baseline[task.id] {
            try out.start("Baseline")
            try value("Number", 0)
            try dateTime("Start", then.start, end: false)
            try dateTime("Finish", then.due, end: !then.milestone)
            try out.element("Duration", text: MSPDIFormat.duration(minutes: then.durationMinutes))
            try value("DurationFormat", MSPDIFormat.daysFormat)
            try out.end()
        }
        try out.end()
    }

    static func priority(_ priority: PlanTask.Priority) -> Int {
        switch priority {
        case .high: MSPDIFormat.Priority.high
        case .medium: MSPDIFormat.Priority.medium
        case .low: MSPDIFormat.Priority.low
        }
    }

    func writeResources() throws(PlanWriteError) {
        try out.start("Resources")
        for (i, agency) in plan.agencies.enumerated() {
            try out.start("Resource")
            try value("UID", i + 1)
            try value("ID", i + 1)
            try out.element("Name", text: agency.name)
            try value("Type", MSPDIFormat.ResourceType.work.rawValue)
            try flag("IsNull", false)
            try out.element("Initials", text: agency.id.rawValue)
            try out.element("Group", text: agency.kind.rawValue)
            try value("MaxUnits", 1)
            try out.end()
        }
        try out.end()
    }

    func writeAssignments() throws(PlanWriteError) {
        var resourceUIDs: [AgencyID: Int] = [:]
        for (i, agency) in plan.agencies.enumerated() where resourceUIDs[agency.id] == nil {
            resourceUIDs[agency.id] = i + 1
        }
        try out.start("Assignments")
        var uid = 1
        for row in schedule.stages.flatMap(\.rows) {
            var seen = Set<AgencyID>()
            for agency in [row.task.lead] + row.task.supports where seen.insert(agency).inserted {
                guard let resource = resourceUIDs[agency] else { continue }
                try out.start("Assignment")
                try value("UID", uid)
                try value("TaskUID", row.uid)
                try value("ResourceUID", resource)
                try value("Units", 1)
                try out.end()
                uid += 1
            }
        }
        try out.end()
    }
}
