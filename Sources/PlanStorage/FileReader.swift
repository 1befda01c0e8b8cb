#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the bytes of input files and of standard input, within a size limit.
public enum FileReader {
    /// Reads at most `limit` bytes of a regular file, refusing anything larger.
    ///
    /// What is not a regular file is refused before it is opened (opening a device can have
    /// effects); the file is opened without blocking and checked again, so a FIFO swapped in
    /// after the first check cannot hang the read.
    /// - Throws: ``StorageError``: `.noSuchFile`, `.system`, `.notRegularFile` or `.tooLarge`.
    public static func read(_ path: PathName, limit: Int) throws(StorageError) -> [UInt8] {
        let status: FileStatus
        do {
            status = try FileStatus(of: path)
        } catch where error == .noSuchFileOrDirectory {
            throw .noSuchFile
        } catch {
            throw .system(action: "read the file", error)
        }
        guard status.kind == .regularFile else { throw .notRegularFile(.regularFile) }
        let descriptor: Int32
        do {
            descriptor = try path.withCString { name throws(Errno) in
                try valueOrErrno { open(name, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
            }
        } catch {
            throw .system(action: "open the file for reading", error)
        }
        defer { closeDescriptor(descriptor) }
        guard let opened = try? FileStatus(descriptor: descriptor), opened.kind == .regularFile else {
            throw .notRegularFile(.regularFile)
        }
        return try readLimited(descriptor, limit: limit)
    }

    /// Reads standard input to its end, refusing more than `limit` bytes.
    ///
    /// - Throws: ``StorageError``: `.system` or `.tooLarge`.
    public static func readStandardInput(limit: Int) throws(StorageError) -> [UInt8] {
        try readLimited(STDIN_FILENO, limit: limit)
    }

    private static func readLimited(_ descriptor: Int32, limit: Int) throws(StorageError) -> [UInt8] {
        let bytes: [UInt8]?
        do {
            bytes = try readAll(from: descriptor, limit: limit)
        } catch {
            throw .system(action: "read the file", error)
        }
        guard let bytes else { throw .tooLarge(limit: limit) }
        return bytes
    }
}
