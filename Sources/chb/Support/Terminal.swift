import Foundation
import PlanCore

/// Writing to the terminal: results to stdout, diagnostics to stderr.
///
/// Output goes straight to file descriptors 1 and 2 with `write(2)`, every result checked:
/// a command whose output cannot be written (a full disk, a closed pipe) says so on stderr
/// and exits 1 instead of crashing or reporting success. (Swift 6 cannot reach C's `stdout`
/// buffer safely, and `FileHandle.write(_:)` traps on errors.)
enum Terminal {
    /// Where a line goes.
    enum Stream { case standardOutput, standardError }

    /// Prints a line to the chosen stream.
    static func say(_ text: String, to stream: Stream) {
        switch stream {
        case .standardOutput: line(text)
        case .standardError: error(text)
        }
    }

    /// Prints a line to standard output.
    static func line(_ text: String) { write(Array((text + "\n").utf8)) }

    /// Prints a line to standard error. A failure to write there is ignored: there is
    /// nowhere left to say so.
    static func error(_ text: String) {
        _ = writeAll(Array((text + "\n").utf8), to: 2)
    }

    /// Prints diagnostics to stderr in compiler style, `file:line:col: error: message`.
    static func report(_ diagnostics: [PlanDiagnostic], file: String) {
        for diagnostic in diagnostics {
            var located = diagnostic
            if located.location == nil { located.location = SourceLocation(file: file, line: 1, column: 0) }
            if let location = located.location, location.column == 0 {
                error("\(location.file ?? file):\(location.line): \(diagnostic.severity.rawValue): \(diagnostic.message)")
            } else {
                error(located.description)
            }
        }
    }

    /// Writes bytes to standard output, or exits 1 with a message when they cannot be written.
    static func write(_ bytes: [UInt8]) {
        if let failure = writeAll(bytes, to: 1) {
            error("chb: error: could not write the output: \(failure)")
            exit(1)
        }
    }

    /// Stops SIGPIPE from killing the process silently, so a closed pipe is reported.
    static func reportLostOutput() { signal(SIGPIPE, SIG_IGN) }

    /// Writes every byte to a file descriptor; returns the error's description on failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }
}
