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
        let descriptor = try openRegularFile(path)
        defer { closeDescriptor(descriptor) }
        return try readLimited(descriptor, limit: limit)
    }

    /// Reads the first bytes of a regular file, at most `count`: enough to recognise what it
    /// holds without reading (or parsing) the whole of it. Refuses what is not a regular file
    /// as ``read(_:limit:)`` does.
    /// - Throws: ``StorageError``: `.noSuchFile`, `.system` or `.notRegularFile`.
    public static func head(of path: PathName, count: Int) throws(StorageError) -> [UInt8] {
        let descriptor = try openRegularFile(path)
        defer { closeDescriptor(descriptor) }
        var buffer = [UInt8](repeating: 0, count: max(0, count))
        var filled = 0
        do {
            while filled < buffer.count {
                let got = try valueOrErrno {
                    buffer.withUnsafeMutableBytes { raw in pread(descriptor, raw.baseAddress! + filled, raw.count - filled, off_t(filled)) }
                }
                if got == 0 { break }
                filled += got
            }
        } catch {
            throw .system(action: "read the file", error)
        }
        return Array(buffer[..<filled])
    }

    /// Opens a regular file for reading, without blocking, checking its kind before and after.
    private static func openRegularFile(_ path: PathName) throws(StorageError) -> Int32 {
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
        guard let opened = try? FileStatus(descriptor: descriptor), opened.kind == .regularFile else {
            closeDescriptor(descriptor)
            throw .notRegularFile(.regularFile)
        }
        return descriptor
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
