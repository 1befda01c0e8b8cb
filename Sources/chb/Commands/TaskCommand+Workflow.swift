import ArgumentParser
import PlanCore

extension TaskCommand {
    /// The arguments every task transition takes.
    struct TransitionArguments: ParsableArguments {
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The task's id.") var id: String
        @OptionGroup var acting: ActingOptions
        @OptionGroup var options: TransitionOptions

        func run(_ action: TaskAction, _ done: String) throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let outcome = try plan.transition(TaskID(id), action, reason: options.reason,
                    override: options.overrideReason, by: acting.context(date: options.date))
                let status = plan.task(TaskID(id))?.status.rawValue ?? "?"
                let suffix = outcome.suffix(overrideGiven: options.overrideReason != nil)
                return "\(done) \(id) (now \(status))\(suffix); \(plan.savedAs)"
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a task (planned → inProgress).",
            discussion: "Refused while a finish-to-start predecessor is not done, unless --override REASON.")
        @OptionGroup var arguments: TransitionArguments
        func run() throws { try arguments.run(.start, "started") }
    }

    struct Block: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Block an open task; needs --reason (kept as its blocked reason).")
        @OptionGroup var arguments: TransitionArguments
        func run() throws { try arguments.run(.block, "blocked") }
    }

    struct Unblock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Unblock a task (blocked → inProgress).",
            discussion: "Refused while a finish-to-start predecessor is not done, unless --override REASON.")
        @OptionGroup var arguments: TransitionArguments
        func run() throws { try arguments.run(.unblock, "unblocked") }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a task done (inProgress → done): progress 100, completed on --date.")
        @OptionGroup var arguments: TransitionArguments
        func run() throws { try arguments.run(.done, "marked done") }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel an open task; needs --reason.")
        @OptionGroup var arguments: TransitionArguments
        func run() throws { try arguments.run(.cancel, "cancelled") }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a done task (done → inProgress); needs --reason.")
        @OptionGroup var arguments: TransitionArguments
        func run() throws { try arguments.run(.reopen, "reopened") }
    }

    struct AddNote: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a task.")
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The task's id.") var id: String
        @Option(help: "What the note says.") var text: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addNote(text, to: TaskID(id), by: acting.context())
                return "added a note to \(id); \(plan.savedAs)"
            }
        }
    }
}

extension Plan {
    /// How a task command's success line ends: the new revision of a full plan, or, for a
    /// partner view (which keeps its revision and no history), where the change goes next.
    var savedAs: String {
        guard case .partner(let partner, let source) = view else { return "revision \(revision)" }
        return "saved in the view for '\(partner)' of revision \(source) (not recorded: 'chb merge' records it in the full plan)"
    }
}
