#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creating and replacing files atomically, without widening who may read them.
///
/// The rules, in one place for every command that writes:
/// - Only a regular file is replaced, and only one that is not among the command's inputs
///   (same device and inode, through any link). Devices, FIFOs, directories, sockets and
///   symbolic links that lead nowhere are refused; a link to a regular file is followed and the
///   file it names is replaced (the link stays).
/// - A new file is created with mode 0666 less the process umask, like any Unix tool's output.
/// - A replaced file keeps its mode, owner and group; when the process may not give the new
///   file the old owner and group, the change is refused rather than changing who may read it.
/// - A file whose mode lets nobody write it (e.g. 0444) is refused, even for root; otherwise a
///   file the caller may not write is refused.
/// - A file with more than one hard link is refused: replacing one name would leave the others
///   at the old contents.
/// - The bytes go to a temporary file in the same folder (`.NAME.tmp-XXXXXX`), flushed to disk,
///   then renamed over the file, so a reader sees the old or the new contents, never a mix, and
///   a failure leaves the old file as it was.
public enum AtomicFile {
    /// Writes an output: creates the file, or replaces a regular file under the rules above.
    ///
    /// - Parameters:
    ///   - bytes: The new contents.
    ///   - path: The output.
    ///   - inputs: Files the command read, which the output must not be.
    /// - Throws: ``StorageError`` naming the rule that refused, or the failed system call.
    public static func write(_ bytes: [UInt8], to path: PathName, protecting inputs: [PathName] = []) throws(StorageError) {
        let existing: FileStatus
        do {
            existing = try FileStatus(of: path)
        } catch where error == .noSuchFileOrDirectory {
            if let link = try? FileStatus(ofLink: path), link.kind == .symbolicLink { throw .brokenSymbolicLink(error) }
            try publish(bytes, at: path, replacing: true)
            return
        } catch {
            throw .system(action: "examine the file", error)
        }
        guard existing.kind == .regularFile else { throw .notRegularFile(existing.kind) }
        for input in inputs {
            if let status = try? FileStatus(of: input), status.isSameFile(as: existing) { throw .isInput(input) }
        }
        let target: PathName
        do {
            target = try path.resolved()
        } catch {
            throw .brokenSymbolicLink(error)
        }
        try checkReplaceable(target, existing)
        try replace(target, keeping: existing, with: bytes)
    }

    /// Creates a new file, refusing to overwrite anything already at `path` (even a dangling
    /// symbolic link). The file gets `mode` (0666, or 0600 for a private key) less the umask,
    /// from its creation on.
    ///
    /// - Throws: ``StorageError``: `.alreadyExists` or the failed system call.
    public static func create(_ bytes: [UInt8], at path: PathName, mode: UInt32 = 0o666) throws(StorageError) {
        if (try? FileStatus(ofLink: path)) != nil { throw .alreadyExists }
        try publish(bytes, at: path, replacing: false, mode: mode_t(mode))
    }

    /// Refuses a file the rules say must not be replaced: write-protected, not writable by the
    /// caller, or with several names.
    static func checkReplaceable(_ target: PathName, _ status: FileStatus) throws(StorageError) {
        if status.permissions & 0o222 == 0 { throw .writeProtected(permissions: status.octalPermissions) }
        if geteuid() != 0 {
            let allowed = target.withCString { faccessat(AT_FDCWD, $0, W_OK, AT_EACCESS) } == 0
            if !allowed { throw .notWritable(permissions: status.octalPermissions) }
        }
        if status.linkCount > 1 { throw .multipleLinks(status.linkCount) }
    }

    /// Replaces `target`, whose status is `status`, keeping its mode, owner and group.
    static func replace(_ target: PathName, keeping status: FileStatus, with bytes: [UInt8]) throws(StorageError) {
        // Private until it has the old file's identity: never a moment with wider readers.
        let temporary = try Temporary(beside: target, mode: 0o600)
        defer { temporary.discard() }
        let mine: FileStatus
        do {
            mine = try FileStatus(descriptor: temporary.descriptor)
        } catch {
            throw .system(action: "examine the temporary file", error)
        }
        if mine.owner != status.owner || mine.group != status.group {
            let owner = mine.owner == status.owner ? uid_t.max : uid_t(status.owner)
            let group = mine.group == status.group ? gid_t.max : gid_t(status.group)
            do {
                try valueOrErrno { fchown(temporary.descriptor, owner, group) }
            } catch {
                throw .cannotKeepOwnership(owner: status.owner, group: status.group, error)
            }
        }
        do {
            try valueOrErrno { fchmod(temporary.descriptor, mode_t(status.permissions)) }
        } catch {
            throw .system(action: "set the new file's mode", error)
        }
        try temporary.finish(with: bytes, at: target, replacing: true)
    }

    /// Writes a new file with the umask's mode, then renames (or, when not `replacing`, links)
    /// it into place.
    private static func publish(_ bytes: [UInt8], at path: PathName, replacing: Bool, mode: mode_t = 0o666) throws(StorageError) {
        let temporary = try Temporary(beside: path, mode: mode)
        defer { temporary.discard() }
        try temporary.finish(with: bytes, at: path, replacing: replacing)
    }

    /// Removes temporary files a killed save of `target` left behind (`.NAME.tmp-XXXXXX`).
    ///
    /// Call only while holding the file's lock, so no other save's temporary file is taken.
    static func removeStaleTemporaries(of target: PathName) {
        let prefix = Array(".".utf8) + target.lastComponent + Array(Temporary.marker.utf8)
        guard let folder = target.folder.withCString({ opendir($0) }) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            guard name.count == prefix.count + Temporary.randomLength, name.starts(with: prefix) else { continue }
            var path = target.folder.bytes
            path.append(UInt8(ascii: "/"))
            let stale = PathName(bytes: path + name)
            guard let status = try? FileStatus(ofLink: stale), status.kind == .regularFile else { continue }
            _ = stale.withCString { unlink($0) }
        }
    }
}

/// A temporary file beside its destination, removed unless it was published.
struct Temporary {
    /// What separates the file's name from the random part.
    static let marker = ".tmp-"
    /// How many random characters end the name.
    static let randomLength = 6

    let path: PathName
    let descriptor: Int32
    private let destination: PathName

    /// Creates `.NAME.tmp-XXXXXX` beside `destination`, exclusively, with `mode` less the umask.
    init(beside destination: PathName, mode: mode_t) throws(StorageError) {
        self.destination = destination
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var lastError = Errno.fileExists
        for _ in 0..<100 {
            let random = (0..<Self.randomLength).map { _ in letters.randomElement()! }
            let candidate = destination.sibling(prefix: ".", suffix: Array(Self.marker.utf8) + random)
            do {
                descriptor = try candidate.withCString { name throws(Errno) in
                    try valueOrErrno { open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode) }
                }
                path = candidate
                return
            } catch where error == .fileExists {
                continue
            } catch {
                lastError = error
                break
            }
        }
        if lastError == .noSuchFileOrDirectory { throw .noSuchFolder(destination.folder) }
        throw .system(action: "create a temporary file in \(destination.folder)", lastError)
    }

    /// Writes the bytes, flushes them, and moves the file into place; flushes the folder too.
    func finish(with bytes: [UInt8], at target: PathName, replacing: Bool) throws(StorageError) {
        do {
            try writeAll(bytes, to: descriptor)
            try valueOrErrno { fsync(descriptor) }
        } catch {
            throw .system(action: "write \(target)", error)
        }
        do {
            if replacing {
                try path.withCString { from throws(Errno) in
                    try target.withCString { to throws(Errno) in try valueOrErrno { rename(from, to) } }
                }
            } else {
                // link() fails if the target exists, so creation never clobbers a file.
                try path.withCString { from throws(Errno) in
                    try target.withCString { to throws(Errno) in try valueOrErrno { link(from, to) } }
                }
            }
        } catch where !replacing && error == .fileExists {
            throw .alreadyExists
        } catch {
            throw .system(action: replacing ? "replace \(target)" : "create \(target)", error)
        }
        // Make the rename durable.
        if let folder = try? target.folder.withCString({ name throws(Errno) in
            try valueOrErrno { open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }) {
            _ = fsync(folder)
            closeDescriptor(folder)
        }
    }

    /// Closes the descriptor and removes the temporary name (gone already after a rename).
    func discard() {
        closeDescriptor(descriptor)
        _ = path.withCString { unlink($0) }
    }
}
