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
                // Which clearance it got and what that means, so a view is never empty unawares.
                let hidden = plan.classification > clearance
                    ? ": its view will hold only what is marked \(clearance.rawValue) or lower, and this plan is \(plan.classification.rawValue), so tasks not marked \(clearance.rawValue) are withheld from it (chb agency edit \(file) \(id) --clearance \(plan.classification.rawValue) shares them)"
                    : ": its view may hold everything up to \(clearance.rawValue)"
                return "added agency '\(id)' (\(name)) with clearance \(clearance.rawValue)\(hidden); revision \(plan.revision)"
            }
        }
    }
}
