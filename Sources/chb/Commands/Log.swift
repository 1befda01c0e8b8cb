import ArgumentParser
import PlanCore
import PlanReports
import PlanXML

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a plan's history, oldest first.",
        discussion: "Every change chb makes appends one event; the history is never rewritten.")

    @Argument(help: "The plan file (- for standard input).") var file: FileArgument
    @Option(help: "Only events about this id (a task, criterion, measure, risk, agency, stage kind or the plan's id, or an id only the history names); an id neither the plan nor its history has is an error.") var subject: String?
    @Option(help: "Only events on or after this day, YYYY-MM-DD (UTC).") var since: CalendarDate?
    @Option(help: "text or json.") var format: ListingFormat = .text

    func run() throws {
        let plan = try PlanSession.load(file).plan
        if let subject {
            // A subject that is no id of the plan and no event's is a typo, not an empty history.
            let known = Self.subjects(of: plan)
            if !known.contains(subject) {
                var message = "no task, stage, criterion, measure, risk or agency '\(subject)' in the plan, and no event is about it"
                if let near = CommandSuggestion.nearest(to: subject, among: known.sorted()) { message += "; did you mean '\(near)'?" }
                throw Failure(file.displayName, message)
            }
        }
        Terminal.write(Array(HistoryLog(plan: plan, subject: subject, since: since).rendered(as: format).utf8))
    }

    /// Every id `--subject` may name: the plan's, its stages', tasks', criteria's, measures',
    /// risks' and agencies', and every event's subject (history names what was since removed).
    static func subjects(of plan: Plan) -> Set<String> {
        var ids: Set<String> = [plan.id.rawValue]
        ids.formUnion(StageKind.allCases.map(\.rawValue))
        for stage in plan.stages {
            ids.formUnion(stage.tasks.map(\.id.rawValue))
            ids.formUnion(stage.exitCriteria.map(\.id.rawValue))
        }
        ids.formUnion(plan.measures.map(\.id.rawValue))
        ids.formUnion(plan.risks.map(\.id.rawValue))
        ids.formUnion(plan.agencies.map(\.id.rawValue))
        ids.formUnion(plan.history.map(\.subject))
        return ids
    }
}
