import ArgumentParser
import Foundation

/// `chb`: plan, run and report Clear, Hold, Build partnership operations.
@main
struct Chb: ParsableCommand {
    /// Checks the environment, then parses the command line and runs the command.
    static func main() {
        Terminal.reportLostOutput()
        if let problem = Clock.fixedClockProblem {
            Terminal.error("chb: error: \(problem)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "chb",
        abstract: "Plan, run and report multi-agency Clear, Hold, Build operations.",
        discussion: """
            Plans are XML files in the chb plan format (schema/chb-plan-1.xsd). Every command \
            that changes a plan validates the result, records one history event, increases the \
            revision and saves atomically; a refused change leaves the file untouched.
            Exit status: 0 success, 1 invalid input or refused change, 64 and above usage errors.
            """,
        subcommands: [
            New.self, Validate.self, Show.self, Export.self, Import.self, PlanCommand.self,
            AgencyCommand.self, TaskCommand.self, ObjectiveCommand.self, CriterionCommand.self,
            MeasureCommand.self, RiskCommand.self,
            StageCommand.self, Decision.self, Log.self, ScheduleCommand.self, Merge.self,
            Status.self,
        ])
}
