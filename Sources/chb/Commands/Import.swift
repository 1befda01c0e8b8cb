import ArgumentParser
import PlanCore
import PlanStorage
import PlanXML

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a plan from a Microsoft Project XML (MSPDI) file.",
        discussion: """
            Leaf tasks become tasks (ids t-<UID>) in the stage named by their level-1 summary task \
            (Clear, Hold or Build; others go to Clear with a warning); resources become agencies; \
            the first assignment of a task is its lead. Everything that could not be mapped is \
            listed on stderr as a warning. Refuses to overwrite the output file.
            """)

    @Argument(help: "The MSPDI file (.xml) to import (- for standard input).")
    var file: FileArgument

    @Option(help: "The format of the file: mspdi (Microsoft Project XML).")
    var from: ImportFormat

    @Option(name: .shortAndLong, help: "The plan file to create.")
    var output: FileArgument

    @Option(help: "The id of the importing agency (recorded in history; lead of unassigned tasks).")
    var agency: String

    @Option(help: "The importing agency's name, if it is not a resource in the file.")
    var agencyName: String?

    @Option(help: "The new plan's id (default: op- and the project's title).")
    var id: String?

    @Option(help: "The new plan's marking: OFFICIAL or OFFICIAL-SENSITIVE.")
    var classification: Classification = .official

    @Option(help: "The person or role importing (recorded in history).")
    var actor: String?

    /// What is wrong with the new plan's ids: the plan's rules, refused as `agency add` refuses
    /// them (exit 1), not usage errors.
    func problem() -> String? {
        if let problem = newIDProblem(agency, of: "agency") { return problem }
        if let id {
            if let problem = newIDProblem(id, of: "plan") { return problem }
            guard id != agency else {
                return "'\(id)' is the importing agency's id; ids are unique in a plan, so choose another plan id"
            }
        }
        return nil
    }

    func run() throws {
        if output.isStandardStream {
            throw Failure("chb", "import writes a plan file; name it with -o FILE", exitCode: .validationFailure)
        }
        if let problem = problem() { throw Failure(output.description, problem) }
        if (try? FileStatus(ofLink: output.path)) != nil {
            throw Failure(output.description, "\(output) already exists; not overwriting it")
        }
        let reader = MSPDIReader(
            agency: AgencyID(agency), agencyName: agencyName, importedAt: Clock.now,
            planID: id.map { PlanID($0) }, classification: classification, actor: actor)
        let result: MSPDIImport
        let name = file.displayName
        let bytes = try PlanSession.bytes(of: file)
        do {
            result = try reader.read(bytes, file: name)
        } catch {
            throw Failure(error.diagnostics.lines(file: name))
        }
        for warning in result.warnings {
            Terminal.error(warning.location == nil ? "\(name): warning: \(warning.message)" : warning.description)
        }
        // Capped like every list of diagnostics: the count is in the summary line below.
        let listed = DiagnosticList.standardLimit
        for item in result.unmapped.prefix(listed) {
            Terminal.error("\(name): warning: not mapped: \(item.message)")
        }
        if result.unmapped.count > listed {
            Terminal.error("\(name): warning: and \(result.unmapped.count - listed) more items not mapped, not shown (the first \(listed) are listed)")
        }
        try PlanSession.create(result.plan, at: output)
        let plan = result.plan
        let perStage = plan.stages.map { "\($0.kind.rawValue) \($0.tasks.count)" }.joined(separator: ", ")
        let links = plan.allTasks.reduce(0) { $0 + $1.dependencies.count }
        Terminal.line("imported \(name) into \(output): plan '\(plan.id)' (revision \(plan.revision)), "
            + "\(counted(plan.allTasks.count, "task")) (\(perStage)), \(counted(plan.agencies.count, "agency", "agencies")), "
            + "\(counted(links, "link")); \(counted(result.unmapped.count, "item")) not mapped")
    }
}

/// The formats `chb import` reads.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
    /// Microsoft Project XML (MSPDI), as MS Project and ProjectLibre save it.
    case mspdi
}
