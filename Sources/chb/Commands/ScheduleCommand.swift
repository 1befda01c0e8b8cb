import ArgumentParser
import PlanCore
import PlanXML

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule a plan's tasks: early and late dates, slack and the critical path.",
        discussion: """
            Forward and backward pass over finishToStart, startToStart and finishToFinish links \
            with lag, in calendar days. Cancelled tasks are left out; tasks that cannot be dated \
            are listed (on stderr with --format json). With --as-of the schedule is a forecast: \
            planned tasks start no earlier than that day, tasks in progress or blocked finish no \
            earlier than it.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The plan file.") var file: String
    @Option(help: "Forecast from this day, YYYY-MM-DD.") var asOf: CalendarDate?
    @Option(help: "text (a table) or json.") var format: Format = .text

    func run() throws {
        let plan = try PlanSession.load(file).plan
        let schedule: Schedule
        do {
            schedule = try plan.schedule(asOf: asOf)
        } catch {
            Terminal.error("\(file): error: \(error.description)")
            throw ExitCode.failure
        }
        let unscheduled = schedule.unscheduled.map { "\($0): \(schedule.unscheduledReasons[$0] ?? "cannot be dated")" }
        switch format {
        case .json:
            let tasks = schedule.tasks.map { t in
                JSONText.object([
                    ("id", JSONText.string(t.id.rawValue)),
                    ("earlyStart", JSONText.string(t.earlyStart.description)),
                    ("earlyFinish", JSONText.string(t.earlyFinish.description)),
                    ("lateStart", JSONText.string(t.lateStart.description)),
                    ("lateFinish", JSONText.string(t.lateFinish.description)),
                    ("slackDays", String(t.slackDays)),
                    ("critical", t.critical ? "true" : "false"),
                ])
            }
            Terminal.line(JSONText.object([("tasks", JSONText.array(tasks)),
                                   ("criticalPath", JSONText.array(schedule.criticalPath.map { JSONText.string($0.rawValue) }))]))
            for line in unscheduled { Terminal.error("\(file): warning: unscheduled \(line)") }
        case .text:
            var stageOf: [TaskID: (StageKind, PlanTask.Status)] = [:]
            for phase in plan.phases { for task in phase.tasks { stageOf[task.id] = (phase.kind, task.status) } }
            var columns = Columns(rightAligned: [7])
            columns.add(["Task", "Stage", "Status", "Early start", "Early finish", "Late start", "Late finish", "Slack", "Critical"])
            for t in schedule.tasks {
                let (stage, status) = stageOf[t.id] ?? (.clear, .planned)
                columns.add([t.id.rawValue, stage.rawValue, status.rawValue, t.earlyStart.description, t.earlyFinish.description,
                             t.lateStart.description, t.lateFinish.description, String(t.slackDays), t.critical ? "*" : ""])
            }
            columns.lines.forEach { Terminal.line($0) }
            Terminal.line("")
            if let start = schedule.start, let finish = schedule.finish {
                Terminal.line("plan runs \(start) to \(finish)" + (asOf.map { " (forecast as of \($0))" } ?? ""))
            }
            Terminal.line("critical path: " + (schedule.criticalPath.isEmpty ? "none" : schedule.criticalPath.map(\.rawValue).joined(separator: " → ")))
            if !unscheduled.isEmpty {
                Terminal.line("unscheduled:")
                unscheduled.forEach { Terminal.line("  \($0)") }
            }
        }
    }
}
