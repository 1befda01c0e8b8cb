import PlanCore

/// Renders a ``TaskListing`` (text table, CSV or one-line JSON) and a ``TaskDetail`` (labelled
/// lines or one-line JSON), as `chb task list` and `chb task show` print them.
struct TaskListingRenderer {
    let listing: TaskListing

    func text() -> String {
        var table = ColumnTable(["Task", "Stage", "Status", "Lead", "Supports", "Start", "Due", "Scheduled", "Progress", "Title"],
            right: [8])
        for row in listing.rows {
            let t = row.task
            table.add([.init(t.id.rawValue), .init(row.stage.rawValue), .init(t.status.rawValue), .init(t.lead.rawValue),
                       .init(t.supports.map(\.rawValue).joined(separator: ",")), .init(t.start?.description ?? ""),
                       .init(t.due?.description ?? ""), .init(Self.span(row.scheduled)),
                       .init(t.progress.map { "\($0)%" } ?? ""), .init(t.title)])
        }
        var lines = listing.rows.isEmpty ? [] : table.lines()
        lines.append("\(listing.rows.count) of \(listing.totalTasks) task\(listing.totalTasks == 1 ? "" : "s"); revision \(listing.revision)")
        return TerminalText.finish(lines)
    }

    func csv() -> String {
        var records = [["id", "stage", "status", "lead", "supports", "start", "due", "durationDays", "scheduledStart",
                        "scheduledFinish", "progress", "title"]]
        for row in listing.rows {
            let t = row.task
            records.append([t.id.rawValue, row.stage.rawValue, t.status.rawValue, t.lead.rawValue,
                            t.supports.map(\.rawValue).joined(separator: " "), t.start?.description ?? "", t.due?.description ?? "",
                            t.durationDays.map(String.init) ?? "", row.scheduled?.earlyStart.description ?? "",
                            row.scheduled?.earlyFinish.description ?? "", t.progress.map(String.init) ?? "", t.title])
        }
        return CSVReportRenderer.document(records)
    }

    func json() -> String {
        let tasks = listing.rows.map { row -> JSONValue in
            let t = row.task
            return .object([
                ("id", .string(t.id.rawValue)),
                ("stage", .string(row.stage.rawValue)),
                ("status", .string(t.status.rawValue)),
                ("lead", .string(t.lead.rawValue)),
                ("supports", .array(t.supports.map { .string($0.rawValue) })),
                ("start", .optional(t.start) { .string($0.description) }),
                ("due", .optional(t.due) { .string($0.description) }),
                ("durationDays", .optional(t.durationDays) { .int($0) }),
                ("scheduledStart", .optional(row.scheduled) { .string($0.earlyStart.description) }),
                ("scheduledFinish", .optional(row.scheduled) { .string($0.earlyFinish.description) }),
                ("progress", .optional(t.progress) { .int($0) }),
                ("title", .string(t.title)),
            ])
        }
        let document = JSONValue.object([
            ("plan", .string(listing.planID.rawValue)),
            ("revision", .int(listing.revision)),
            ("tasks", .array(tasks)),
        ])
        return document.text(.compact) + "\n"
    }

    /// `2026-01-05 – 2026-01-07` (one date for a one-day task), or empty when undated.
    static func span(_ scheduled: ScheduledTask?) -> String {
        guard let scheduled else { return "" }
        return scheduled.earlyStart == scheduled.earlyFinish
            ? scheduled.earlyStart.description : "\(scheduled.earlyStart) – \(scheduled.earlyFinish)"
    }

    /// A dependency in words: `t-a (finish to start)`, `t-b (start to start, +2 days)`.
    static func dependency(_ dependency: Dependency) -> String {
        let kind = switch dependency.type {
        case .finishToStart: "finish to start"
        case .startToStart: "start to start"
        case .finishToFinish: "finish to finish"
        }
        let lag = dependency.lagDays == 0 ? "" : ", \(dependency.lagDays > 0 ? "+" : "")\(dependency.lagDays) day\(abs(dependency.lagDays) == 1 ? "" : "s")"
        return "\(dependency.task) (\(kind)\(lag))"
    }

    static func detailText(_ detail: TaskDetail) -> String {
        let t = detail.row.task
        var lines = ["\(t.id): \(t.title)"]
        var table = ColumnTable()
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { table.add([.init(label + ":"), .init(value)]) }
        }
        add("stage", detail.row.stage.rawValue)
        var status = t.status.rawValue
        if t.status == .blocked {
            status += t.blockedSince.map { " since \($0)" } ?? ""
            status += t.blockedReason.map { ": \($0)" } ?? ""
        }
        if t.status == .done, let completed = t.completedOn { status += " on \(completed)" }
        add("status", status)
        add("lead", t.lead.rawValue)
        add("supports", t.supports.map(\.rawValue).joined(separator: ", "))
        add("owner", t.owner)
        add("priority", t.priority.rawValue)
        add("strand", t.strand?.rawValue)
        var dates: [String] = []
        if let start = t.start { dates.append("start \(start)") }
        if let due = t.due { dates.append("due \(due)") }
        if let days = t.durationDays { dates.append(days == 0 ? "milestone" : "\(days) day\(days == 1 ? "" : "s")") }
        add("dates", dates.isEmpty ? "none of its own" : dates.joined(separator: ", "))
        if let scheduled = detail.row.scheduled {
            add("scheduled", "\(span(scheduled)) (slack \(scheduled.slackDays) day\(scheduled.slackDays == 1 ? "" : "s")\(detail.critical ? ", critical" : ""))")
        } else {
            add("scheduled", "not dated by the schedule")
        }
        add("progress", t.progress.map { "\($0)%" })
        add("depends on", t.dependencies.map { d in
            dependency(d) + (detail.predecessorTitles[d.task].map { " \($0)" } ?? "")
        }.joined(separator: "; "))
        add("description", t.description)
        lines += table.lines()
        if !t.notes.isEmpty {
            lines.append("notes:")
            lines += t.notes.map { "  \($0.at)  \($0.agency)  \(ColumnTable.Cell($0.text).text)" }
        }
        return TerminalText.finish(lines)
    }

    static func detailJSON(_ detail: TaskDetail) -> String {
        let t = detail.row.task
        let s = detail.row.scheduled
        let document = JSONValue.object([
            ("id", .string(t.id.rawValue)),
            ("title", .string(t.title)),
            ("stage", .string(detail.row.stage.rawValue)),
            ("status", .string(t.status.rawValue)),
            ("lead", .string(t.lead.rawValue)),
            ("supports", .array(t.supports.map { .string($0.rawValue) })),
            ("priority", .string(t.priority.rawValue)),
            ("strand", .optional(t.strand) { .string($0.rawValue) }),
            ("owner", .optional(t.owner) { .string($0) }),
            ("start", .optional(t.start) { .string($0.description) }),
            ("due", .optional(t.due) { .string($0.description) }),
            ("durationDays", .optional(t.durationDays) { .int($0) }),
            ("scheduledStart", .optional(s) { .string($0.earlyStart.description) }),
            ("scheduledFinish", .optional(s) { .string($0.earlyFinish.description) }),
            ("slackDays", .optional(s) { .int($0.slackDays) }),
            ("critical", .bool(detail.critical)),
            ("progress", .optional(t.progress) { .int($0) }),
            ("completedOn", .optional(t.completedOn) { .string($0.description) }),
            ("blockedSince", .optional(t.blockedSince) { .string($0.description) }),
            ("blockedReason", .optional(t.blockedReason) { .string($0) }),
            ("description", .optional(t.description) { .string($0) }),
            ("dependsOn", .array(t.dependencies.map { d in
                .object([("task", .string(d.task.rawValue)), ("type", .string(d.type.rawValue)), ("lagDays", .int(d.lagDays))])
            })),
            ("notes", .array(t.notes.map { n in
                .object([("at", .string(n.at.description)), ("agency", .string(n.agency.rawValue)), ("text", .string(n.text))])
            })),
        ])
        return document.text(.compact) + "\n"
    }
}
