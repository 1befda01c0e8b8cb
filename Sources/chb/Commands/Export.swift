import ArgumentParser
import PlanCore
import PlanXML

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a plan in the canonical chb format, or a partner agency's view of it.",
        discussion: """
            The same plan always gives the same bytes; exporting a file chb wrote gives it back unchanged. \
            With --for, writes only what that agency may see (by role and clearance) and records an \
            'exported' event in the full plan.
            """)

    @Argument(help: "The plan file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(name: .customLong("for"), help: "Export the partner view for this agency id.")
    var partner: String?

    @Option(help: "With --for: the agency exporting (default: the plan's lead agency).")
    var agency: String?

    @Option(help: "With --for: the person or role exporting.")
    var actor: String?

    func run() throws {
        guard let partner else {
            try emit(PlanSession.load(file).plan)
            return
        }
        try PlanSession.modify(file, report: output == nil ? .standardError : .standardOutput) { plan in
            let view = try plan.partnerView(for: AgencyID(partner))
            let problems = PlanValidator().validate(view).filter { $0.severity == .error }
            guard problems.isEmpty else {
                throw PlanChangeError(.clearance, "the view for '\(partner)' would be invalid: "
                    + problems.map(\.message).joined(separator: "; "))
            }
            try emit(view)
            let context = ChangeContext(agency: AgencyID(agency ?? plan.governance.leadAgency.rawValue), actor: actor, at: Clock.now)
            try plan.requireAgency(context.agency, as: "exporting agency")
            let tasks = view.allTasks.count, marking = view.classification.rawValue
            plan.record(.exported, subject: partner,
                "partner view for '\(partner)' exported at revision \(plan.revision): \(tasks) task\(tasks == 1 ? "" : "s"), marked \(marking)",
                by: context)
            return "exported the view for '\(partner)' (\(tasks) tasks, \(marking)) to \(output ?? "stdout"); plan revision \(plan.revision)"
        }
    }

    private func emit(_ plan: Plan) throws {
        let bytes: [UInt8]
        do {
            bytes = try PlanWriter().write(plan)
        } catch {
            Terminal.error("\(file): error: \(error.message)")
            throw ExitCode.failure
        }
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
