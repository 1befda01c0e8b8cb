public import ArgumentParser
import Foundation
import PlanCore
public import PlanReports
import PlanXML

extension ReportFormat: ExpressibleByArgument {}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report a plan's stage status (RAG) for a partnership board.",
        discussion: """
            Overall and per-stage RAG with the reasons for it, dates, exit criteria and progress; \
            overdue, blocked, due-soon and critical-path tasks; agency workload; measures with \
            trends; risks by score; recent history. Text colour is used only when standard output \
            is a terminal and NO_COLOR is unset.
            """)

    @Argument(help: "The plan file.")
    var file: String

    @Option(help: ArgumentHelp("The date the status is for (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(help: "Report on this stage only.")
    var stage: StageKind?

    @Option(help: ArgumentHelp("Show only the tasks this agency leads or supports.", valueName: "ID"))
    var agency: String?

    @Option(help: "The output format.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        let plan = try PlanSession.load(file).plan
        let report: StatusReport
        do throws(StatusReportError) {
            report = try StatusReport(plan: plan, asOf: asOf ?? Clock.today, stage: stage, agency: agency.map { AgencyID($0) })
        } catch {
            Terminal.error("\(file): error: \(error.message)")
            throw ExitCode.failure
        }
        if let output {
            do {
                try PlanFile.writeAtomically(Array(report.rendered(as: format).utf8), to: output)
            } catch {
                Terminal.error("\(output): error: \(error.message)")
                throw ExitCode.failure
            }
        } else {
            let colour = format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            Terminal.write(Array(report.rendered(as: format, colour: colour).utf8))
        }
    }
}
