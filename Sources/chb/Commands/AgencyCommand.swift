import ArgumentParser
import PlanCore

struct AgencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency", abstract: "Manage partner agencies.", subcommands: [Add.self, Edit.self, Remove.self, Certificate.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a partner agency.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The new agency's id.") var id: String
        @Option(help: "The agency's name.") var name: String
        @Option(help: "The agency's kind.") var kind: Agency.Kind
        @Option(help: "The highest marking the agency may receive.") var clearance: Classification = .official
        @Option(help: "A contact point (role, desk or address).") var contact: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addAgency(Agency(id: AgencyID(id), kind: kind, clearance: clearance, name: name, contact: contact),
                    by: acting.context())
                return "added agency '\(id)' (\(name)); revision \(plan.revision)"
            }
        }
    }
}
