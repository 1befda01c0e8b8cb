import ArgumentParser
import Foundation
import PlanCore
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
        var reports: [[String: Any]] = []
        for file in files {
            var diagnostics: [PlanDiagnostic]
            do {
                let document = try PlanReader().read(contentsOf: file)
                diagnostics = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
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
                reports.append([
                    "file": file, "valid": valid,
                    "diagnostics": diagnostics.map { d -> [String: Any] in
                        var entry: [String: Any] = ["severity": d.severity.rawValue, "code": d.code.rawValue, "message": d.message]
                        if let location = d.location {
                            entry["line"] = location.line
                            entry["column"] = location.column
                        }
                        return entry
                    },
                ])
            }
        }
        if format == .json {
            let data = try JSONSerialization.data(withJSONObject: ["files": reports], options: [.prettyPrinted, .sortedKeys])
            Terminal.line(String(decoding: data, as: UTF8.self))
        }
        if failed { throw ExitCode.failure }
    }
}
