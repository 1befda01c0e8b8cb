/// Why chb would not, or could not, read or write a file.
///
/// Each case carries its facts; ``message`` is a lower-case sentence fragment that a front
/// end prints after the file's name (`plan.xml: error: <message>`). The messages name no
/// command-line flag: advice about flags belongs to the front end that prints them.
public enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed; `action` says what chb was doing ("read the file", …).
    case system(action: String, Errno)
    /// The file to read or change does not exist (nor, perhaps, its folder).
    case noSuchFile
    /// The folder an output goes into does not exist.
    case noSuchFolder(PathName)
    /// The path names something other than a regular file (a device, FIFO, directory, …).
    case notRegularFile(FileStatus.Kind)
    /// The path is a symbolic link that leads nowhere (or loops).
    case brokenSymbolicLink(Errno)
    /// The file is larger than the reading limit.
    case tooLarge(limit: Int)
    /// An output names one of the command's inputs.
    case isInput(PathName)
    /// A file that must be created already exists.
    case alreadyExists
    /// The file's mode grants write permission to nobody; chb treats that as a statement.
    case writeProtected(permissions: String)
    /// The file's mode or ownership does not let the caller write it.
    case notWritable(permissions: String)
    /// The file has more than one name; replacing it would leave the others at the old contents.
    case multipleLinks(Int)
    /// The replacement could not be given the file's owner and group.
    case cannotKeepOwnership(owner: UInt32, group: UInt32, Errno)
    /// The lock is a symbolic link, not a regular file, or has other names: chb will not use it.
    case unsafeLock(PathName, FileStatus.Kind, linkCount: Int)
    /// Another process held the lock for longer than the wait allowed.
    case lockBusy(PathName, holder: Int32?, waited: Double)
    /// The file changed between the read and the save.
    case changedOnDisk

    /// What went wrong, as a lower-case sentence fragment.
    public var message: String {
        switch self {
        case .system(let action, let errno):
            return "cannot \(action): \(errno)"
        case .noSuchFile:
            return "no such file"
        case .noSuchFolder(let folder):
            return "the folder \(folder) does not exist; nothing was written (create it first, or write elsewhere)"
        case .notRegularFile(let kind):
            return kind == .regularFile ? "not a regular file" : "not a regular file (it is \(kind.rawValue))"
        case .brokenSymbolicLink(let errno):
            return "the path is a symbolic link that leads nowhere: \(errno)"
        case .tooLarge(let limit):
            return "the file is larger than the limit of \(readableSize(limit, grouped: false))"
        case .isInput(let input):
            return "the file is the input \(input) itself; refusing to write over it"
        case .alreadyExists:
            return "already exists; not overwriting it"
        case .writeProtected(let permissions):
            return "the file is read-only for everyone (mode \(permissions)); not replacing it, whoever asks (change its mode first if the change is meant)"
        case .notWritable(let permissions):
            return "you may not write this file (mode \(permissions)); not replacing it"
        case .multipleLinks(let count):
            return "the file has \(count) hard links; replacing it would leave the other names at the old contents, so it is not changed (give it a name of its own, e.g. by copying it)"
        case .cannotKeepOwnership(let owner, let group, let errno):
            return "cannot give the new file the owner and group of the old one (uid \(owner), gid \(group)): \(errno); not replacing it, so who may read it does not change"
        case .unsafeLock(let lock, let kind, let links):
            return kind == .regularFile
                ? "the lock file \(lock) has \(links) hard links; not using it (remove it)"
                : "the lock file \(lock) is \(kind.rawValue), not a regular file; not using it (remove it)"
        case .lockBusy(let lock, let holder, let waited):
            let who = holder.map { "process \($0)" } ?? "another process"
            let seconds = waited == waited.rounded() ? String(Int(waited)) : String(waited)
            return "\(who) holds the lock \(lock); gave up after waiting \(seconds) s (try again, or wait longer)"
        case .changedOnDisk:
            return "the plan changed on disk while this command ran; nothing was saved (run the command again)"
        }
    }

    /// The message.
    public var description: String { message }
}
