import ArgumentParser
import PlanCore

struct ObjectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objective", abstract: "Manage stage objectives.", subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an objective to a stage.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Option(help: "The stage: clear, hold or build.") var stage: StageKind
        @Option(help: "What the stage sets out to achieve.") var text: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addObjective(text, to: stage, by: acting.context())
                return "added an objective to \(stage.rawValue); revision \(plan.revision)"
            }
        }
    }
}

struct CriterionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criterion", abstract: "Manage stage exit criteria.", subcommands: [Add.self, Edit.self, Remove.self, Met.self, Unmet.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an exit criterion to a stage.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The new criterion's id.") var id: String
        @Option(help: "The stage: clear, hold or build.") var stage: StageKind
        @Option(help: "What must be true before the stage may complete.") var statement: String
        @Option(help: "What will show it is true.") var evidence: String?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addCriterion(ExitCriterion(id: CriterionID(id), statement: statement, evidence: evidence),
                    to: stage, by: acting.context())
                return "added criterion '\(id)' to \(stage.rawValue); revision \(plan.revision)"
            }
        }
    }
}

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Manage measures.", subcommands: [Add.self, Edit.self, Remove.self, Record.self, Correct.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a measure.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The new measure's id.") var id: String
        @Option(help: "The measure's name.") var name: String
        @Option(help: "The unit counted, e.g. 'calls per month'.") var unit: String
        @Option(help: "Which way is better: increase or decrease.") var direction: Measure.Direction
        @Option(parsing: .unconditional, help: "The value before the operation.") var baseline: DecimalValue
        @Option(parsing: .unconditional, help: "The value the partnership aims for.") var target: DecimalValue
        @Option(help: "The stage the measure belongs to.") var stage: StageKind?
        @Option(help: "The measure's own marking (default: the plan's).") var classification: Classification?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            let measure = Measure(id: MeasureID(id), stage: stage, unit: unit, direction: direction,
                classification: classification, name: name, baseline: baseline, target: target)
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addMeasure(measure, by: acting.context())
                return "added measure '\(id)'; revision \(plan.revision)"
            }
        }
    }
}

struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "Manage the risk register.", subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a risk.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The new risk's id.") var id: String
        @Option(help: "What might happen.") var description: String
        @Option(parsing: .unconditional, help: "How likely, 1 to 5.") var likelihood: Int
        @Option(parsing: .unconditional, help: "How bad, 1 to 5.") var impact: Int
        @Option(help: "The agency that owns the risk.") var owner: String
        @Option(help: "What is being done about it.") var mitigation: String?
        @Option(help: "open, mitigated or closed.") var status: Risk.Status = .open
        @Option(help: "The risk's own marking (default: the plan's).") var classification: Classification?
        @OptionGroup var acting: ActingOptions

        func run() throws {
            // A score outside 1 to 5 is the plan's rule, refused as `risk edit` refuses it (exit 1).
            for (field, value) in [("likelihood", likelihood), ("impact", impact)] where !(1...5).contains(value) {
                throw Failure(file.description, PlanChangeError(.valueOutOfRange(field: field, value: value, allowed: "1 to 5")).cliMessage)
            }
            let risk = Risk(id: RiskID(id), likelihood: likelihood, impact: impact, status: status,
                owner: AgencyID(owner), classification: classification, description: description, mitigation: mitigation)
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.addRisk(risk, by: acting.context())
                return "added risk '\(id)' (score \(risk.score)); revision \(plan.revision)"
            }
        }
    }
}
