import PlanCore

/// Renders a ``ScheduleReport`` as the text table or the one-line JSON `chb schedule` prints.
struct ScheduleReportRenderer {
    let report: ScheduleReport

    func text() -> String {
        var table = ColumnTable(["Task", "Stage", "Status", "Early start", "Early finish", "Late start", "Late finish", "Slack", "Critical"],
            right: [7])
        for row in report.rows {
            let t = row.task
            table.add([.init(t.id.rawValue), .init(row.stage.rawValue), .init(row.status.rawValue), .init(t.earlyStart.description),
                       .init(t.earlyFinish.description), .init(t.lateStart.description), .init(t.lateFinish.description),
                       .init(String(t.slackDays)), .init(t.critical ? "*" : "")])
        }
        var lines = table.lines()
        lines.append("")
        if let start = report.start, let finish = report.finish {
            lines.append("plan runs \(start) to \(finish)" + (report.asOf.map { " (forecast as of \($0)" + (report.asItStood ? ", from the plan as it stood then, rebuilt from its history" : "") + ")" } ?? ""))
        }
        lines.append("critical path: " + (report.criticalPath.isEmpty ? "none" : report.criticalPath.map(\.rawValue).joined(separator: " → ")))
        if !report.unscheduled.isEmpty {
            lines.append("unscheduled:")
            lines += report.unscheduled.map { "  \($0.id): \($0.reason)" }
        }
        return TerminalText.finish(lines)
    }

    func json() -> String {
        let tasks = report.rows.map { row -> JSONValue in
            let t = row.task
            return .object([
                ("id", .string(t.id.rawValue)),
                ("earlyStart", .string(t.earlyStart.description)),
                ("earlyFinish", .string(t.earlyFinish.description)),
                ("lateStart", .string(t.lateStart.description)),
                ("lateFinish", .string(t.lateFinish.description)),
                ("slackDays", .int(t.slackDays)),
                ("critical", .bool(t.critical)),
            ])
        }
        let document = JSONValue.object([
            ("tasks", .array(tasks)),
            ("criticalPath", .array(report.criticalPath.map { .string($0.rawValue) })),
        ])
        return document.text(.compact) + "\n"
    }
}
