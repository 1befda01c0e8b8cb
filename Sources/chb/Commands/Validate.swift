import ArgumentParser
import PlanCore
import PlanReports
import PlanStorage
import PlanXML

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plan files against the schema and the format's rules.",
        discussion: "Exit 0 when every file is valid (warnings allowed), 1 when any is not.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The plan files to check (- for standard input).")
    var files: [FileArgument]

    @Option(help: "text: diagnostics on stderr; json: one report on stdout.")
    var format: Format = .text

    func run() throws {
        var failed = false
        var reports: [JSONValue] = []
        for file in files {
            let name = file.displayName
            var diagnostics: [PlanDiagnostic]
            var unreadable: StorageError?
            // An agency whose view would hold none of the tasks it leads: a warning too.
            var withheld: [String] = []
            var signature: (line: String, valid: Bool)?
            do {
                let bytes = try PlanSession.storedBytes(of: file)
                let checked = PlanSession.check(bytes, file: name, today: Clock.today)
                diagnostics = checked.diagnostics
                withheld = checked.document.map { WithheldWarnings.lines($0.plan, file: name, onlyEmpty: true) } ?? []
                if let document = checked.document, document.isSigned {
                    signature = SignatureReport.validation(bytes, plan: document.plan)
                    if signature?.valid == false {
                        diagnostics.append(PlanDiagnostic(.error, PlanDiagnostic.Code(rawValue: "signature"), signature?.line ?? ""))
                    }
                }
            } catch {
                // A file that cannot be read has no line or column to point at.
                unreadable = error
                diagnostics = [PlanDiagnostic(.error, error.diagnosticCode, error.message)]
            }
            let valid = !diagnostics.containsErrors
            failed = failed || !valid
            switch format {
            case .text:
                if let unreadable {
                    Terminal.report(Failure(reading: name, unreadable))
                } else {
                    Terminal.report(diagnostics, file: name)
                    for line in withheld { Terminal.error(line) }
                }
                if valid {
                    let warnings = diagnostics.count + withheld.count
                    Terminal.line("\(name): valid" + (warnings > 0 ? " (\(counted(warnings, "warning")))" : ""))
                    if let signature { Terminal.line("\(name): \(signature.line)") }
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
                    ("file", .string(name)),
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
