public import ArgumentParser
import Foundation
import PlanCore
public import PlanReports
import PlanStorage
import PlanXML

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

    @Option(help: "The output format (default: from -o's extension, .txt, .md, .html, .csv or .json; otherwise text).")
    var format: ReportFormat?

    @Option(help: ArgumentHelp(
        "Compare with this baseline of the plan (default: the latest set by the report date, if any). One plan only.", valueName: "NAME"))
    var baseline: String?

    @Option(help: "With --format csv, the table to write: tasks (a row per task, the default; one plan only), changes (a row per change since the last board; for a portfolio, with a plan column) or baseline (against the baseline; one plan only).")
    var table: CSVTable?

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for stdout) instead of stdout.")
    var output: FileArgument?

    @OptionGroup var colour: ColourOption

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give a plan file, or several plan files or folders for a portfolio.") }
        if let format, let (inferred, suffix) = Self.inferredFormat(of: output), inferred != format {
            let article = inferred == .html ? "an" : "a"
            throw ValidationError("-o \(output?.description ?? "") names \(article) \(Self.formatName(inferred)) file (.\(suffix)) but --format says \(format.rawValue): leave out --format, or name the file .\(format.fileExtension)")
        }
        if let table {
            guard chosenFormat == .csv else {
                throw ValidationError("--table \(table.rawValue) chooses a CSV table: add --format csv, or leave --table out")
            }
            if files.count > 1 || Self.isDirectory(files[0]) {
                guard table == .changes else {
                    throw ValidationError("--table \(table.rawValue) applies to one plan; a portfolio writes --table changes (with --since) or its own table")
                }
                guard since != nil else {
                    throw ValidationError("a portfolio's table of changes needs --since: the date of the last board, the same for every operation")
                }
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
        for line in WithheldWarnings.statusLines(plan, file: file.displayName, agency: agency.map { AgencyID($0) }) { Terminal.error(line) }
        var report: StatusReport
        do throws(StatusReportError) {
            report = try StatusReport(plan: plan, asOf: asOf ?? Clock.today, stage: stage, agency: agency.map { AgencyID($0) }, since: since)
            try report.compare(withBaseline: baseline, of: plan)
        } catch {
            // A name that is not found is listed with those that exist.
            let agencies = plan.agencies.map(\.id.rawValue)
            let known = error.code == .unknownAgency
                ? "; its agencies: " + agencies.joined(separator: ", ") + (agency.map { IDSuggestion.suffix(for: $0, among: agencies) } ?? "") : ""
            throw Failure(file.displayName, error.message + known)
        }
        try emit(protecting: [file]) { colour in
            table.map(report.csv) ?? report.rendered(as: chosenFormat, colour: colour, showFinished: showFinished)
        }
        written("the status report of '\(plan.id)' as of \(report.asOf)")
    }

    /// The format written: `--format`, else the one `-o`'s extension names, else text.
    var chosenFormat: ReportFormat { format ?? Self.inferredFormat(of: output)?.format ?? .text }

    /// The format a file name's extension names (`.html`, `.htm`, `.md`, `.markdown`, `.csv`,
    /// `.json`, `.txt`), with the extension; `nil` for standard output or any other name.
    static func inferredFormat(of output: FileArgument?) -> (format: ReportFormat, suffix: String)? {
        guard let output, !output.isStandardStream else { return nil }
        let name = output.description.split(separator: "/").last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let suffix = String(name[name.index(after: dot)...])
        let formats: [String: ReportFormat] = ["txt": .text, "text": .text, "md": .markdown, "markdown": .markdown,
                                               "html": .html, "htm": .html, "csv": .csv, "json": .json]
        return formats[suffix.lowercased()].map { ($0, suffix) }
    }

    /// Says what was written to a file, as `chb export` does (nothing for standard output).
    private func written(_ what: String) {
        guard let output, !output.isStandardStream else { return }
        let name = table.map { "CSV, \($0.rawValue) table" } ?? Self.formatName(chosenFormat)
        Terminal.say("wrote \(what) (\(name)) to \(output)", to: .standardOutput)
    }

    private static func formatName(_ format: ReportFormat) -> String {
        switch format {
        case .text: "text"
        case .markdown: "Markdown"
        case .html: "HTML"
        case .csv: "CSV"
        case .json: "JSON"
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
        let day = asOf ?? Clock.today
        if let since, since >= day {
            throw Failure("chb", "the date since the last board, \(since), is not before the report date \(day)")
        }
        let report = PortfolioReport(asOf: day, since: since, inputs: inputs)
        try emit(protecting: files) { table == .changes ? report.changesCSV() : report.rendered(as: chosenFormat, colour: $0) }
        written("the portfolio report of \(counted(inputs.count, "plan"))")
        guard !report.hasFailures else {
            throw Failure(report.failures.map { Diagnostic(file: $0.source, message: $0.message) })
        }
    }

    /// Writes the rendered report to `--output` or standard output, coloured only on standard
    /// output under the colour rules.
    private func emit(protecting inputs: [FileArgument], _ render: (Bool) -> String) throws {
        let toTerminal = output == nil || output?.isStandardStream == true
        let coloured = chosenFormat == .text && (toTerminal || colour.choice == .always) && colour.colourStandardOutput
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
