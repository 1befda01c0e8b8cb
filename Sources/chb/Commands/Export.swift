import ArgumentParser
import PlanCore
import PlanXML

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a plan in the canonical chb format.",
        discussion: "The same plan always gives the same bytes; exporting a file chb wrote gives it back unchanged.")

    @Argument(help: "The plan file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        let document = try PlanSession.load(file)
        let bytes: [UInt8]
        do {
            bytes = try PlanWriter().write(document.plan)
        } catch {
            Terminal.error("\(file): error: \(error.message)")
            throw ExitCode.failure
        }
        if let output {
            do {
                try PlanFile.writeAtomically(bytes, to: output)
            } catch {
                Terminal.error("\(output): error: \(error.message)")
                throw ExitCode.failure
            }
        } else {
            Terminal.write(bytes)
        }
    }
}
