import ArgumentParser
import PlanCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a plan with three empty stages and its lead agency.",
        discussion: "Refuses to overwrite an existing file.")

    @Argument(help: "The plan file to create.")
    var file: FileArgument

    @Option(help: "The plan's id (letters, digits, '-', '_', '.'; not clear, hold or build, which name the stages).")
    var id: String

    @Option(help: "The operation's title.")
    var title: String

    @Option(help: "The name of the area the operation covers.")
    var area: String

    @Option(help: "The lead agency's id.")
    var leadAgency: String

    @Option(help: "The lead agency's name.")
    var leadAgencyName: String

    @Option(help: "The lead agency's kind.")
    var leadAgencyKind: Agency.Kind = .police

    @Option(help: "The lead responsible officer (role and/or name).")
    var officer: String = "Senior Responsible Officer (to be named)"

    @Option(help: "The plan's marking: OFFICIAL or OFFICIAL-SENSITIVE.")
    var classification: Classification = .officialSensitive

    @Option(help: "The person or role creating the plan.")
    var actor: String?

    /// What is wrong with the new plan's ids and texts: the plan's rules, refused as `agency add`
    /// and `task add` refuse them (exit 1), not usage errors.
    func problem() -> String? {
        if let problem = newIDProblem(id, of: "plan") { return problem }
        if let problem = newIDProblem(leadAgency, of: "agency") { return problem }
        guard leadAgency != id else {
            return "'\(leadAgency)' is the plan's id; ids are unique in a plan, so choose another agency id"
        }
        for (name, value) in [("title", title), ("area", area), ("lead-agency-name", leadAgencyName), ("officer", officer)] where value.isBlank {
            return "--\(name) cannot be blank"
        }
        return nil
    }

    func run() throws {
        if file.isStandardStream {
            throw Failure("chb", "new creates a plan file; '-' names no file", exitCode: .validationFailure)
        }
        if let problem = problem() { throw Failure(file.description, problem) }
        let lead = Agency(id: AgencyID(leadAgency), kind: leadAgencyKind,
            clearance: classification, name: leadAgencyName)
        let plan = Plan.draft(
            id: PlanID(id), title: title, area: area, lead: lead, officer: officer,
            classification: classification,
            context: ChangeContext(agency: lead.id, actor: actor, at: Clock.now))
        try PlanSession.create(plan, at: file)
        Terminal.line("created \(file): plan '\(id)' with stages clear, hold, build (revision \(plan.revision))")
    }
}
