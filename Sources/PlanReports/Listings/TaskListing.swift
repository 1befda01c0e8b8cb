public import PlanCore

/// The tasks of a plan as `chb task list` shows them: each task's stage, status, lead and
/// supporting agencies, its own dates and the dates PlanCore's scheduler gives it, and its
/// progress, optionally only those of one stage, one agency (leading or supporting) or one
/// status. ``TaskDetail`` is one task in full (`chb task show`).
///
/// Rendered as text, CSV or JSON (see ``rendered(as:)``). Like the other listings it reads no
/// clock.
public struct TaskListing: Hashable, Sendable {
    /// The formats of a task listing.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// An aligned plain-text table, then a count.
        case text
        /// A header record then one record per task, CR LF line ends.
        case csv
        /// JSON on one line, keys in a fixed order.
        case json
    }

    /// One task with its stage and its scheduled dates.
    public struct Row: Hashable, Sendable {
        /// The task as the plan has it.
        public var task: PlanTask
        /// The stage the task belongs to.
        public var stage: StageKind
        /// The task's early start and finish from the schedule, when it could be dated.
        public var scheduled: ScheduledTask?

        /// Creates a row.
        public init(task: PlanTask, stage: StageKind, scheduled: ScheduledTask?) {
            self.task = task
            self.stage = stage
            self.scheduled = scheduled
        }
    }

    /// The plan's id.
    public var planID: PlanID
    /// The plan's revision.
    public var revision: Int
    /// The tasks shown, in document order (stage by stage).
    public var rows: [Row]
    /// How many tasks the plan has in all.
    public var totalTasks: Int

    /// The tasks of a plan, filtered.
    /// - Parameters:
    ///   - plan: The plan.
    ///   - stage: Only the tasks of this stage.
    ///   - agency: Only the tasks this agency leads or supports.
    ///   - status: Only the tasks with this status.
    public init(plan: Plan, stage: StageKind? = nil, agency: AgencyID? = nil, status: PlanTask.Status? = nil) {
        planID = plan.id
        revision = plan.revision
        // A plan that loaded has no cycle; if one slipped through, the tasks are listed undated.
        let schedule = try? plan.schedule()
        var rows: [Row] = []
        var total = 0
        for section in plan.stages {
            for task in section.tasks {
                total += 1
                guard stage.map({ $0 == section.kind }) ?? true,
                      agency.map({ task.lead == $0 || task.supports.contains($0) }) ?? true,
                      status.map({ task.status == $0 }) ?? true else { continue }
                rows.append(Row(task: task, stage: section.kind, scheduled: schedule?[task.id]))
            }
        }
        self.rows = rows
        totalTasks = total
    }

    /// The listing in a format.
    ///
    /// - ``Format/text``: a table (task, stage, status, lead, supports, start, due, scheduled
    ///   `start–finish`, progress, title), then `3 of 20 tasks; revision 12`.
    /// - ``Format/csv``: `id,stage,status,lead,supports,start,due,durationDays,scheduledStart,scheduledFinish,progress,title`,
    ///   supporting agencies separated by spaces, absent values empty.
    /// - ``Format/json``: one line,
    ///   `{"plan","revision","tasks":[{"id","stage","status","lead","supports","start","due","durationDays","scheduledStart","scheduledFinish","progress","title"}]}`,
    ///   absent values `null`.
    /// - Returns: The whole text, ending with a newline (CSV: CR LF).
    public func rendered(as format: Format) -> String {
        switch format {
        case .text: TaskListingRenderer(listing: self).text()
        case .csv: TaskListingRenderer(listing: self).csv()
        case .json: TaskListingRenderer(listing: self).json()
        }
    }
}

/// One task in full, as `chb task show` shows it: everything ``TaskListing`` lists, and its
/// blocked reason, completion, owner, description, dependencies (with each predecessor's
/// title when the plan has it) and notes.
public struct TaskDetail: Hashable, Sendable {
    /// The formats of a task's details.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// Labelled lines.
        case text
        /// JSON on one line, keys in a fixed order.
        case json
    }

    /// The task, its stage and its scheduled dates.
    public var row: TaskListing.Row
    /// The titles of the tasks it depends on, by id (absent when the plan lacks one).
    public var predecessorTitles: [TaskID: String]
    /// Whether the task is on the critical path.
    public var critical: Bool

    /// The details of the task `id`, or `nil` when the plan has no such task.
    public init?(plan: Plan, task id: TaskID) {
        guard let position = plan.position(of: id) else { return nil }
        let stage = plan.stages[position.stageIndex]
        let task = stage.tasks[position.taskIndex]
        let schedule = try? plan.schedule()
        row = TaskListing.Row(task: task, stage: stage.kind, scheduled: schedule?[id])
        critical = schedule?[id]?.critical ?? false
        var titles: [TaskID: String] = [:]
        for dependency in task.dependencies {
            if let title = plan.task(dependency.task)?.title { titles[dependency.task] = title }
        }
        predecessorTitles = titles
    }

    /// The details in a format.
    ///
    /// - ``Format/text``: the id and title, then one labelled line each for the stage, status
    ///   (with since when and why when blocked), lead, supports, dates, scheduled dates,
    ///   progress, owner, dependencies and notes; lines with nothing to say are left out.
    /// - ``Format/json``: one line,
    ///   `{"id","title","stage","status","lead","supports","priority","strand","owner","start","due","durationDays","scheduledStart","scheduledFinish","slackDays","critical","progress","completedOn","blockedSince","blockedReason","description","dependsOn":[{"task","type","lagDays"}],"notes":[{"at","agency","text"}]}`.
    /// - Returns: The whole text, ending with a newline.
    public func rendered(as format: Format) -> String {
        switch format {
        case .text: TaskListingRenderer.detailText(self)
        case .json: TaskListingRenderer.detailJSON(self)
        }
    }
}
