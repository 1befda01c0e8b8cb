import PlanCore

/// The tables a status report writes as CSV.
public enum CSVTable: String, CaseIterable, Hashable, Sendable {
    /// One row per task in scope (what ``ReportFormat/csv`` writes).
    case tasks
    /// One row per change since the last board: each stage's direction of travel, every item
    /// of every list (none capped) and each caveat.
    case changes
    /// Against the baseline: a row per stage, then per task added, removed or re-dated.
    case baseline
}

extension StatusReport {
    /// One CSV table of the report, RFC 4180 as ``ReportFormat/csv``: every record, the last
    /// included, ends with CR LF.
    ///
    /// ``CSVTable/tasks`` is exactly `rendered(as: .csv)`; ``CSVTable/changes`` is "since the
    /// last board" (``changes``) a row per change, a header row only when the report was
    /// assembled without it.
    public func csv(_ table: CSVTable) -> String {
        switch table {
        case .tasks: CSVReportRenderer(report: self).render()
        case .changes: ChangesCSVRenderer(report: self).render()
        case .baseline: BaselineSection.csv(self)
        }
    }
}

/// Renders "since the last board" as CSV: a header row, then one row per change.
///
/// Rows come in the order every format shows the section: a `stageRag` row for each stage in
/// scope, then the items of each list (done, newly overdue, newly blocked, unblocked, exit
/// criteria met, measures observed, decisions and overrides) in their order, then a `note`
/// row for each caveat. Nothing is capped. Each row carries the window (`since`, `basis`,
/// `asOf`) and its own marking, as the task table does.
struct ChangesCSVRenderer {
    let report: StatusReport

    /// The columns, in order.
    static let columns = ["date", "change", "stage", "id", "text", "detail", "field", "from", "to", "since", "basis", "asOf", "classification"]

    /// The `change` value of each list of ``StatusReport/Changes/lists``, by its kind; a list
    /// not named here is written under its own kind, so no list is ever left out.
    static let changeNames = [
        "started": "started", "done": "done", "redated": "redated", "progress": "progress", "notes": "taskNote", "merged": "merged", "newlyOverdue": "newlyOverdue", "newlyBlocked": "newlyBlocked", "unblocked": "unblocked",
        "criteriaMet": "criterionMet", "observations": "measureObserved", "decisions": "decision",
    ]

    /// The lists whose items are tasks, and so carry the task's marking.
    static let taskLists: Set = ["started", "redated", "progress", "notes", "done", "newlyOverdue", "newlyBlocked", "unblocked"]

    func render() -> String { CSVReportRenderer.document([Self.columns] + records()) }

    /// The rows without the header.
    func records() -> [[String]] {
        var records: [[String]] = []
        guard let c = report.changes else { return records }
        let plan = report.header.classification
        func row(_ date: CalendarDate?, _ change: String, _ stage: StageKind?, _ id: String, _ text: String,
                 _ detail: String?, _ classification: Classification, _ recorded: HistoryChange? = nil) -> [String] {
            [date?.description ?? "", change, stage?.rawValue ?? "", id, text, detail ?? "",
             recorded?.field ?? "", recorded?.from ?? "", recorded?.to ?? "",
             c.since.description, c.basis, report.asOf.description, classification.rawValue]
        }
        for travel in c.stages {
            records.append(row(nil, "stageRag", travel.kind, "", travel.kind.title, Wording.move(travel), plan))
        }
        let taskMarkings = taskMarkings(c)
        for list in c.lists {
            for item in list.items {
                records.append(row(item.date, Self.change(item, in: list.kind), item.stage, item.id, item.text, item.detail,
                                   marking(of: item, in: list.kind, taskMarkings: taskMarkings) ?? plan, item.change))
            }
        }
        for caveat in c.caveats { records.append(row(nil, "note", nil, "", caveat, nil, plan)) }
        return records
    }

    /// `decision` or `override` for the decisions list (by the history event each item comes
    /// from); other lists by ``changeNames``.
    static func change(_ item: StatusReport.Item, in list: String) -> String {
        if list == "decisions", item.event == .override { return "override" }
        return changeNames[list] ?? list
    }

    /// The marking of a task's or a measure's row: its own or the plan's, as in the task table
    /// and the measures of the report; `nil` for the rest, which carry the plan's. Task
    /// markings come from `taskMarkings`, made once: thousands of newly overdue tasks must not
    /// each search every task.
    func marking(of item: StatusReport.Item, in list: String, taskMarkings: [TaskID: Classification]) -> Classification? {
        if Self.taskLists.contains(list) { return taskMarkings[TaskID(item.id)] }
        if list == "observations" { return report.measures.first { $0.id.rawValue == item.id }?.classification }
        return nil
    }

    /// Each task's marking by id (the first of a repeated id), when some list names a task.
    func taskMarkings(_ changes: StatusReport.Changes) -> [TaskID: Classification] {
        guard changes.lists.contains(where: { Self.taskLists.contains($0.kind) && !$0.items.isEmpty }) else { return [:] }
        var markings: [TaskID: Classification] = [:]
        markings.reserveCapacity(report.tasks.count)
        for task in report.tasks where markings[task.id] == nil { markings[task.id] = task.classification }
        return markings
    }
}
