import ArgumentParser
import PlanCore

struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: "Draft and run tasks.",
        subcommands: [Add.self, Edit.self, Remove.self, Start.self, Block.self, Unblock.self, Done.self, Cancel.self, Reopen.self,
            AddNote.self, List.self, Show.self])

    /// Task details shared by `add` and `edit`.
    struct Details: ParsableArguments {
        @Option(help: "The task's title.") var title: String?
        @Option(help: "The lead agency's id.") var lead: String?
        @Option(name: .customLong("support"), help: "A supporting agency's id (repeat for several).") var supports: [String] = []
        @Option(help: "First day (YYYY-MM-DD).") var start: CalendarDate?
        @Option(help: "Last day, inclusive (YYYY-MM-DD).") var due: CalendarDate?
        @Option(parsing: .unconditional, help: "Length in calendar days (0 for a milestone).") var duration: Int?
        @Option(name: .customLong("depends-on"),
            help: "A task this one depends on: ID, or ID:fs|ss|ff with an optional lag, e.g. t-raid:ss+2 (repeat for several).")
        var dependencies: [DependencyArgument] = []
        @Option(help: "The 4P strand: pursue, prevent, protect or prepare.") var strand: PlanTask.Strand?
        @Option(help: "high, medium or low.") var priority: PlanTask.Priority?
        @Option(help: "The task's own marking (default: the plan's).") var classification: Classification?
        @Option(help: "The role that owns the task.") var owner: String?
        @Option(help: "A longer description.") var description: String?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a task to a stage.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The new task's id.") var id: String
        @Option(help: "The stage: clear, hold or build.") var stage: StageKind
        @OptionGroup var details: Details
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            guard details.title != nil else { throw ValidationError("missing --title") }
            guard details.lead != nil else { throw ValidationError("missing --lead") }
        }

        func run() throws {
            guard let title = details.title, let lead = details.lead else { throw ValidationError("missing --title or --lead") }
            let task = PlanTask(
                id: TaskID(id), lead: AgencyID(lead), strand: details.strand,
                priority: details.priority ?? .medium, classification: details.classification,
                start: details.start, due: details.due, durationDays: details.duration,
                title: title, description: details.description,
                supports: details.supports.map { AgencyID($0) }, owner: details.owner,
                dependencies: details.dependencies.map(\.dependency))
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addTask(task, to: stage, by: acting.context())
                return "added task '\(id)' to \(stage.rawValue); revision \(plan.revision)"
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a task's details.",
            discussion: """
                Options given replace the task's values; --support and --depends-on replace the whole \
                list, --add-support and --remove-support change one supporter. Use --clear-dates or \
                --clear-dependencies to remove them. With --reason a change of dates alone is recorded \
                as a re-plan with its reason (the plan's lead agency). The confirmation names each \
                change as old → new.
                """)

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The task's id.") var id: String
        @OptionGroup var details: Details
        @Option(name: .customLong("add-support"), help: "Add a supporting agency, keeping the others (repeat for several).")
        var addSupports: [String] = []
        @Option(name: .customLong("remove-support"), help: "Remove a supporting agency, keeping the others (repeat for several).")
        var removeSupports: [String] = []
        @Flag(help: "Remove the task's start, due and duration.") var clearDates = false
        @Flag(help: "Remove all the task's dependencies.") var clearDependencies = false
        @Option(parsing: .unconditional, help: "Progress, 0 to 100.") var progress: Int?
        @Option(help: "Why the dates move: records the change as a re-plan (dates only; the plan's lead agency).") var reason: String?
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            if !details.supports.isEmpty, !(addSupports.isEmpty && removeSupports.isEmpty) {
                throw ValidationError("--support replaces the whole list; use it alone, or --add-support and --remove-support")
            }
            if reason != nil {
                let datesOnly = details.title == nil && details.lead == nil && details.supports.isEmpty && addSupports.isEmpty
                    && removeSupports.isEmpty && details.dependencies.isEmpty && details.strand == nil && details.priority == nil
                    && details.classification == nil && details.owner == nil && details.description == nil && !clearDependencies
                    && progress == nil
                let dates = details.start != nil || details.due != nil || details.duration != nil
                guard datesOnly, dates, !clearDates else {
                    throw ValidationError("--reason goes with a move of dates alone (--start, --due, --duration); edit other details, or clear the dates, in another command")
                }
            }
        }

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                guard let before = plan.task(TaskID(id)) else { throw PlanChangeError(.unknownTask(TaskID(id))) }
                for agency in removeSupports where !before.supports.contains(AgencyID(agency)) {
                    let supporters = before.supports.map { "'\($0)'" }.joined(separator: ", ")
                    throw PlanChangeError(.unknownReference,
                        "'\(agency)' does not support task '\(id)'" + (supporters.isEmpty ? " (it has no supporting agency)" : " (its supporting agencies: \(supporters))")
                            + IDSuggestion.suffix(for: agency, among: before.supports.map(\.rawValue)))
                }
                if let reason {
                    func change(_ date: CalendarDate?) -> PlannedDateChange { date.map { .set($0) } ?? .keep }
                    let event = try plan.replanTask(TaskID(id), start: change(details.start), due: change(details.due),
                        durationDays: details.duration, reason: reason, by: acting.context())
                    return "\(event.text); \(plan.savedAs)"
                }
                _ = try plan.editTask(TaskID(id), by: acting.context()) { task in
                    func set<T: Equatable>(_ key: WritableKeyPath<PlanTask, T>, _ value: T?) {
                        if let value { task[keyPath: key] = value }
                    }
                    if clearDates { (task.start, task.due, task.durationDays) = (nil, nil, nil) }
                    if clearDependencies { task.dependencies = [] }
                    set(\.title, details.title)
                    set(\.lead, details.lead.map { AgencyID($0) })
                    if !details.supports.isEmpty { task.supports = details.supports.map { AgencyID($0) } }
                    task.supports.removeAll { removeSupports.contains($0.rawValue) }
                    for agency in addSupports.map({ AgencyID($0) }) where !task.supports.contains(agency) { task.supports.append(agency) }
                    set(\.start, details.start.map { Optional($0) })
                    set(\.due, details.due.map { Optional($0) })
                    set(\.durationDays, details.duration.map { Optional($0) })
                    if !details.dependencies.isEmpty { task.dependencies = details.dependencies.map(\.dependency) }
                    set(\.strand, details.strand.map { Optional($0) })
                    set(\.priority, details.priority)
                    set(\.classification, details.classification.map { Optional($0) })
                    set(\.owner, details.owner.map { Optional($0) })
                    set(\.description, details.description.map { Optional($0) })
                    set(\.progress, progress.map { Optional($0) })
                }
                let after = plan.task(TaskID(id)) ?? before
                return "edited task '\(id)' (\(TaskEditSummary.changes(from: before, to: after).joined(separator: "; "))); \(plan.savedAs)"
            }
        }
    }
}
