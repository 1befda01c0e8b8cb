import ArgumentParser
import PlanCore
import PlanStorage
import PlanXML

/// A command's failure: everything to print about it, and the exit status.
///
/// Commands throw a `Failure`; ``Chb/main()`` prints it once, on standard error, and exits
/// with its status (swift-format's `DiagnosticsEngine` and swift-argument-parser's
/// `MessageInfo` are the models). Commands never print an error and then exit themselves.
struct Failure: Error {
    /// The lines to print, in order.
    var diagnostics: [Diagnostic]
    /// The exit status: 1 unless the failure is a usage error.
    var exitCode: ExitCode = .failure

    /// A failure with one `file: error: message` line.
    init(_ file: String, _ message: String, exitCode: ExitCode = .failure) {
        diagnostics = [Diagnostic(file: file, message: message)]
        self.exitCode = exitCode
    }

    /// A failure made of diagnostics.
    init(_ diagnostics: [Diagnostic], exitCode: ExitCode = .failure) {
        self.diagnostics = diagnostics
        self.exitCode = exitCode
    }

    /// A failure reading `file`: `file: error: no such file`. No line or column, since the file
    /// was never read as a document.
    init(reading file: String, _ error: StorageError) {
        self.init(file, error.message)
    }

    /// The failure with `line` printed after the rest.
    func followed(by line: Diagnostic) -> Failure { Failure(diagnostics + [line], exitCode: exitCode) }
}

/// One line of a failure, compiler style: `file:line:col: severity: message`.
///
/// Parts that are not known are left out (`file: error: message`); a detail line is printed
/// indented under the line before it.
struct Diagnostic: Hashable, CustomStringConvertible {
    /// The file the line is about; `chb` for the tool itself.
    var file: String?
    /// The 1-based line, when known.
    var line: Int?
    /// The 1-based column, when known.
    var column: Int?
    /// Error or warning.
    var severity: PlanDiagnostic.Severity = .error
    /// What went wrong.
    var message: String
    /// Whether this line only adds detail to the one before (printed indented, without a prefix).
    var isDetail = false

    init(file: String?, line: Int? = nil, column: Int? = nil, severity: PlanDiagnostic.Severity = .error, message: String) {
        (self.file, self.line, self.column, self.severity, self.message) = (file, line, column, severity, message)
    }

    /// An indented line of detail.
    static func detail(_ message: String) -> Diagnostic {
        var line = Diagnostic(file: nil, message: message)
        line.isDetail = true
        return line
    }

    /// A plan diagnostic as the command line prints it: at `file`'s first line when it has no
    /// location, without a column when the column is unknown.
    /// The line that ends a capped list ("and 9,900 more errors not shown") is about the whole
    /// file, so it has no line number.
    init(_ diagnostic: PlanDiagnostic, file: String) {
        if diagnostic.code == .moreDiagnostics, diagnostic.location == nil {
            self.init(file: file, severity: diagnostic.severity, message: diagnostic.message)
            return
        }
        let location = diagnostic.location ?? SourceLocation(file: file, line: 1, column: 0)
        self.init(file: location.file ?? file, line: location.line, column: location.column == 0 ? nil : location.column,
            severity: diagnostic.severity, message: diagnostic.message)
    }

    var description: String {
        if isDetail { return "  \(message)" }
        let place = [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
    }
}

extension [PlanDiagnostic] {
    /// The diagnostics as command-line lines about `file`.
    func lines(file: String) -> [Diagnostic] { map { Diagnostic($0, file: file) } }
}

extension StorageError {
    /// The diagnostic code of a file that cannot be read: over the size limit, or unreadable.
    var diagnosticCode: PlanDiagnostic.Code {
        if case .tooLarge = self { .limitExceeded } else { .unreadable }
    }
}
