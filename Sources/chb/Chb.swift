import ArgumentParser
import Foundation

/// `chb`: plan, run and report Clear, Hold, Build partnership operations.
@main
struct Chb: ParsableCommand {
    /// chb's version, printed by `--version` and in the header of `--help`.
    static let version = "0.9.0"

    /// Checks the environment, parses the command line, runs the command, and prints any
    /// failure: the one place where chb reports an error and chooses the exit status.
    static func main() {
        Terminal.handleLostOutput()
        if let problem = Clock.fixedClockProblem {
            finish(Failure("chb", problem, exitCode: .validationFailure))
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistyped = CommandSuggestion.failure(for: arguments) { finish(mistyped) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as Failure {
            finish(failure)
        } catch {
            exit(withError: error)
        }
    }

    /// Prints a failure and exits with its status.
    private static func finish(_ failure: Failure) -> Never {
        Terminal.report(failure)
        Foundation.exit(failure.exitCode.rawValue)
    }

    static let configuration = CommandConfiguration(
        commandName: "chb",
        abstract: "chb \(version): plan, run and report multi-agency Clear, Hold, Build operations.",
        discussion: """
            Plans are XML files in the chb plan format (schema/chb-plan-1.xsd). Every command \
            that changes a plan validates the result, records one history event, increases the \
            revision and saves atomically; a refused change leaves the file untouched. Reading \
            commands take - for standard input; -o - writes to standard output.
            Exit status: 0 success, 1 invalid input or refused change, 2 merge with refusals, \
            64 and above usage errors, 141 standard output closed early (e.g. by head).
            """,
        version: version,
        subcommands: [
            New.self, Validate.self, Show.self, Export.self, Import.self, PlanCommand.self,
            AgencyCommand.self, TaskCommand.self, ObjectiveCommand.self, CriterionCommand.self,
            MeasureCommand.self, RiskCommand.self,
            StageCommand.self, Decision.self, Log.self, ScheduleCommand.self, Merge.self,
            Status.self, BaselineCommand.self,
        ])
}
