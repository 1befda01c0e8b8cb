import Foundation
import PlanCore
import PlanStorage

/// Writing to the terminal: results to stdout, diagnostics to stderr.
///
/// Output goes straight to file descriptors 1 and 2 with `write(2)`, every result checked:
/// a command whose output cannot be written (a full disk, a closed descriptor) says so on
/// stderr and exits 1 instead of crashing or reporting success. When the reader of a pipe has
/// gone (`chb status plan.xml | head`), chb stops quietly with status 141, as a Unix tool
/// killed by SIGPIPE does: no message, and `set -o pipefail` still sees the output was cut.
/// (Swift 6 cannot reach C's `stdout` buffer safely, and `FileHandle.write(_:)` traps on errors.)
enum Terminal {
    /// Where a line goes.
    enum Stream { case standardOutput, standardError }

    /// The exit status after a closed pipe: 128 + SIGPIPE, what a shell reports for a process
    /// that SIGPIPE ended.
    static let closedPipeStatus: Int32 = 128 + SIGPIPE

    /// Prints a message (one line or several) to the chosen stream, each line through the
    /// display rule (``Swift/String/displayText``): a message quoting a partner's text (a
    /// merge's report, a refusal naming a title) can neither forge a line nor reorder one.
    static func say(_ text: String, to stream: Stream) {
        switch stream {
        case .standardOutput: line(shown(text))
        case .standardError: error(text)
        }
    }

    /// A message as it may reach a terminal: its lines kept, each through the display rule.
    static func shown(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).displayText }.joined(separator: "\n")
    }

    /// Prints a line to standard output.
    static func line(_ text: String) { write(Array((text + "\n").utf8)) }

    /// Prints a message to standard error, through the display rule (see ``say(_:to:)``). A
    /// failure to write there is ignored: there is nowhere left to say so.
    static func error(_ text: String) {
        try? writeAll(Array((shown(text) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Prints diagnostics to stderr in compiler style, `file:line:col: error: message`.
    static func report(_ diagnostics: [PlanDiagnostic], file: String) {
        for line in diagnostics.lines(file: file) { error(line.description) }
    }

    /// Prints a failure's lines to stderr.
    static func report(_ failure: Failure) {
        for line in failure.diagnostics { error(line.description) }
    }

    /// Writes bytes to standard output; exits 1 with a message when they cannot be written,
    /// or quietly with ``closedPipeStatus`` when nobody reads them any more.
    static func write(_ bytes: [UInt8]) {
        do {
            try writeAll(bytes, to: STDOUT_FILENO)
        } catch where error == .brokenPipe {
            exit(closedPipeStatus)
        } catch {
            self.error("chb: error: could not write the output: \(error)")
            exit(1)
        }
    }

    /// Turns SIGPIPE into an `EPIPE` result, so that a closed pipe is handled in one place.
    static func handleLostOutput() { signal(SIGPIPE, SIG_IGN) }
}
