import ArgumentParser
import PlanCore
import PlanReports
import PlanXML

extension TaskCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a plan's tasks: stage, status, lead, supports, dates, scheduled dates, progress, title.",
            discussion: "Scheduled dates are the early start and finish 'chb schedule' gives, so a task dated only by its dependencies shows when it falls. Filters combine; --agency matches a task the agency leads or supports.")

        @Argument(help: "The plan file (- for standard input).") var file: FileArgument
        @Option(help: "Only the tasks of this stage: clear, hold or build.") var stage: StageKind?
        @Option(help: "Only the tasks this agency leads or supports.") var agency: String?
        @Option(help: "Only the tasks with this status: planned, inProgress, blocked, done or cancelled.") var status: PlanTask.Status?
        @Option(help: "text, csv or json.") var format: TaskListing.Format = .text

        func run() throws {
            let plan = try PlanSession.load(file).plan
            if let agency, !plan.agencies.contains(where: { $0.id.rawValue == agency }) {
                throw Failure(file.displayName, IDSuggestion.unknown("agency", agency, among: plan.agencies.map(\.id.rawValue)))
            }
            let listing = TaskListing(plan: plan, stage: stage, agency: agency.map { AgencyID($0) }, status: status)
            Terminal.write(Array(listing.rendered(as: format).utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one task in full: title, lead, supports, status, dates and scheduled dates, progress, blocked reason, dependencies, notes.")

        @Argument(help: "The plan file (- for standard input).") var file: FileArgument
        @Argument(help: "The task's id.") var id: String
        @Option(help: "text or json.") var format: TaskDetail.Format = .text

        func run() throws {
            let plan = try PlanSession.load(file).plan
            guard let detail = TaskDetail(plan: plan, task: TaskID(id)) else {
                throw Failure(file.displayName, IDSuggestion.unknown("task", id, among: plan.taskIDs, in: plan))
            }
            Terminal.write(Array(detail.rendered(as: format).utf8))
        }
    }
}
