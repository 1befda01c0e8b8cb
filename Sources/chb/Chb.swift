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
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            // A date that cannot be read says why (`February 2027 has 28 days`).
            if let explained = DateArgument.explained(fullMessage(for: error)) {
                Terminal.error(explained)
                Foundation.exit(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let failure as Failure where failure.exitCode == .validationFailure && failure.diagnostics.count == 1 {
            usageError(failure.diagnostics[0].message, of: type(of: command))
        } catch let failure as Failure {
            finish(failure)
        } catch let error as ValidationError {
            usageError(error.message, of: type(of: command))
        } catch {
            exit(withError: error)
        }
    }

    /// Prints a usage error found while running a command as the parser prints one found
    /// before (`Error: …`, then the command's own usage and where its help is), and exits 64:
    /// one style for every usage error, wherever it is found.
    private static func usageError(_ message: String, of command: any ParsableCommand.Type) -> Never {
        let usage = usageString(for: command)
        let name = usage.split(separator: " ").prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") && !$0.hasPrefix("-") }
        Terminal.error("Error: \(message)\nUsage: \(usage)\n  See '\(name.joined(separator: " ")) --help' for more information.")
        Foundation.exit(ExitCode.validationFailure.rawValue)
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
            Status.self, Keys.self, Sign.self, Verify.self, BaselineCommand.self,
        ])
}
