public import ArgumentParser
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
            trends; risks by score; recent history. Text is coloured only on standard output: \
            with --color auto (the default) when it is a terminal and NO_COLOR is unset or empty.
            """)

    @Argument(help: "The plan file (- for standard input).")
    var file: FileArgument

    @Option(help: ArgumentHelp("The date the status is for (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(help: "Report on this stage only.")
    var stage: StageKind?

    @Option(help: ArgumentHelp("Show only the tasks this agency leads or supports.", valueName: "ID"))
    var agency: String?

    @Option(help: "The output format.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for stdout) instead of stdout.")
    var output: FileArgument?

    @OptionGroup var colour: ColourOption

    func run() throws {
        try PlanSession.refuseOutput(output, overwriting: [file])
        let plan = try PlanSession.load(file).plan
        let report: StatusReport
        do throws(StatusReportError) {
            report = try StatusReport(plan: plan, asOf: asOf ?? Clock.today, stage: stage, agency: agency.map { AgencyID($0) })
        } catch {
            // A name that is not found is listed with those that exist.
            let known = error.code == .unknownAgency
                ? "; its agencies: " + plan.agencies.map(\.id.rawValue).joined(separator: ", ") : ""
            throw Failure(file.displayName, error.message + known)
        }
        let toTerminal = output == nil || output?.isStandardStream == true
        let coloured = format == .text && (toTerminal || colour.choice == .always) && colour.colourStandardOutput
        let text = report.rendered(as: format, colour: coloured)
        try PlanSession.write(Array(text.utf8), to: output, protecting: [file])
    }
}
