import ArgumentParser
import PlanCore
import PlanXML

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a plan in the canonical chb format or as Microsoft Project XML.",
        discussion: """
            The same plan always gives the same bytes; exporting a file chb wrote gives it back unchanged.
            --to mspdi writes Microsoft Project XML (MSPDI) for MS Project, ProjectLibre and tools using MPXJ.
            """)

    @Argument(help: "The plan file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "The format to write: chb (the plan format) or mspdi (Microsoft Project XML).")
    var to: ExportFormat = .chb

    func run() throws {
        let document = try PlanSession.load(file)
        let bytes: [UInt8]
        do {
            bytes = try to.write(document.plan)
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

/// The formats `chb export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    /// The canonical chb plan format.
    case chb
    /// Microsoft Project XML (MSPDI).
    case mspdi

    /// Writes a plan in this format.
    func write(_ plan: Plan) throws(PlanWriteError) -> [UInt8] {
        switch self {
        case .chb: try PlanWriter().write(plan)
        case .mspdi: try MSPDIWriter().write(plan)
        }
    }
}
