import ArgumentParser
import PlanCore
import PlanXML

/// A moment given on the command line: an instant `YYYY-MM-DDThh:mm:ssZ`, or a day
/// `YYYY-MM-DD`, which means the end of that day (as `status --as-of` reads a day).
struct InstantArgument: ExpressibleByArgument {
    var instant: Instant

    init?(argument: String) {
        if let instant = Instant(argument) {
            self.instant = instant
        } else if let day = CalendarDate(argument), let end = Instant(date: day, hour: 23, minute: 59, second: 59) {
            instant = end
        } else {
            return nil
        }
    }
}

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Name the moments the board agreed the plan, to report against them.",
        discussion: """
            A baseline is a name and an instant in the plan's history: the plan as it stood then \
            is rebuilt from the history, so `chb status` can compare the plan now with it.
            """,
        subcommands: [SetBaseline.self, List.self, Remove.self])

    struct SetBaseline: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Record a baseline (the plan's lead agency only).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The baseline's name, e.g. \"first board\".") var name: String
        @Option(help: "The moment it stands for: YYYY-MM-DDThh:mm:ssZ, or YYYY-MM-DD for the end of that day (default: now).")
        var at: InstantArgument?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let context = acting.context()
                try plan.setBaseline(name, at: at?.instant, by: context)
                return "set baseline '\(name)' at \(at?.instant ?? context.at); revision \(plan.revision)"
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a plan's baselines, in the order they were set.")

        @Argument(help: "The plan file (- for standard input).") var file: FileArgument

        func run() throws {
            let plan = try PlanSession.load(file).plan
            let lines = plan.baselines.map { "\($0.at)  \($0.name)" }
            Terminal.write(Array((lines.isEmpty ? "no baselines\n" : lines.joined(separator: "\n") + "\n").utf8))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a baseline (the history keeps that it was set).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The baseline's name.") var name: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.removeBaseline(name, by: acting.context())
                return "removed baseline '\(name)'; revision \(plan.revision)"
            }
        }
    }
}
