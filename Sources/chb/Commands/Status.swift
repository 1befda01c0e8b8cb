public import ArgumentParser
import Foundation
import PlanCore
public import PlanReports
import PlanXML

extension ReportFormat: ExpressibleByArgument {}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report a plan's stage status (RAG) for a partnership board, or a portfolio of plans.",
        discussion: """
            One plan: overall and per-stage RAG with the reasons for it, dates, exit criteria and \
            progress; overdue, blocked, due-soon and critical-path tasks; agency workload; measures \
            with trends; risks by score; recent history. Several plans, or a folder of them: one \
            portfolio report, an operation per line, worst first; a plan that cannot be read is \
            listed with why and the exit status is 1. Text colour is used only when standard \
            output is a terminal and NO_COLOR is unset.
            """)

    @Argument(help: "The plan file; or several plan files or folders of them for a portfolio.")
    var files: [String]

    @Option(help: ArgumentHelp("The date the status is for (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(help: ArgumentHelp(
        "The date of the last board, for \"since the last board\" (default: the last review in the board's cycle, or 28 days before --as-of).",
        valueName: "YYYY-MM-DD"))
    var since: CalendarDate?

    @Option(help: "Report on this stage only (one plan only).")
    var stage: StageKind?

    @Option(help: ArgumentHelp("Show only the tasks this agency leads or supports (one plan only).", valueName: "ID"))
    var agency: String?

    @Flag(help: "In HTML, draw the tasks of complete stages on the timeline (by default one summary bar).")
    var showFinished = false

    @Option(help: "The output format.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give a plan file, or several plan files or folders for a portfolio.") }
    }

    func run() throws {
        if files.count > 1 || Self.isDirectory(files[0]) {
            try portfolio()
            return
        }
        let file = files[0]
        let plan = try PlanSession.load(file).plan
        let report: StatusReport
        do throws(StatusReportError) {
            report = try StatusReport(plan: plan, asOf: asOf ?? Clock.today, stage: stage, agency: agency.map { AgencyID($0) }, since: since)
        } catch {
            Terminal.error("\(file): error: \(error.message)")
            throw ExitCode.failure
        }
        try emit { report.rendered(as: format, colour: $0, showFinished: showFinished) }
    }

    /// One report across every plan given: files as they are, folders as their `.xml` files
    /// in name order. Unreadable plans are listed in the report and make the exit status 1.
    private func portfolio() throws {
        guard stage == nil, agency == nil else {
            Terminal.error("chb: error: --stage and --agency apply to one plan, not to a portfolio")
            throw ExitCode.failure
        }
        var inputs: [PortfolioReport.Input] = []
        for path in files.flatMap(Self.planFiles) {
            do {
                let document = try PlanReader().read(contentsOf: path)
                let errors = PlanValidator().validate(document.plan, sourceMap: document.sourceMap).filter { $0.severity == .error }
                if !errors.isEmpty {
                    inputs.append(.unreadable(source: path, message: Self.summary(errors)))
                } else {
                    inputs.append(.plan(source: path, document.plan))
                }
            } catch {
                inputs.append(.unreadable(source: path, message: Self.summary(error.diagnostics)))
            }
        }
        let report = PortfolioReport(asOf: asOf ?? Clock.today, inputs: inputs)
        try emit { report.rendered(as: format, colour: $0) }
        for failure in report.failures { Terminal.error("\(failure.source): error: \(failure.message)") }
        if report.hasFailures { throw ExitCode.failure }
    }

    /// Writes the rendered report to `--output` or standard output (colour only on a terminal).
    private func emit(_ render: (Bool) -> String) throws {
        if let output {
            do {
                try PlanFile.writeAtomically(Array(render(false).utf8), to: output)
            } catch {
                Terminal.error("\(output): error: \(error.message)")
                throw ExitCode.failure
            }
        } else {
            let colour = format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            Terminal.write(Array(render(colour).utf8))
        }
    }

    /// The first problem in words, with its line: `line 1: the root element is …; and 2 more problems`.
    private static func summary(_ diagnostics: [PlanDiagnostic]) -> String {
        guard let first = diagnostics.first else { return "the plan could not be read" }
        let line = first.location.map { "line \($0.line): " } ?? ""
        let more = diagnostics.count > 1 ? "; and \(diagnostics.count - 1) more problem\(diagnostics.count == 2 ? "" : "s")" : ""
        return line + first.message + more
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A file as itself; a folder as its `.xml` files in name order (not recursive).
    private static func planFiles(_ path: String) -> [String] {
        guard isDirectory(path) else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let base = path.hasSuffix("/") ? path : path + "/"
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { base + $0 }
    }
}
