import ArgumentParser
import PlanCore

extension CriterionCommand {
    struct Met: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an exit criterion met (on --date, default today).")
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The criterion's id.") var id: String
        @Option(help: "What shows it is met.") var evidence: String?
        @Option(help: "The day it was met, YYYY-MM-DD (default: today).") var date: CalendarDate?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.markCriterionMet(CriterionID(id), evidence: evidence, by: acting.context(date: date))
                return "criterion \(id) met; revision \(plan.revision)"
            }
        }
    }

    struct Unmet: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an exit criterion not met.")
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The criterion's id.") var id: String
        @Option(help: "Why it no longer holds.") var reason: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.markCriterionUnmet(CriterionID(id), reason: reason, by: acting.context())
                return "criterion \(id) not met; revision \(plan.revision)"
            }
        }
    }
}

extension MeasureCommand {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a mistaken observation: another value, or --remove it; with a reason.")
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The measure's id.") var id: String
        @Option(help: "The day of the observation to correct, YYYY-MM-DD.") var date: CalendarDate
        @Option(parsing: .unconditional, help: "The right value, e.g. 41, 29.5 or -5.") var value: DecimalValue?
        @Flag(help: "Remove the observation instead.") var remove = false
        @Option(help: "Why it is corrected.") var reason: String
        @OptionGroup var acting: ActingOptions

        func validate() throws {
            guard (value == nil) == remove else { throw ValidationError("Give either --value or --remove.") }
        }

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.correctObservation(of: MeasureID(id), on: date, to: value, reason: reason, by: acting.context())
                return (value.map { "corrected \(id) on \(date) to \($0)" } ?? "removed the observation of \(id) on \(date)")
                    + "; revision \(plan.revision)"
            }
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an observation of a measure.")
        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The measure's id.") var id: String
        @Option(help: "The day of the reading, YYYY-MM-DD.") var date: CalendarDate
        @Option(parsing: .unconditional, help: "The value read, e.g. 41, 29.5 or -5.") var value: DecimalValue
        @Option(help: "The agency that supplied the reading.") var source: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.recordObservation(Observation(date: date, value: value, source: source.map { AgencyID($0) }),
                    for: MeasureID(id), by: acting.context())
                return "recorded \(value) for \(id) on \(date); revision \(plan.revision)"
            }
        }
    }
}
