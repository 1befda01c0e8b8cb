import PlanCore
import Foundation

/// Reading and atomically replacing plan files.
public enum PlanFile {
    /// Reads at most `limit` bytes of a regular file, refusing anything larger.
    ///
    /// - Throws: ``PlanReadError`` with code `.unreadable` or `.limitExceeded`.
    public static func readBytes(at path: String, limit: Int) throws(PlanReadError) -> [UInt8] {
        func fail(_ code: PlanDiagnostic.Code, _ message: String) -> PlanReadError {
            PlanReadError(PlanDiagnostic(.error, code, message, at: SourceLocation(file: path, line: 1, column: 1)))
        }
        // Refuse what is not a regular file before opening it (opening a device can have
        // effects), then open without blocking and check what was opened: a FIFO swapped in
        // after the first check would otherwise block the open until a writer came.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw fail(.unreadable, "cannot read the file: \(systemError())")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw fail(.unreadable, "not a regular file")
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw fail(.unreadable, "cannot open the file for reading: \(systemError())")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw fail(.unreadable, "not a regular file")
        }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw fail(.unreadable, "cannot read the file: \(error.localizedDescription)")
        }
        if data.count > limit {
            throw fail(.limitExceeded, "the file is larger than the limit of \(limit) bytes")
        }
        return [UInt8](data)
    }

    /// Replaces the file at `path` with `bytes` atomically.
    ///
    /// Writes a temporary file in the same folder, flushes it to disk, then renames it over
    /// the target, so a reader sees either the old file or the new one, never a mix, and a
    /// failure leaves the old file byte-for-byte as it was.
    /// - Parameters:
    ///   - bytes: The new contents.
    ///   - path: The file to replace or create.
    ///   - overwrite: When `false`, refuses if the file already exists.
    /// - Throws: ``PlanWriteError`` describing the failure.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, overwrite: Bool = true) throws(PlanWriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let template = folder + "/.\(url.lastPathComponent).tmp-XXXXXX"
        var templateBytes = Array(template.utf8CString)
        let fd = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw PlanWriteError("cannot create a temporary file in \(folder): \(systemError())")
        }
        let temporary = templateBytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        fchmod(fd, mode)
        var written = 0
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return fsync(fd) == 0
        }
        let closed = close(fd) == 0
        guard ok, closed else {
            throw PlanWriteError("cannot write \(path): \(systemError())")
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                throw PlanWriteError("cannot replace \(path): \(systemError())")
            }
        } else {
            // link() fails if the target exists, so creation never clobbers a file.
            guard link(temporary, path) == 0 else {
                throw PlanWriteError(errno == EEXIST ? "\(path) already exists; not overwriting it"
                    : "cannot create \(path): \(systemError())")
            }
            unlink(temporary)
        }
        renamed = true
        // Make the rename itself durable.
        let dir = open(folder, O_RDONLY)
        if dir >= 0 { fsync(dir); close(dir) }
    }
}

extension PlanFile {
    /// The path with symbolic links resolved, so that edits replace the file a link points
    /// to rather than the link. A path that does not exist is returned unchanged.
    public static func resolvingSymbolicLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether two paths name the same existing file (same device and inode).
    public static func isSameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}

/// Why a plan could not be written.
public struct PlanWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file or the offending value.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// The C library's description of `errno`.
private func systemError() -> String { String(cString: strerror(errno)) }
