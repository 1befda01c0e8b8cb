import ArgumentParser
import Foundation

/// `--color auto|always|never` of the commands that colour their text.
struct ColourOption: ParsableArguments {
    /// When to colour.
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        /// When standard output is a terminal and `NO_COLOR` is unset or empty.
        case auto
        /// Always, even into a file or a pipe.
        case always
        /// Never.
        case never
    }

    @Option(name: .customLong("color"),
        help: "auto: colour when standard output is a terminal and NO_COLOR is unset or empty; always; never.")
    var choice: Choice = .auto

    /// Whether to colour output written to standard output.
    var colourStandardOutput: Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
