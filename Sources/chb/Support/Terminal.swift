import Foundation
import PlanCore

/// Writing to the terminal: results to stdout, diagnostics to stderr.
enum Terminal {
    /// Where a line goes.
    enum Stream { case standardOutput, standardError }

    /// Prints a line to the chosen stream.
    static func say(_ line: String, to stream: Stream) {
        switch stream {
        case .standardOutput: print(line)
        case .standardError: error(line)
        }
    }

    /// Prints a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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

    /// Writes bytes to stdout.
    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
