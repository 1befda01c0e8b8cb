import PlanCore

extension PlanChangeError {
    /// What the person at the command line can do next, in terms of chb's flags and commands
    /// (e.g. "use --override REASON to proceed anyway"), or `nil` when the message says it all.
    ///
    /// PlanCore describes a refusal as data and in plain words; only the command-line tool knows
    /// its flags and commands, so the advice is added here, where the refusal is printed.
    var cliAdvice: String? { nil }

    /// The refusal as the command line prints it: the library's sentence, then any advice.
    var cliMessage: String { cliAdvice.map { "\(description); \($0)" } ?? description }
}
