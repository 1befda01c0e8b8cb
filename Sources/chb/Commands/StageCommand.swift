import ArgumentParser
import PlanCore

struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage", abstract: "Run a stage: start, complete or reopen it; set its planned dates.",
        discussion: """
            Stages start in order (Hold once Clear is active or complete, Build once Hold is) and \
            complete when every exit criterion is met, no task is open and the stage before is \
            complete. A failed gate refuses the change (exit 1) and names what would satisfy it; \
            --override REASON proceeds anyway and records an override event.
            """,
        subcommands: [Start.self, Complete.self, Reopen.self, Replan.self, Correct.self])

    /// The arguments every stage transition takes.
    struct Arguments: ParsableArguments {
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The stage: clear, hold or build.") var stage: StageKind
        @OptionGroup var acting: ActingOptions
        @OptionGroup var options: TransitionOptions

        func run(_ action: StageAction, _ done: String) throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let outcome = try plan.transition(stage, action, reason: options.reason, override: options.overrideReason,
                    by: acting.context(date: options.date))
                let suffix = outcome.suffix(overrideGiven: options.overrideReason != nil)
                return "\(done) \(stage.rawValue)\(suffix); revision \(plan.revision)"
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a stage (notStarted → active).")
        @OptionGroup var arguments: Arguments
        func run() throws { try arguments.run(.start, "started") }
    }

    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Complete a stage (active → complete).")
        @OptionGroup var arguments: Arguments
        func run() throws { try arguments.run(.complete, "completed") }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a completed stage (complete → active); needs --reason.")
        @OptionGroup var arguments: Arguments
        func run() throws { try arguments.run(.reopen, "reopened") }
    }
}
