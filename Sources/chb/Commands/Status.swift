public import ArgumentParser
import Foundation
import PlanCore
public import PlanReports
import PlanStorage
import PlanXML

extension ReportFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report a plan's stage status (RAG) for a partnership board, or a portfolio of plans.",
        discussion: """
            One plan: overall and per-stage RAG with the reasons for it, dates, exit criteria and \
            progress; what changed since the last board; overdue, blocked, due-soon and \
            critical-path tasks; agency workload; measures with trends; risks by score; recent \
            history. Several plans, or a folder of them: one portfolio report, an operation per \
            line, worst first; a plan that cannot be read is listed with why and the exit status \
            is 1. Text is coloured only on standard output: with --color auto (the default) when \
            it is a terminal and NO_COLOR is unset or empty.
            """)

    @Argument(help: "The plan file (- for standard input); or several plan files or folders of them for a portfolio.")
    var files: [FileArgument]

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

    @Option(help: ArgumentHelp(
        "Compare with this baseline of the plan (default: the latest set by the report date, if any). One plan only.", valueName: "NAME"))
    var baseline: String?

    @Option(help: "With --format csv, the table to write: tasks (a row per task, the default), changes (a row per change since the last board) or baseline (against the baseline). One plan only.")
    var table: CSVTable?

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for stdout) instead of stdout.")
    var output: FileArgument?

    @OptionGroup var colour: ColourOption

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give a plan file, or several plan files or folders for a portfolio.") }
        if let table {
            guard format == .csv else {
                throw ValidationError("--table \(table.rawValue) chooses a CSV table: add --format csv, or leave --table out")
            }
            guard files.count == 1, !Self.isDirectory(files[0]) else {
                throw ValidationError("--table applies to one plan, not to a portfolio of several plans or a folder")
            }
        }
    }

    func run() throws {
        try PlanSession.refuseOutput(output, overwriting: files, with: content)
        if files.count > 1 || Self.isDirectory(files[0]) {
            try portfolio()
            return
        }
        let file = files[0]
        let plan = try PlanSession.load(file).plan
        var report: StatusReport
        do throws(StatusReportError) {
            report = try StatusReport(plan: plan, asOf: asOf ?? Clock.today, stage: stage, agency: agency.map { AgencyID($0) }, since: since)
            try report.compare(withBaseline: baseline, of: plan)
        } catch {
            // A name that is not found is listed with those that exist.
            let known = error.code == .unknownAgency
                ? "; its agencies: " + plan.agencies.map(\.id.rawValue).joined(separator: ", ") : ""
            throw Failure(file.displayName, error.message + known)
        }
        try emit(protecting: [file]) { colour in
            table.map(report.csv) ?? report.rendered(as: format, colour: colour, showFinished: showFinished)
        }
    }

    /// One report across every plan given: files as they are, folders as their `.xml` files
    /// in name order. Unreadable plans are listed in the report and make the exit status 1.
    private func portfolio() throws {
        guard stage == nil, agency == nil, baseline == nil else {
            throw Failure("chb", "--stage, --agency and --baseline apply to one plan, not to a portfolio")
        }
        var inputs: [PortfolioReport.Input] = []
        for file in Self.distinct(files.flatMap(Self.planFiles)) {
            let name = file.displayName
            do {
                let (document, diagnostics) = PlanSession.check(try PlanSession.storedBytes(of: file), file: name)
                let errors = diagnostics.filter { $0.severity == .error }
                if let document, errors.isEmpty {
                    inputs.append(.plan(source: name, document.plan))
                } else {
                    inputs.append(.unreadable(source: name, message: Self.summary(errors)))
                }
            } catch {
                inputs.append(.unreadable(source: name, message: error.message))
            }
        }
        let report = PortfolioReport(asOf: asOf ?? Clock.today, inputs: inputs)
        try emit(protecting: files) { report.rendered(as: format, colour: $0) }
        guard !report.hasFailures else {
            throw Failure(report.failures.map { Diagnostic(file: $0.source, message: $0.message) })
        }
    }

    /// Writes the rendered report to `--output` or standard output, coloured only on standard
    /// output under the colour rules.
    private func emit(protecting inputs: [FileArgument], _ render: (Bool) -> String) throws {
        let toTerminal = output == nil || output?.isStandardStream == true
        let coloured = format == .text && (toTerminal || colour.choice == .always) && colour.colourStandardOutput
        try PlanSession.write(Array(render(coloured).utf8), to: output, protecting: inputs, content: content)
    }

    /// What `-o` receives, for the rule that a report never replaces a plan.
    private var content: OutputContent {
        .report(files.count > 1 || Self.isDirectory(files[0]) ? "a portfolio report" : "a status report")
    }

    /// The first problem in words, with its line: `line 1: the root element is …; and 2 more problems`.
    private static func summary(_ diagnostics: [PlanDiagnostic]) -> String {
        guard let first = diagnostics.first else { return "the plan could not be read" }
        let line = first.location.map { "line \($0.line): " } ?? ""
        let more = diagnostics.count > 1 ? "; and \(counted(diagnostics.count - 1, "more problem"))" : ""
        return line + first.message + more
    }

    /// The files with each one once: a plan named twice (given itself and in a folder given, or
    /// through a link) is the same device and inode, and is reported once, under its first name.
    /// Standard input and files that cannot be examined are kept as given.
    private static func distinct(_ files: [FileArgument]) -> [FileArgument] {
        var seen: Set<[UInt64]> = []
        return files.filter { file in
            guard !file.isStandardStream, let status = try? FileStatus(of: file.path) else { return true }
            return seen.insert([status.device, status.inode]).inserted
        }
    }

    private static func isDirectory(_ file: FileArgument) -> Bool {
        guard !file.isStandardStream else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: file.description, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A file as itself; a folder as its `.xml` files in name order (not recursive).
    private static func planFiles(_ file: FileArgument) -> [FileArgument] {
        guard isDirectory(file) else { return [file] }
        let path = file.description
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let base = path.hasSuffix("/") ? path : path + "/"
        return names.filter { $0.hasSuffix(".xml") }.sorted().compactMap { FileArgument(argument: base + $0) }
    }
}
