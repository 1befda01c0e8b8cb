import ArgumentParser
import PlanCore

struct Decision: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a decision of the partnership board in the plan's history.")

    @Argument(help: "The plan file.") var file: FileArgument
    @Option(help: "The decision.") var text: String
    @OptionGroup var acting: ActingOptions

    func run() throws {
        try PlanSession.modify(file, waiting: acting.waiting) { plan in
            try plan.recordDecision(text, by: acting.context())
            return "recorded a decision; revision \(plan.revision)"
        }
    }
}
