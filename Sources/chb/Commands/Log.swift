import ArgumentParser
import PlanCore
import PlanReports
import PlanXML

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a plan's history, oldest first.",
        discussion: "Every change chb makes appends one event; the history is never rewritten.")

    @Argument(help: "The plan file (- for standard input).") var file: FileArgument
    @Option(help: "Only events about this id (a task, criterion, measure, stage kind or the plan's id).") var subject: String?
    @Option(help: "Only events on or after this day, YYYY-MM-DD (UTC).") var since: CalendarDate?
    @Option(help: "text or json.") var format: ListingFormat = .text

    func run() throws {
        let plan = try PlanSession.load(file).plan
        Terminal.write(Array(HistoryLog(plan: plan, subject: subject, since: since).rendered(as: format).utf8))
    }
}
