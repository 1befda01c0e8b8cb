import PlanCore
package import PlanStorage

/// Reading plan files' bytes for the readers.
///
/// PlanXML reads bytes and nothing more; creating, replacing and locking files is
/// `PlanStorage`'s (``PlanReader`` and ``MSPDIReader`` read paths through this).
public enum PlanFile {
    /// Reads at most `limit` bytes of a regular file, refusing anything larger.
    ///
    /// - Throws: ``PlanReadError`` with code `.unreadable` or `.limitExceeded`, located at
    ///   line 1, column 1 of `path`.
    public static func readBytes(at path: String, limit: Int) throws(PlanReadError) -> [UInt8] {
        do {
            return try FileReader.read(PathName(path), limit: limit)
        } catch {
            throw PlanReadError(error, file: path)
        }
    }
}

extension PlanReadError {
    /// A read error from a storage failure, located at the start of `file`.
    ///
    /// - Parameters:
    ///   - error: Why the bytes could not be read.
    ///   - file: The name used in the diagnostic.
    package init(_ error: StorageError, file: String) {
        let code: PlanDiagnostic.Code = if case .tooLarge = error { .limitExceeded } else { .unreadable }
        self.init(PlanDiagnostic(.error, code, error.message, at: SourceLocation(file: file, line: 1, column: 1)))
    }
}
