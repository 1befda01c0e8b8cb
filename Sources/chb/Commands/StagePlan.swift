import ArgumentParser
import PlanCore

extension StageCommand {
    struct Replan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Set or re-plan a stage's planned start, planned end and next review (the plan's lead agency; a reason to move one).",
            discussion: """
                The history records the old and new dates and the reason (a board's deferral, a new \
                window). --clear start|end|review removes a date.
                """)

        enum Field: String, CaseIterable, ExpressibleByArgument { case start, end, review }

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The stage: clear, hold or build.") var stage: StageKind
        @Option(help: "The first day the stage is planned to run, YYYY-MM-DD.") var start: CalendarDate?
        @Option(help: "The last day the stage is planned to run, YYYY-MM-DD.") var end: CalendarDate?
        @Option(help: "When the board next reviews the stage, YYYY-MM-DD.") var nextReview: CalendarDate?
        @Option(help: "Remove a planned date: start, end or review (repeat for several).") var clear: [Field] = []
        @Option(help: "Why the dates change (required to move or clear a date the stage has; a first date needs none).") var reason: String?
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            let given: [(Field, CalendarDate?)] = [(.start, start), (.end, end), (.review, nextReview)]
            for (field, value) in given where value != nil && clear.contains(field) {
                throw ValidationError("--clear \(field.rawValue) and a new \(field.rawValue) date cannot go together")
            }
            guard start != nil || end != nil || nextReview != nil || !clear.isEmpty else {
                throw ValidationError("give --start, --end, --next-review or --clear")
            }
        }

        func run() throws {
            func change(_ date: CalendarDate?, _ field: Field) -> PlannedDateChange {
                if let date { return .set(date) }
                return clear.contains(field) ? .clear : .keep
            }
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let event = try plan.replanStage(stage, plannedStart: change(start, .start), plannedEnd: change(end, .end),
                    nextReview: change(nextReview, .review), reason: reason, by: acting.context())
                return "\(event.text); revision \(plan.revision)"
            }
        }
    }
}

extension StageCommand {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct the day a stage started or completed, when it was recorded wrongly (the plan's lead agency, with a reason).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The stage: clear, hold or build.") var stage: StageKind
        @Option(help: "The day the stage really started, YYYY-MM-DD.") var started: CalendarDate?
        @Option(help: "The day the stage really completed, YYYY-MM-DD.") var completed: CalendarDate?
        @Option(help: "Why the recorded date is wrong (required).") var reason: String
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            guard started != nil || completed != nil else { throw ValidationError("give --started, --completed or both") }
        }

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let event = try plan.correctStageDates(stage, started: started, completed: completed, reason: reason, by: acting.context())
                return "\(event.text); revision \(plan.revision)"
            }
        }
    }
}
