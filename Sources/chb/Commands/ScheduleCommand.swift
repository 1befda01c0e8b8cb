import ArgumentParser
import PlanCore
import PlanReports
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

    @Argument(help: "The plan file (- for standard input).") var file: FileArgument
    @Option(help: "Forecast from this day, YYYY-MM-DD.") var asOf: CalendarDate?
    @Option(help: "text (a table) or json.") var format: ListingFormat = .text

    func run() throws {
        let plan = try PlanSession.load(file).plan
        let report: ScheduleReport
        do {
            report = try ScheduleReport(plan: plan, asOf: asOf)
        } catch {
            throw Failure(file.displayName, error.description)
        }
        Terminal.write(Array(report.rendered(as: format).utf8))
        if format == .json {
            for task in report.unscheduled { Terminal.error("\(file.displayName): warning: unscheduled \(task.id): \(task.reason)") }
        }
    }
}
