#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for a change: locked, checked and read, ready to be replaced once.
///
/// The lock is an exclusive `flock(2)` on `.NAME.lock` beside the file (beside the file a
/// symbolic link names, which is the one replaced), held from the read to the replace, so
/// processes that change the same file take turns and never lose an update:
/// - It is taken only for a file that exists and is a regular file the caller may replace
///   (see ``AtomicFile``); a typo or a dangling link creates no lock file.
/// - The lock file is opened with `O_NOFOLLOW` and checked to be a regular file with one name,
///   so a planted symbolic link or hard link is refused, never followed or written through.
/// - Waiting is bounded: after `wait` seconds the open fails with ``StorageError/lockBusy(_:holder:waited:)``,
///   naming the lock and, where the holder could record it, the holding process id.
/// - ``replace(with:)`` refuses if the file no longer holds the bytes read, and removes
///   temporary files that a killed save of this file left behind.
public final class LockedFile {
    /// The file as the caller named it.
    public let path: PathName
    /// The file that is read and replaced (symbolic links resolved).
    public let target: PathName
    /// The lock file.
    public let lockPath: PathName
    /// The file's contents when it was locked.
    public let contents: [UInt8]
    private let limit: Int
    private var descriptor: Int32?
    private let mayRecordHolder: Bool

    /// Locks and reads the file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file to change.
    ///   - wait: How many seconds to wait for another process's lock before giving up.
    ///   - limit: The largest file to read, in bytes.
    /// - Throws: ``StorageError`` when the file may not be changed, the lock cannot be had in
    ///   time, or the file cannot be read.
    public init(_ path: PathName, wait: Double, limit: Int) throws(StorageError) {
        self.path = path
        self.limit = limit
        let target: PathName
        do {
            target = try path.resolved()
        } catch {
            if let link = try? FileStatus(ofLink: path), link.kind == .symbolicLink { throw .brokenSymbolicLink(error) }
            throw error == .noSuchFileOrDirectory ? .noSuchFile : .system(action: "read the file", error)
        }
        self.target = target
        lockPath = target.sibling(prefix: ".", suffix: Array(".lock".utf8))
        let status = try Self.examine(target)
        let (descriptor, writable) = try Self.acquire(lockPath, for: status, wait: wait)
        self.descriptor = descriptor
        mayRecordHolder = writable
        if writable {
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
        }
        do {
            // Again under the lock: another process may have replaced the file meanwhile.
            try Self.examine(target)
            contents = try FileReader.read(target, limit: limit)
        } catch {
            Self.unlock(descriptor, forgettingHolder: writable)
            self.descriptor = nil
            throw error
        }
    }

    deinit { release() }

    /// Replaces the file with `bytes`, keeping its mode, owner and group.
    ///
    /// - Throws: ``StorageError``: `.changedOnDisk` when the file no longer holds
    ///   ``contents``, a rule of ``AtomicFile`` that now refuses, or a failed system call.
    public func replace(with bytes: [UInt8]) throws(StorageError) {
        guard (try? FileReader.read(target, limit: limit)) == contents else { throw .changedOnDisk }
        let status = try Self.examine(target)
        AtomicFile.removeStaleTemporaries(of: target)
        try AtomicFile.replace(target, keeping: status, with: bytes)
    }

    /// Releases the lock (also done when the value goes away).
    public func release() {
        guard let descriptor else { return }
        Self.unlock(descriptor, forgettingHolder: mayRecordHolder)
        self.descriptor = nil
    }

    private static func unlock(_ descriptor: Int32, forgettingHolder: Bool) {
        // Forget the holder's pid first, so a later holder that cannot write it is not misnamed.
        if forgettingHolder { _ = ftruncate(descriptor, 0) }
        _ = flock(descriptor, LOCK_UN)
        closeDescriptor(descriptor)
    }

    /// The file's status, when it is a regular file the rules let the caller replace.
    @discardableResult
    private static func examine(_ target: PathName) throws(StorageError) -> FileStatus {
        let status: FileStatus
        do {
            status = try FileStatus(of: target)
        } catch {
            throw error == .noSuchFileOrDirectory ? .noSuchFile : .system(action: "read the file", error)
        }
        guard status.kind == .regularFile else { throw .notRegularFile(status.kind) }
        try AtomicFile.checkReplaceable(target, status)
        return status
    }

    /// Opens the lock file without following links, checks it, and locks it within `wait` seconds.
    ///
    /// A new lock file is made exclusively and given the plan's group and read/write bits, so
    /// whoever may change the plan may take its lock (the file holds only a process id).
    private static func acquire(_ lock: PathName, for plan: FileStatus, wait: Double) throws(StorageError) -> (Int32, Bool) {
        var writable = true
        var descriptor: Int32
        do {
            descriptor = try open(lock, O_RDWR | O_CREAT | O_EXCL)
            _ = fchown(descriptor, uid_t.max, gid_t(plan.group))
            _ = fchmod(descriptor, mode_t(plan.permissions & 0o666))
        } catch where error == .fileExists {
            do {
                descriptor = try open(lock, O_RDWR)
            } catch where error == .permissionDenied {
                // A lock a team-mate made: a read-only descriptor locks too.
                writable = false
                do {
                    descriptor = try open(lock, O_RDONLY)
                } catch {
                    throw failure(opening: lock, error)
                }
            } catch {
                throw failure(opening: lock, error)
            }
        } catch {
            throw failure(opening: lock, error)
        }
        let status: FileStatus
        do {
            status = try FileStatus(descriptor: descriptor)
        } catch {
            closeDescriptor(descriptor)
            throw .system(action: "examine the lock file \(lock)", error)
        }
        guard status.kind == .regularFile, status.linkCount == 1 else {
            closeDescriptor(descriptor)
            throw .unsafeLock(lock, status.kind, linkCount: status.linkCount)
        }
        let deadline = monotonicSeconds() + max(0, wait)
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return (descriptor, writable) }
            let error = Errno.current
            if error == .interrupted { continue }
            guard error == .wouldBlock else {
                closeDescriptor(descriptor)
                throw .system(action: "lock \(lock)", error)
            }
            if monotonicSeconds() >= deadline {
                let holder = recordedHolder(descriptor)
                closeDescriptor(descriptor)
                throw .lockBusy(lock, holder: holder, waited: max(0, wait))
            }
            usleep(20_000)
        }
    }

    private static func open(_ lock: PathName, _ flags: Int32) throws(Errno) -> Int32 {
        try lock.withCString { name throws(Errno) in
            try valueOrErrno { systemOpen(name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o666) }
        }
    }

    private static func failure(opening lock: PathName, _ error: Errno) -> StorageError {
        error == .tooManySymbolicLinkLevels
            ? .unsafeLock(lock, .symbolicLink, linkCount: 1)
            : .system(action: "open the lock file \(lock)", error)
    }

    /// The process id the lock's holder wrote into the lock file, if any.
    private static func recordedHolder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, 0) }
        guard count > 0 else { return nil }
        let digits = buffer[..<count].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return Int32(String(decoding: digits, as: UTF8.self)).flatMap { $0 > 0 ? $0 : nil }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
