import ArgumentParser
import PlanCore
import PlanXML

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a plan in the canonical chb format or as Microsoft Project XML, or a partner agency's view of it.",
        discussion: """
            The same plan always gives the same bytes; exporting a file chb wrote gives it back unchanged. \
            With --for, writes only what that agency may see (by role and clearance) and records an \
            'exported' event in the full plan. --to mspdi writes Microsoft Project XML (MSPDI) for \
            MS Project, ProjectLibre and tools using MPXJ (with --for, the partner's view).
            """)

    @Argument(help: "The plan file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "The format to write: chb (the plan format) or mspdi (Microsoft Project XML).")
    var to: ExportFormat = .chb

    @Option(name: .customLong("for"), help: "Export the partner view for this agency id.")
    var partner: String?

    @Option(help: "With --for: the agency exporting (default: the plan's lead agency).")
    var agency: String?

    @Option(help: "With --for: the person or role exporting.")
    var actor: String?

    func run() throws {
        guard let partner else {
            try deliver(render(PlanSession.load(file).plan))
            return
        }
        if let output, PlanFile.isSameFile(output, file) {
            throw ValidationError("-o \(output) is the plan itself; write the view to another file")
        }
        // Check and save first, then write the view: a view never leaves without its
        // 'exported' event, and a refused export writes nothing.
        var bytes: [UInt8] = []
        var summary = ""
        try PlanSession.modify(file, report: .standardError) { plan in
            let view = try plan.partnerView(for: AgencyID(partner))
            do throws(PlanWriteError) {
                bytes = try to.write(view)
            } catch {
                throw PlanChangeError(.unwritable, error.message)
            }
            let context = ChangeContext(agency: AgencyID(agency ?? plan.governance.leadAgency.rawValue), actor: actor, at: Clock.now)
            try plan.recordExport(of: view, by: context)
            let tasks = view.allTasks.count, marking = view.classification.rawValue
            summary = "exported the view for '\(partner)' (\(tasks) tasks, \(marking)) to \(output ?? "stdout"); plan revision \(plan.revision)"
            return ""
        }
        try deliver(bytes)
        Terminal.say(summary, to: output == nil ? .standardError : .standardOutput)
    }

    private func render(_ plan: Plan) throws -> [UInt8] {
        do {
            return try to.write(plan)
        } catch {
            Terminal.error("\(file): error: \(error.message)")
            throw ExitCode.failure
        }
    }

    private func deliver(_ bytes: [UInt8]) throws {
        guard let output else {
            Terminal.write(bytes)
            return
        }
        do {
            try PlanFile.writeAtomically(bytes, to: output)
        } catch {
            Terminal.error("\(output): error: \(error.message)")
            throw ExitCode.failure
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
