import ArgumentParser
import PlanCore

// `edit` and `remove` for what `add` drafts: agencies, objectives, exit criteria, measures,
// risks and tasks. Each is one history event and one revision; a removal prints what it removed.

extension AgencyCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an agency's name, kind, clearance or contact (the plan's lead agency only).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The agency's id.") var id: String
        @Option(help: "The agency's name.") var name: String?
        @Option(help: "The agency's kind.") var kind: Agency.Kind?
        @Option(help: "The highest marking the agency may receive.") var clearance: Classification?
        @Option(help: "A contact point (role, desk or address).") var contact: String?
        @Flag(help: "Remove the contact point.") var clearContact = false
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let changed = try plan.editAgency(AgencyID(id), by: acting.context()) { agency in
                    if let name { agency.name = name }
                    if let kind { agency.kind = kind }
                    if let clearance { agency.clearance = clearance }
                    if clearContact { agency.contact = nil }
                    if let contact { agency.contact = contact }
                }
                return "edited agency '\(id)' (\(changed.joined(separator: "; "))); revision \(plan.revision)"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an agency that nothing in the plan names any more (the plan's lead agency only).",
            discussion: "Refused, with the list of references, while the agency leads or supports a task, wrote a note, sourced an observation, owns a risk or leads the plan.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The agency's id.") var id: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let summary = try plan.removeAgency(AgencyID(id), by: acting.context())
                return "\(summary); revision \(plan.revision)"
            }
        }
    }
}

extension ObjectiveCommand {
    /// The stage and number that pick an objective.
    struct Which: ParsableArguments {
        @Argument(help: "The plan file.") var file: FileArgument
        @Option(help: "The stage: clear, hold or build.") var stage: StageKind
        @Option(parsing: .unconditional, help: "The objective's number within the stage, from 1 (as `chb show` lists them).") var number: Int
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Replace the text of a stage's objective.")
        @OptionGroup var which: Which
        @Option(help: "What the stage sets out to achieve.") var text: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(which.file, waiting: acting.waiting) { plan in
                try plan.editObjective(which.number, of: which.stage, to: text, by: acting.context())
                return "edited objective \(which.number) of \(which.stage.rawValue); revision \(plan.revision)"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a stage's objective; later ones move up by one.")
        @OptionGroup var which: Which
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(which.file, waiting: acting.waiting) { plan in
                let summary = try plan.removeObjective(which.number, of: which.stage, by: acting.context())
                return "\(summary); revision \(plan.revision)"
            }
        }
    }
}

extension CriterionCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an exit criterion's statement or evidence.",
            discussion: "Whether it is met is the workflow's: chb criterion met|unmet.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The criterion's id.") var id: String
        @Option(help: "What must be true before the stage may complete.") var statement: String?
        @Option(help: "What shows it is true.") var evidence: String?
        @Flag(help: "Remove the evidence.") var clearEvidence = false
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let changed = try plan.editCriterion(CriterionID(id), by: acting.context()) { criterion in
                    if let statement { criterion.statement = statement }
                    if clearEvidence { criterion.evidence = nil }
                    if let evidence { criterion.evidence = evidence }
                }
                return "edited criterion '\(id)' (\(changed.joined(separator: ", "))); revision \(plan.revision)"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an exit criterion.",
            discussion: "Refused while its stage is complete: what the stage was judged against stays on record.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The criterion's id.") var id: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let summary = try plan.removeCriterion(CriterionID(id), by: acting.context())
                return "\(summary); revision \(plan.revision)"
            }
        }
    }
}

extension MeasureCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a measure's definition (observations are added with chb measure record).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The measure's id.") var id: String
        @Option(help: "The measure's name.") var name: String?
        @Option(help: "The unit counted.") var unit: String?
        @Option(help: "Which way is better: increase or decrease.") var direction: Measure.Direction?
        @Option(parsing: .unconditional, help: "The value before the operation.") var baseline: DecimalValue?
        @Option(parsing: .unconditional, help: "The value the partnership aims for.") var target: DecimalValue?
        @Option(help: "The stage the measure belongs to.") var stage: StageKind?
        @Flag(help: "The measure belongs to no single stage.") var clearStage = false
        @Option(help: "The measure's own marking.") var classification: Classification?
        @Flag(help: "The measure takes the plan's marking.") var clearClassification = false
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let changed = try plan.editMeasure(MeasureID(id), by: acting.context()) { measure in
                    if let name { measure.name = name }
                    if let unit { measure.unit = unit }
                    if let direction { measure.direction = direction }
                    if let baseline { measure.baseline = baseline }
                    if let target { measure.target = target }
                    if clearStage { measure.stage = nil }
                    if let stage { measure.stage = stage }
                    if clearClassification { measure.classification = nil }
                    if let classification { measure.classification = classification }
                }
                return "edited measure '\(id)' (\(changed.joined(separator: "; "))); revision \(plan.revision)"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a measure and its observations.")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The measure's id.") var id: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let summary = try plan.removeMeasure(MeasureID(id), by: acting.context())
                return "\(summary); revision \(plan.revision)"
            }
        }
    }
}

extension RiskCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a risk: score, status, owner, mitigation (the risk's owner or the plan's lead agency).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The risk's id.") var id: String
        @Option(parsing: .unconditional, help: "How likely, 1 to 5.") var likelihood: Int?
        @Option(parsing: .unconditional, help: "How bad, 1 to 5.") var impact: Int?
        @Option(help: "open, mitigated or closed.") var status: Risk.Status?
        @Option(help: "The agency that owns the risk.") var owner: String?
        @Option(help: "What might happen.") var description: String?
        @Option(help: "What is being done about it.") var mitigation: String?
        @Flag(help: "Remove the mitigation.") var clearMitigation = false
        @Option(help: "The risk's own marking.") var classification: Classification?
        @Flag(help: "The risk takes the plan's marking.") var clearClassification = false
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let changed = try plan.editRisk(RiskID(id), by: acting.context()) { risk in
                    if let likelihood { risk.likelihood = likelihood }
                    if let impact { risk.impact = impact }
                    if let status { risk.status = status }
                    if let owner { risk.owner = AgencyID(owner) }
                    if let description { risk.description = description }
                    if clearMitigation { risk.mitigation = nil }
                    if let mitigation { risk.mitigation = mitigation }
                    if clearClassification { risk.classification = nil }
                    if let classification { risk.classification = classification }
                }
                return "edited risk '\(id)' (\(changed.joined(separator: "; "))); revision \(plan.revision)"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a risk entered by mistake (close a real one: chb risk edit --status closed).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The risk's id.") var id: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let summary = try plan.removeRisk(RiskID(id), by: acting.context())
                return "\(summary); revision \(plan.revision)"
            }
        }
    }
}

extension TaskCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a planned task that nothing depends on (cancel a started one instead).")

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The task's id.") var id: String
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                let summary = try plan.removeTask(TaskID(id), by: acting.context())
                return "\(summary); revision \(plan.revision)"
            }
        }
    }
}
