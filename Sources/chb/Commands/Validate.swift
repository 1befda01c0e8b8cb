import ArgumentParser
import PlanCore
import PlanReports
import PlanXML

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plan files against the schema and the format's rules.",
        discussion: "Exit 0 when every file is valid (warnings allowed), 1 when any is not.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The plan files to check.")
    var files: [String]

    @Option(help: "text: diagnostics on stderr; json: one report on stdout.")
    var format: Format = .text

    func run() throws {
        var failed = false
        var reports: [JSONValue] = []
        for file in files {
            var diagnostics: [PlanDiagnostic]
            do {
                let document = try PlanReader().read(contentsOf: file)
                diagnostics = PlanValidator(today: Clock.today).validate(document.plan, sourceMap: document.sourceMap)
            } catch {
                diagnostics = error.diagnostics
            }
            let valid = !diagnostics.containsErrors
            failed = failed || !valid
            switch format {
            case .text:
                Terminal.report(diagnostics, file: file)
                if valid {
                    let warnings = diagnostics.count
                    Terminal.line("\(file): valid" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""))
                }
            case .json:
                // Keys in sorted order, as this report has always had them.
                reports.append(.object([
                    ("diagnostics", .array(diagnostics.map { d in
                        var members: [(String, JSONValue)] = [("code", .string(d.code.rawValue))]
                        if let location = d.location {
                            members += [("column", .int(location.column)), ("line", .int(location.line))]
                        }
                        members += [("message", .string(d.message)), ("severity", .string(d.severity.rawValue))]
                        return .object(members)
                    })),
                    ("file", .string(file)),
                    ("valid", .bool(valid)),
                ]))
            }
        }
        if format == .json {
            Terminal.line(JSONValue.object([("files", .array(reports))]).text(.foundationPretty))
        }
        if failed { throw ExitCode.failure }
    }
}
